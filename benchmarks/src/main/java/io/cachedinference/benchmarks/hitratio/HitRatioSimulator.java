package io.cachedinference.benchmarks.hitratio;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.spi.CacheProviderAdapter;
import io.cachedinference.caffeine.internal.CaffeineAdapter;
import io.cachedinference.ehcache.internal.EhcacheAdapter;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * Replays key traces through every provider and policy at the JCache level, through the seed's own
 * LRU and LFU, and through Belady's optimal policy, and prints the hit ratios as a Markdown table.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.cachedinference.benchmarks.hitratio.HitRatioSimulator}
 * with optionally {@code --requests N} (the Zipf traces' length, default 1,000,000; the scan trace
 * scales with it). Progress goes to standard error, the table to standard output.
 */
public final class HitRatioSimulator {

    /** The provider modules compared; a new provider's adapter is one more line here (and its dependency in the pom). */
    static final List<CacheProviderAdapter> PROVIDERS = List.of(
            new EhcacheAdapter(),
            new CaffeineAdapter());

    /** Zipf traces draw from this many keys. */
    static final int ZIPF_KEYS = 100_000;
    static final int DEFAULT_REQUESTS = 1_000_000;

    private HitRatioSimulator() {
    }

    /** One table row group: a trace and the cache sizes it is replayed with. */
    record Scenario(Trace trace, int... capacities) {
    }

    public static void main(String[] args) {
        int requests = DEFAULT_REQUESTS;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--requests") && i + 1 < args.length) {
                requests = Integer.parseInt(args[++i].replace("_", "").replace(",", ""));
            } else {
                throw new IllegalArgumentException("Unknown argument " + args[i] + "; usage: [--requests N]");
            }
        }
        long start = System.nanoTime();
        List<Row> rows = run(scenarios(requests), contenders(), System.err);
        print(rows, contenders(), System.out);
        System.err.printf(Locale.ROOT, "total %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    /** The traces of the README's table, {@code requests} long for the Zipf ones. */
    static List<Scenario> scenarios(int requests) {
        int bursts = Math.max(1, requests / 50_000);
        return List.of(
                new Scenario(Traces.zipf(0.8, ZIPF_KEYS, requests, 11L), 1_000, 10_000),
                new Scenario(Traces.zipf(1.0, ZIPF_KEYS, requests, 12L), 1_000, 10_000),
                new Scenario(Traces.zipfWithScans(1.0, ZIPF_KEYS, 40_000, 10_000, bursts, 13L), 1_000, 10_000),
                new Scenario(Traces.seedRepeats(700, 300, 14L), 1_000, 100),
                new Scenario(Traces.camera(3, 25, 600, 2, 6, 15L), 1_000, 2));
    }

    /**
     * Every provider with every policy, then the seed's LRU and LFU, Ehcache on a replay clock (a
     * diagnostic), the frequency oracle, the classic Belady, and last the optimum.
     */
    static List<Contender> contenders() {
        List<Contender> contenders = new ArrayList<>();
        for (CacheProviderAdapter adapter : PROVIDERS) {
            for (EvictionPolicy policy : EvictionPolicy.values()) {
                contenders.add(new JCacheContender(adapter, policy));
            }
        }
        contenders.add(OnlinePolicy.contender("seed LRU", SeedLru::new));
        contenders.add(OnlinePolicy.contender("seed LFU", SeedLfu::new));
        contenders.add(new EhcacheOnReplayClock());
        contenders.add(new FrequencyOracle());
        contenders.add(Belady.admittingEveryMiss());
        // last: the other columns are compared with it
        contenders.add(Belady.withBypass());
        return contenders;
    }

    /** One trace at one cache size: each contender's hits, in {@link #contenders()} order. */
    record Row(Trace trace, int capacity, List<OptionalLong> hits) {
        double ratio(int column) {
            return (double) hits.get(column).getAsLong() / trace.length();
        }
    }

    static List<Row> run(List<Scenario> scenarios, List<Contender> contenders, PrintStream progress) {
        List<Row> rows = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            for (int capacity : scenario.capacities()) {
                List<OptionalLong> hits = new ArrayList<>();
                for (Contender contender : contenders) {
                    long t0 = System.nanoTime();
                    OptionalLong h = contender.hits(scenario.trace(), capacity);
                    hits.add(h);
                    progress.printf(Locale.ROOT, "%-70s %6d  %-14s %s  (%.1f s)%n", scenario.trace().name(), capacity,
                            contender.name(), h.isPresent() ? percent((double) h.getAsLong() / scenario.trace().length())
                                    : "unsupported", (System.nanoTime() - t0) / 1e9);
                }
                rows.add(new Row(scenario.trace(), capacity, hits));
            }
        }
        return rows;
    }

    static void print(List<Row> rows, List<Contender> contenders, PrintStream out) {
        StringBuilder header = new StringBuilder("| trace | calls | distinct keys | cache |");
        StringBuilder rule = new StringBuilder("|---|---:|---:|---:|");
        for (Contender c : contenders) {
            header.append(' ').append(c.name()).append(" |");
            rule.append("---:|");
        }
        out.println(header);
        out.println(rule);
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |",
                    row.trace().name(), row.trace().length(), row.trace().used(), row.capacity()));
            for (int c = 0; c < contenders.size(); c++) {
                line.append(' ').append(row.hits().get(c).isPresent() ? percent(row.ratio(c)) : "unsupported").append(" |");
            }
            out.println(line);
        }
        out.println();
        out.println("Points below optimal (optimal minus the column's hit ratio, in percentage points):");
        out.println();
        out.println(header);
        out.println(rule);
        int optimal = contenders.size() - 1;
        for (Row row : rows) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "| %s | %,d | %,d | %,d |",
                    row.trace().name(), row.trace().length(), row.trace().used(), row.capacity()));
            for (int c = 0; c < contenders.size(); c++) {
                line.append(' ').append(row.hits().get(c).isPresent()
                        ? String.format(Locale.ROOT, "%.1f", 100 * (row.ratio(optimal) - row.ratio(c))) : "–").append(" |");
            }
            out.println(line);
        }
    }

    private static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f %%", 100 * ratio);
    }
}
