package io.cachedinference.redis.internal;

import io.cachedinference.api.InferenceKey;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.buffer.ByteBufInputStream;
import io.netty.buffer.ByteBufOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InvalidClassException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.ObjectStreamClass;
import java.nio.charset.StandardCharsets;
import org.redisson.client.codec.Codec;
import org.redisson.client.handler.State;
import org.redisson.client.protocol.Decoder;
import org.redisson.client.protocol.Encoder;

/**
 * How a deployment's keys and values are written to Redis.
 *
 * <ul>
 *   <li>Keys ({@link InferenceKey}): the namespace's length and UTF-8 bytes, then the digest. The
 *       bytes are the Redis hash field, so equal keys must give equal bytes in every process and
 *       version: Java serialization of the key would tie them to the class's serial form.</li>
 *   <li>Values: Java serialization, read back with the deployment's class loader through a
 *       {@link ResultTypeFilter}, so a value can only be made of the planned result types. A value
 *       of any other class (written by another application under the same key prefix, or by anyone
 *       with write access to the server) fails its read instead of instantiating that class.</li>
 * </ul>
 */
final class ResultCodec implements Codec {

    private final ClassLoader classLoader;
    private final ResultTypeFilter filter;

    private final Encoder keyEncoder = this::encodeKey;
    private final Decoder<Object> keyDecoder = (buf, state) -> decodeKey(buf);
    private final Encoder valueEncoder = this::encodeValue;
    private final Decoder<Object> valueDecoder = this::decodeValue;

    ResultCodec(ClassLoader classLoader, ResultTypeFilter filter) {
        this.classLoader = classLoader;
        this.filter = filter;
    }

    @Override
    public Decoder<Object> getMapKeyDecoder() {
        return keyDecoder;
    }

    @Override
    public Encoder getMapKeyEncoder() {
        return keyEncoder;
    }

    @Override
    public Decoder<Object> getMapValueDecoder() {
        return valueDecoder;
    }

    @Override
    public Encoder getMapValueEncoder() {
        return valueEncoder;
    }

    @Override
    public Decoder<Object> getValueDecoder() {
        return valueDecoder;
    }

    @Override
    public Encoder getValueEncoder() {
        return valueEncoder;
    }

    @Override
    public ClassLoader getClassLoader() {
        return classLoader;
    }

    private ByteBuf encodeKey(Object in) throws IOException {
        if (!(in instanceof InferenceKey key)) {
            throw new IOException("Not an InferenceKey: " + (in == null ? "null" : in.getClass().getName()));
        }
        byte[] namespace = key.namespace().getBytes(StandardCharsets.UTF_8);
        byte[] digest = key.digest();
        ByteBuf out = ByteBufAllocator.DEFAULT.buffer(4 + namespace.length + digest.length);
        out.writeInt(namespace.length).writeBytes(namespace).writeBytes(digest);
        return out;
    }

    private static Object decodeKey(ByteBuf buf) throws IOException {
        int length = buf.readInt();
        if (length < 0 || length > buf.readableBytes()) {
            throw new IOException("Not a key of cached-inference: namespace length " + length);
        }
        byte[] namespace = new byte[length];
        buf.readBytes(namespace);
        byte[] digest = new byte[buf.readableBytes()];
        buf.readBytes(digest);
        return new InferenceKey(new String(namespace, StandardCharsets.UTF_8), digest);
    }

    private ByteBuf encodeValue(Object in) throws IOException {
        ByteBuf out = ByteBufAllocator.DEFAULT.buffer();
        try (ObjectOutputStream stream = new ObjectOutputStream(new ByteBufOutputStream(out))) {
            stream.writeObject(in);
        } catch (IOException | RuntimeException e) {
            out.release();
            throw e;
        }
        return out;
    }

    private Object decodeValue(ByteBuf buf, State state) throws IOException {
        try (ObjectInputStream stream = new FilteredInput(new ByteBufInputStream(buf), classLoader, filter)) {
            return stream.readObject();
        } catch (ClassNotFoundException e) {
            throw new InvalidClassException(e.getMessage(), "a class the deployment does not have");
        }
    }

    /** Resolves classes with the deployment's class loader, after the filter allowed them. */
    private static final class FilteredInput extends ObjectInputStream {
        private final ClassLoader classLoader;

        FilteredInput(InputStream in, ClassLoader classLoader, ResultTypeFilter filter) throws IOException {
            super(in);
            this.classLoader = classLoader;
            setObjectInputFilter(filter);
        }

        @Override
        protected Class<?> resolveClass(ObjectStreamClass desc) throws IOException, ClassNotFoundException {
            try {
                return Class.forName(desc.getName(), false, classLoader);
            } catch (ClassNotFoundException e) {
                return super.resolveClass(desc);
            }
        }
    }
}
