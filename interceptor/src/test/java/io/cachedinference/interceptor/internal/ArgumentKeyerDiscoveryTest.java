package io.cachedinference.interceptor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.validation.InvalidArgumentKeyerException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
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

    /** Stands for an optional library's type, which {@link #keyerNeedingAnAbsentClass} hides. */
    public static final class OptionalLibraryTensor {
    }

    /** A keyer for an optional library's type: creating it resolves the type, as a keyer shipped beside the library does. */
    public static final class OptionalLibraryKeyer implements ArgumentKeyer<OptionalLibraryTensor> {
        private final Class<OptionalLibraryTensor> type = OptionalLibraryTensor.class;

        @Override
        public Class<OptionalLibraryTensor> type() {
            return type;
        }

        @Override
        public void write(OptionalLibraryTensor value, KeySink sink) {
            sink.putInt(1);
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

    @Test
    void keyerNeedingAnAbsentClass_isSkippedWithADebugLine_andTheOthersStillLoad(@TempDir Path dir) throws IOException {
        services(dir, OptionalLibraryKeyer.class.getName(), FrameKeyer.class.getName());
        List<LogRecord> log = new ArrayList<>();
        Logger logger = Logger.getLogger("io.cachedinference");
        Level level = logger.getLevel();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                log.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        logger.addHandler(handler);
        logger.setLevel(Level.FINE);
        Keyers keyers;
        try (URLClassLoader loader = new HidingLoader(dir,
                OptionalLibraryKeyer.class, OptionalLibraryTensor.class)) {
            keyers = ArgumentKeyerDiscovery.discover(Map.of(), loader, problems::add);
        } finally {
            logger.removeHandler(handler);
            logger.setLevel(level);
        }

        assertThat(problems).isEmpty();
        assertThat(new ContentKeyGenerator(io.cachedinference.api.KeyDigest.XXH3_128, keyers).canKey(Frame.class))
                .isTrue();
        assertThat(log).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.FINE);
            assertThat(r.getMessage()).contains("Skipping an ArgumentKeyer")
                    .contains("it needs " + OptionalLibraryTensor.class.getName() + ", which is not on the class path")
                    .contains(OptionalLibraryKeyer.class.getName());
        });
    }

    /**
     * Defines {@code own} itself, from the test classes' bytes, and cannot find {@code hidden}: the
     * class path of an application without the optional library. Everything else comes from the parent.
     */
    private static final class HidingLoader extends URLClassLoader {
        private final Class<?> own;
        private final Class<?> hidden;

        HidingLoader(Path dir, Class<?> own, Class<?> hidden) throws IOException {
            super(new URL[] {dir.toUri().toURL()}, ArgumentKeyerDiscoveryTest.class.getClassLoader());
            this.own = own;
            this.hidden = hidden;
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.equals(hidden.getName())) {
                throw new ClassNotFoundException(name);
            }
            if (!name.equals(own.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                if (loaded != null) {
                    return loaded;
                }
                try (InputStream in = own.getResourceAsStream("/" + name.replace('.', '/') + ".class")) {
                    byte[] bytes = classBytes(in, name);
                    return defineClass(name, bytes, 0, bytes.length);
                } catch (IOException e) {
                    throw new ClassNotFoundException(name, e);
                }
            }
        }

        private byte[] classBytes(InputStream in, String name) throws IOException {
            if (in == null) {
                throw new IOException("no class file for " + name);
            }
            return in.readAllBytes();
        }
    }

    private static void services(Path dir, String... services) throws IOException {
        Path file = dir.resolve("META-INF/services/" + ArgumentKeyer.class.getName());
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", services) + "\n", StandardCharsets.UTF_8);
    }

    private Keyers discover(Map<Class<?>, ArgumentKeyer<?>> beans, Path dir, String... services) throws IOException {
        services(dir, services);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            return ArgumentKeyerDiscovery.discover(new LinkedHashMap<>(beans), loader, problems::add);
        }
    }
}
