package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kit reaches the library as a third party's provider module would: through the API, the SPI and the
 * public key generators, never through an internal package, so what it tests is what they can rely on.
 */
final class KitUsesNoInternalsTest {

    @Test
    void noClassOfTheKit_referencesAnInternalPackageOfTheInterceptor() throws URISyntaxException {
        Path classes = Path.of(ProviderKit.class.getProtectionDomain().getCodeSource().getLocation().toURI());

        List<String> offenders;
        try (Stream<Path> files = Files.walk(classes)) {
            offenders = files.filter(f -> f.toString().endsWith(".class")).filter(KitUsesNoInternalsTest::referencesInternals)
                    .map(f -> classes.relativize(f).toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }

        assertThat(offenders).as("kit classes that name io.cachedinference.interceptor.internal").isEmpty();
    }

    // a class file names every class it uses in its constant pool, as UTF-8 in internal form
    private static boolean referencesInternals(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("io/cachedinference/interceptor/internal");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
