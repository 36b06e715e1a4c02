package io.cachedinference.benchmarks;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * "Tensor keys at memory speed": the built-in content key against the seed's cache keys.
 *
 * <p>Per input, these ways to turn it into something a cache can look up:
 * <ol>
 *   <li>{@code contentKey}: our default, {@code new ContentKeyGenerator().generate(ns, {input})};</li>
 *   <li>{@code contentKeySha256}: the same key with the SHA-256 digest
 *       ({@code cached-inference.cache.<name>.digest=sha-256});</li>
 *   <li>{@code sha256Floor}: SHA-256 of the input's bytes, already converted, with a reused
 *       {@code MessageDigest}: what SHA-256 itself costs on this CPU, the floor for the line above;</li>
 *   <li>{@code seedMd5Hex}: the seed's {@code infer_with_cache},
 *       {@code hashlib.md5(t.numpy().tobytes()).hexdigest()}: float to little-endian bytes, MD5, hex;</li>
 *   <li>{@code seedSha256Hex}: the seed's {@code tensor_hash} (and {@code text_hash} for text), the same
 *       with SHA-256;</li>
 *   <li>{@code arraycopy}: {@code System.arraycopy} of the same bytes, the memory-speed floor.</li>
 * </ol>
 * The byte conversion and the hex string are part of the seed's cost and are measured with it, as is
 * {@code MessageDigest.getInstance} per call ({@code hashlib.md5()} builds a new hasher per call too).
 *
 * <p>Inputs: the seed's 1x3x224x224 image tensor (150,528 gaussian floats, 602,112 bytes, fixed seed), a
 * 512-float embedding, and the short query {@code "手机壳 推荐"} (16 UTF-8 bytes).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@State(Scope.Thread)
public class KeyGenerationBenchmark {

    static final int TENSOR_FLOATS = 1 * 3 * 224 * 224;
    static final int EMBEDDING_FLOATS = 512;
    static final String QUERY = "手机壳 推荐";
    private static final String NAMESPACE = "benchmark/resnet50/1";

    /** Which input to key: {@code tensor}, {@code embedding} or {@code text}. */
    @Param({"tensor", "embedding", "text"})
    public String input;

    private final ContentKeyGenerator generator = new ContentKeyGenerator();
    private final ContentKeyGenerator sha256 = new ContentKeyGenerator(KeyDigest.SHA_256, Keyers.none());
    private MessageDigest digest;
    private Object value;
    private byte[] source;
    private byte[] target;

    @Setup
    public void setUp() {
        value = input(input);
        source = seedBytes(value);
        target = new byte[source.length];
        digest = messageDigest("SHA-256");
    }

    @Benchmark
    public InferenceKey contentKey() {
        return generator.generate(NAMESPACE, new Object[] {value});
    }

    @Benchmark
    public InferenceKey contentKeySha256() {
        return sha256.generate(NAMESPACE, new Object[] {value});
    }

    @Benchmark
    public byte[] sha256Floor() {
        return digest.digest(source);
    }

    @Benchmark
    public String seedMd5Hex() {
        return hexDigest("MD5", seedBytes(value));
    }

    @Benchmark
    public String seedSha256Hex() {
        return hexDigest("SHA-256", seedBytes(value));
    }

    @Benchmark
    public byte[] arraycopy() {
        System.arraycopy(source, 0, target, 0, source.length);
        return target;
    }

    /** The named input; floats are gaussian from a fixed seed, so every run keys the same data. */
    static Object input(String name) {
        switch (name) {
            case "tensor":
                return gaussian(TENSOR_FLOATS, 20240601L);
            case "embedding":
                return gaussian(EMBEDDING_FLOATS, 512L);
            case "text":
                return QUERY;
            default:
                throw new IllegalArgumentException("Unknown input " + name + "; use tensor, embedding or text");
        }
    }

    private static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] a = new float[n];
        for (int i = 0; i < n; i++) {
            a[i] = (float) random.nextGaussian();
        }
        return a;
    }

    /** What the seed hashes: numpy's {@code tobytes()} of float32 (little-endian), or the UTF-8 of text. */
    static byte[] seedBytes(Object value) {
        if (value instanceof float[]) {
            float[] floats = (float[]) value;
            byte[] bytes = new byte[floats.length * Float.BYTES];
            ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().put(floats);
            return bytes;
        }
        return ((String) value).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code hashlib.<algorithm>(bytes).hexdigest()}. */
    static String hexDigest(String algorithm, byte[] bytes) {
        return HexFormat.of().formatHex(messageDigest(algorithm).digest(bytes));
    }

    private static MessageDigest messageDigest(String algorithm) {
        try {
            return MessageDigest.getInstance(algorithm);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(algorithm + " is required of every Java platform", e);
        }
    }
}
