package io.cachedinference.interceptor.internal.compression;

import java.lang.reflect.Array;
import java.util.Locale;
import java.util.concurrent.atomic.LongAdder;

/**
 * How a cache stores values: as they are, or, when the cache opts in, primitive arrays above a size
 * threshold compressed with LZ4 or Zstandard and decompressed on every hit. Counts the bytes saved
 * and the time spent decompressing.
 */
public final class ValueCodec {

    private static final ValueCodec NONE = new ValueCodec(null, Integer.MAX_VALUE, "none");

    private final Compressor compressor;
    private final int threshold;
    private final String name;
    private final LongAdder bytesSaved = new LongAdder();
    private final LongAdder decompressNanos = new LongAdder();
    private final LongAdder compressedStores = new LongAdder();

    private ValueCodec(Compressor compressor, int threshold, String name) {
        this.compressor = compressor;
        this.threshold = threshold;
        this.name = name;
    }

    /** Stores values as they are. */
    public static ValueCodec none() {
        return NONE;
    }

    /**
     * A codec for a configured algorithm name ({@code none}, {@code lz4}, {@code zstd}), compressing
     * arrays of at least {@code threshold} bytes.
     *
     * @throws IllegalArgumentException for an unknown name, or when its library is not on the class path
     */
    public static ValueCodec of(String algorithm, int threshold) {
        String n = algorithm.trim().toLowerCase(Locale.ROOT);
        switch (n) {
            case "none":
                return new ValueCodec(null, Integer.MAX_VALUE, n);
            case "lz4":
                return new ValueCodec(load("net.jpountz.lz4.LZ4Factory", "at.yawk.lz4:lz4-java", Lz4Compressor::new),
                        threshold, n);
            case "zstd":
                return new ValueCodec(load("com.github.luben.zstd.Zstd", "com.github.luben:zstd-jni",
                        ZstdCompressor::new), threshold, n);
            default:
                throw new IllegalArgumentException("'" + algorithm + "' is not a compression; use none, lz4 or zstd");
        }
    }

    private static Compressor load(String probe, String artifact, java.util.function.Supplier<Compressor> factory) {
        try {
            Class.forName(probe, false, ValueCodec.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            throw new IllegalArgumentException("it needs " + artifact + " on the class path", e);
        }
        return factory.get();
    }

    /** The algorithm's name. */
    public String name() {
        return name;
    }

    /** The value to put in the cache. */
    public Object encode(Object value) {
        if (compressor == null) {
            return value;
        }
        ArrayKind kind = ArrayKind.of(value);
        if (kind == null) {
            return value;
        }
        int length = Array.getLength(value);
        if ((long) length * kind.width() < threshold) {
            return value;
        }
        byte[] raw = kind.toBytes(value, length);
        byte[] packed = compressor.compress(raw);
        if (packed.length >= raw.length) {
            return value;
        }
        bytesSaved.add(raw.length - packed.length);
        compressedStores.increment();
        return new CompressedValue(kind, length, packed);
    }

    /** The value a hit returns, decompressed when it was stored compressed. */
    public Object decode(Object stored) {
        if (!(stored instanceof CompressedValue)) {
            return stored;
        }
        long start = System.nanoTime();
        CompressedValue c = (CompressedValue) stored;
        Object value = c.kind().fromBytes(compressor.decompress(c.packed(), c.length() * c.kind().width()), c.length());
        decompressNanos.add(System.nanoTime() - start);
        return value;
    }

    /** Bytes saved by compression over every value stored so far. */
    /** The classes this codec stores in place of a value, beyond the value's own: the compressed form's. */
    public java.util.Set<Class<?>> storedTypes() {
        return compressor == null ? java.util.Set.of() : java.util.Set.of(CompressedValue.class, ArrayKind.class);
    }

    /** Zeroes the compression counters. */
    public void resetCounters() {
        bytesSaved.reset();
        decompressNanos.reset();
        compressedStores.reset();
    }

    /** Bytes compression saved so far. */
    public long bytesSaved() {
        return bytesSaved.sum();
    }

    /** Values stored compressed so far. */
    public long compressedStores() {
        return compressedStores.sum();
    }

    /** Time spent decompressing hits, in nanoseconds. */
    public long decompressNanos() {
        return decompressNanos.sum();
    }
}
