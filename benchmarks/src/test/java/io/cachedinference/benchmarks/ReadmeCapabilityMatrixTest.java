package io.cachedinference.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.cache.Caching;
import org.ehcache.jsr107.EhcacheCachingProvider;
import org.junit.jupiter.api.Test;

/** The README's provider table says what each adapter declares, so the two cannot drift apart. */
final class ReadmeCapabilityMatrixTest {

    private static final Pattern ALIAS = Pattern.compile("`([a-z][a-z-]*)`");

    @Test
    void everyProviderRow_matchesItsAdaptersDeclarations_andEveryAdapterHasARow() throws IOException {
        Map<String, CacheProviderAdapter> adapters = new HashMap<>();
        for (CacheProviderAdapter a : ServiceLoader.load(CacheProviderAdapter.class)) {
            adapters.put(a.alias(), a);
        }
        adapters.remove("fault-injecting");
        Map<String, String[]> rowByAlias = new HashMap<>();
        String[] generic = null;
        for (String row : providerRows()) {
            String[] cells = cells(row);
            if (cells[0].trim().startsWith("any JSR-107 provider")) {
                generic = cells;
                continue;
            }
            Matcher m = ALIAS.matcher(cells[0]);
            while (m.find()) {
                rowByAlias.put(m.group(1), cells);
            }
        }

        assertThat(rowByAlias.keySet()).as("aliases in the README's provider table")
                .containsExactlyInAnyOrderElementsOf(adapters.keySet());
        adapters.forEach((alias, a) -> {
            assertRow(alias, rowByAlias.get(alias), a.capabilities());
            assertThat(rowByAlias.get(alias)[7].trim()).as("%s storage", alias)
                    .startsWith(a.capabilities().storage() == Storage.BY_VALUE ? "by value" : "by reference");
        });
        assertThat(generic).as("the README's row for any JSR-107 provider").isNotNull();
        Capabilities any = new JCacheAdapter(Caching.getCachingProvider(EhcacheCachingProvider.class.getName()))
                .capabilities();
        assertRow("any JSR-107 provider", generic, any);
        assertThat(generic[7].trim()).startsWith("by reference when the provider supports it, else by value");
    }

    private static void assertRow(String alias, String[] cells, Capabilities c) {
        assertThat(word(cells[2])).as("%s LRU", alias).isEqualTo(name(c.eviction(EvictionPolicy.LRU)));
        assertThat(word(cells[3])).as("%s LFU", alias).isEqualTo(name(c.eviction(EvictionPolicy.LFU)));
        assertThat(word(cells[4])).as("%s TTL", alias).isEqualTo(name(c.eviction(EvictionPolicy.TTL)));
        assertThat(word(cells[5])).as("%s entry bound", alias).isEqualTo(name(c.entryBound()));
        assertThat(word(cells[6])).as("%s byte bound", alias).isEqualTo(name(c.byteBound()));
    }

    private static List<String> providerRows() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int header = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("| provider (alias) |")) {
                header = i;
            }
        }
        assertThat(header).as("the README's provider table").isNotNegative();
        return lines.subList(header + 2, lines.size()).stream().takeWhile(l -> l.startsWith("|"))
                .collect(Collectors.toList());
    }

    private static String[] cells(String row) {
        String[] parts = row.split("\\|");
        String[] cells = new String[parts.length - 1];
        System.arraycopy(parts, 1, cells, 0, cells.length);
        return cells;
    }

    private static String word(String cell) {
        String trimmed = cell.trim().toLowerCase(Locale.ROOT);
        int end = trimmed.indexOf(' ');
        String first = end < 0 ? trimmed : trimmed.substring(0, end);
        return first.replace(":", "");
    }

    private static String name(Support support) {
        return support.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
