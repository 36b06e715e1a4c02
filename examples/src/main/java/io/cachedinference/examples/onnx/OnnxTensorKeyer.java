package io.cachedinference.examples.onnx;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import java.nio.Buffer;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * Keys ONNX Runtime's {@link OnnxTensor} for the built-in content key, so a
 * {@code @CachedInference} method can take the runtime's own tensor. Listed in
 * {@code META-INF/services/io.cachedinference.api.ArgumentKeyer}; where ONNX Runtime is not on the
 * class path, creating it fails for the missing class and the library skips it (a DEBUG line).
 *
 * <p>What it writes, in order:
 * <ol>
 *   <li>the element type's ONNX name ({@code FLOAT}, {@code FLOAT16}, {@code INT64}...), so a
 *       float16 tensor never shares a key with an int16 tensor of the same bytes;</li>
 *   <li>the shape, so {@code [1, 1000]} and {@code [1000]} differ;</li>
 *   <li>the contents, as the little-endian bytes of the elements: the same bytes, hashed the same
 *       way, as the built-in key hashes a {@code float[]} of the same values. They are read straight
 *       from the tensor's buffer when it was made from a direct {@code ByteBuffer}; otherwise (a
 *       tensor made from an array or a {@code FloatBuffer}, or a session's output) through
 *       {@link OnnxTensor#getByteBuffer()}, the one copy the runtime's API allows. String tensors
 *       write their strings.</li>
 * </ol>
 * The key of a tensor is the same whichever way it was made.
 */
public final class OnnxTensorKeyer implements ArgumentKeyer<OnnxTensor> {

    private static final String ONNX_PREFIX = "ONNX_TENSOR_ELEMENT_DATA_TYPE_";

    // resolved here, not lazily: without ONNX Runtime the keyer fails to be created, which the library skips
    private final Class<OnnxTensor> type = OnnxTensor.class;

    /** Called by {@code ServiceLoader}. */
    public OnnxTensorKeyer() {
    }

    @Override
    public Class<OnnxTensor> type() {
        return type;
    }

    @Override
    public void write(OnnxTensor tensor, KeySink sink) {
        TensorInfo info = tensor.getInfo();
        sink.putString(elementType(info));
        sink.putLongs(info.getShape());
        if (info.type == OnnxJavaType.STRING) {
            try {
                sink.putValue(tensor.getValue());
            } catch (OrtException e) {
                throw new IllegalArgumentException("Cannot read the strings of " + tensor + " to key it: "
                        + e.getMessage(), e);
            }
            return;
        }
        sink.putBytes(contents(tensor, info));
    }

    /** {@code FLOAT} for {@code ONNX_TENSOR_ELEMENT_DATA_TYPE_FLOAT}: the name, since the enum's numbers are not ONNX's. */
    private static String elementType(TensorInfo info) {
        String name = info.onnxType.name();
        return name.startsWith(ONNX_PREFIX) ? name.substring(ONNX_PREFIX.length()) : name;
    }

    private static ByteBuffer contents(OnnxTensor tensor, TensorInfo info) {
        long bytes = info.getNumElements() * info.type.size;
        ByteBuffer own = bufferOf(tensor);
        return own != null && own.remaining() == bytes ? own : tensor.getByteBuffer();
    }

    /** The direct {@code ByteBuffer} the tensor was made from, or {@code null}. */
    private static ByteBuffer bufferOf(OnnxTensor tensor) {
        Optional<Buffer> buffer;
        try {
            buffer = tensor.getBufferRef();
        } catch (NullPointerException e) {
            // ONNX Runtime 1.23 throws instead of answering empty for a tensor without a Java buffer
            // (a session's output, or one made from an array)
            return null;
        }
        return buffer.filter(ByteBuffer.class::isInstance).map(ByteBuffer.class::cast).orElse(null);
    }
}
