package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.validation.InvalidArgumentKeyerException;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Keyers come from CDI beans and {@code ServiceLoader}; every unusable one is reported at deployment. */
final class ArgumentKeyerDiscoveryTest {

    /** A camera frame type of the application's own. */
    public static final class Frame {
        final byte[] pixels;

        Frame(byte... pixels) {
            this.pixels = pixels;
        }
    }

    public static final class FrameKeyer implements ArgumentKeyer<Frame> {
        @Override
        public Class<Frame> type() {
            return Frame.class;
        }

        @Override
        public void write(Frame value, KeySink sink) {
            sink.putBytes(value.pixels);
        }
    }

    /** Keys frames by their first byte only; conflicts with {@link FrameKeyer}. */
    public static final class FirstByteKeyer implements ArgumentKeyer<Frame> {
        @Override
        public Class<Frame> type() {
            return Frame.class;
        }

        @Override
        public void write(Frame value, KeySink sink) {
            sink.putInt(value.pixels[0]);
        }
    }

    public static final class StringKeyer implements ArgumentKeyer<String> {
        @Override
        public Class<String> type() {
            return String.class;
        }

        @Override
        public void write(String value, KeySink sink) {
            sink.putInt(value.length());
        }
    }

    public static final class NoTypeKeyer implements ArgumentKeyer<Object> {
        @Override
        public Class<Object> type() {
            return null;
        }

        @Override
        public void write(Object value, KeySink sink) {
        }
    }

    private final List<RuntimeException> problems = new ArrayList<>();

    @Test
    void keyerListedForServiceLoader_makesItsTypeKeyable(@TempDir Path dir) throws IOException {
        Keyers keyers = discover(Map.of(), dir, FrameKeyer.class.getName());

        assertThat(problems).isEmpty();
        ContentKeyGenerator key = new ContentKeyGenerator(io.cachedinference.api.KeyDigest.XXH3_128, keyers);
        assertThat(key.canKey(Frame.class)).isTrue();
        assertThat(key.generate("ns", new Object[] {new Frame((byte) 1, (byte) 2)}))
                .isEqualTo(key.generate("ns", new Object[] {new Frame((byte) 1, (byte) 2)}))
                .isNotEqualTo(key.generate("ns", new Object[] {new Frame((byte) 1, (byte) 3)}));
    }

    @Test
    void keyerFoundAsBeanAndThroughServiceLoader_countsOnce(@TempDir Path dir) throws IOException {
        discover(Map.of(FrameKeyer.class, new FrameKeyer()), dir, FrameKeyer.class.getName());

        assertThat(problems).isEmpty();
    }

    @Test
    void twoKeyersForOneType_failDeployment_namingBoth(@TempDir Path dir) throws IOException {
        discover(Map.of(FrameKeyer.class, new FrameKeyer()), dir, FirstByteKeyer.class.getName());

        assertThat(problems).singleElement().isInstanceOf(InvalidArgumentKeyerException.class)
                .extracting(Throwable::getMessage).asString()
                .contains("Two ArgumentKeyers are for " + Frame.class.getName())
                .contains(FrameKeyer.class.getName() + " (CDI bean)")
                .contains(FirstByteKeyer.class.getName() + " (ServiceLoader)");
    }

    @Test
    void keyerForABuiltInType_failsDeployment_sayingItWouldNeverBeAsked(@TempDir Path dir) throws IOException {
        discover(Map.of(), dir, StringKeyer.class.getName());

        assertThat(problems).singleElement().isInstanceOf(InvalidArgumentKeyerException.class)
                .extracting(Throwable::getMessage).asString()
                .contains(StringKeyer.class.getName()).contains("java.lang.String").contains("already keys");
    }

    @Test
    void keyerWithoutAType_failsDeployment(@TempDir Path dir) throws IOException {
        discover(Map.of(), dir, NoTypeKeyer.class.getName());

        assertThat(problems).singleElement().extracting(Throwable::getMessage).asString()
                .contains(NoTypeKeyer.class.getName()).contains("returns null from type()");
    }

    @Test
    void keyerWhoseTypeThrows_failsDeployment_keepingTheCause(@TempDir Path dir) throws IOException {
        ArgumentKeyer<Object> broken = new ArgumentKeyer<>() {
            @Override
            public Class<Object> type() {
                throw new IllegalStateException("not initialized");
            }

            @Override
            public void write(Object value, KeySink sink) {
            }
        };

        discover(Map.of(Frame.class, broken), dir);

        assertThat(problems).singleElement().isInstanceOf(InvalidArgumentKeyerException.class)
                .satisfies(p -> assertThat(p.getCause()).hasMessage("not initialized"))
                .extracting(Throwable::getMessage).asString().contains("failed to tell its type");
    }

    @Test
    void unloadableServiceEntry_failsDeployment_andTheOthersAreStillChecked(@TempDir Path dir) throws IOException {
        discover(Map.of(), dir, "com.example.NoSuchKeyer", StringKeyer.class.getName());

        assertThat(problems).hasSize(2).allMatch(InvalidArgumentKeyerException.class::isInstance)
                .extracting(Throwable::getMessage)
                .anySatisfy(m -> assertThat(m).contains("com.example.NoSuchKeyer"))
                .anySatisfy(m -> assertThat(m).contains(StringKeyer.class.getName()));
    }

    private Keyers discover(Map<Class<?>, ArgumentKeyer<?>> beans, Path dir, String... services) throws IOException {
        Path file = dir.resolve("META-INF/services/" + ArgumentKeyer.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", services) + "\n", StandardCharsets.UTF_8);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            return ArgumentKeyerDiscovery.discover(new LinkedHashMap<>(beans), loader, problems::add);
        }
    }
}
