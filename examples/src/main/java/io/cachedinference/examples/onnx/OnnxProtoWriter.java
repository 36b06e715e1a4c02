package io.cachedinference.examples.onnx;

import com.google.protobuf.ByteString;
import com.google.protobuf.CodedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The few ONNX protobuf messages a small convolutional graph needs, written with protobuf-java's
 * {@link CodedOutputStream} under the field numbers of {@code onnx.proto} (ONNX IR version 8), so no
 * generated classes and no {@code protoc} are needed. Each method returns one encoded message;
 * nested messages are written as length-delimited fields.
 */
final class OnnxProtoWriter {

    /** {@code TensorProto.DataType.FLOAT}. */
    static final int FLOAT = 1;

    // AttributeProto.AttributeType
    private static final int ATTRIBUTE_INT = 2;
    private static final int ATTRIBUTE_INTS = 7;

    private OnnxProtoWriter() {
    }

    /** {@code ModelProto}: ir_version 1, producer_name 2, graph 7, opset_import 8. */
    static ByteString model(long irVersion, String producer, long opset, ByteString graph) {
        return message(out -> {
            out.writeInt64(1, irVersion);
            out.writeString(2, producer);
            out.writeBytes(7, graph);
            // OperatorSetIdProto: domain 1 (empty: the default ai.onnx domain), version 2
            out.writeBytes(8, message(o -> o.writeInt64(2, opset)));
        });
    }

    /** {@code GraphProto}: node 1, name 2, initializer 5, input 11, output 12. */
    static ByteString graph(String name, Iterable<ByteString> nodes, Iterable<ByteString> initializers,
            ByteString input, ByteString output) {
        return message(out -> {
            for (ByteString node : nodes) {
                out.writeBytes(1, node);
            }
            out.writeString(2, name);
            for (ByteString initializer : initializers) {
                out.writeBytes(5, initializer);
            }
            out.writeBytes(11, input);
            out.writeBytes(12, output);
        });
    }

    /** {@code NodeProto}: input 1, output 2, name 3, op_type 4, attribute 5. */
    static ByteString node(String opType, String name, String[] inputs, String output, ByteString... attributes) {
        return message(out -> {
            for (String input : inputs) {
                out.writeString(1, input);
            }
            out.writeString(2, output);
            out.writeString(3, name);
            out.writeString(4, opType);
            for (ByteString attribute : attributes) {
                out.writeBytes(5, attribute);
            }
        });
    }

    /** {@code AttributeProto} of type INTS: name 1, ints 8, type 20. */
    static ByteString ints(String name, long... values) {
        return message(out -> {
            out.writeString(1, name);
            for (long v : values) {
                out.writeInt64(8, v);
            }
            out.writeEnum(20, ATTRIBUTE_INTS);
        });
    }

    /** {@code AttributeProto} of type INT: name 1, i 3, type 20. */
    static ByteString integer(String name, long value) {
        return message(out -> {
            out.writeString(1, name);
            out.writeInt64(3, value);
            out.writeEnum(20, ATTRIBUTE_INT);
        });
    }

    /** {@code TensorProto} of floats: dims 1, data_type 2, name 8, raw_data 9 (little-endian, as ONNX requires). */
    static ByteString floatTensor(String name, long[] dims, float[] values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        raw.asFloatBuffer().put(values);
        return message(out -> {
            for (long d : dims) {
                out.writeInt64(1, d);
            }
            out.writeInt32(2, FLOAT);
            out.writeString(8, name);
            out.writeBytes(9, ByteString.copyFrom(raw.array()));
        });
    }

    /**
     * {@code ValueInfoProto} of a float tensor with fixed dims: name 1, type 2; {@code TypeProto}:
     * tensor_type 1; {@code TypeProto.Tensor}: elem_type 1, shape 2; {@code TensorShapeProto}: dim 1;
     * {@code Dimension}: dim_value 1.
     */
    static ByteString floatValueInfo(String name, long... dims) {
        ByteString shape = message(out -> {
            for (long d : dims) {
                out.writeBytes(1, message(o -> o.writeInt64(1, d)));
            }
        });
        ByteString tensorType = message(out -> {
            out.writeInt32(1, FLOAT);
            out.writeBytes(2, shape);
        });
        return message(out -> {
            out.writeString(1, name);
            out.writeBytes(2, message(o -> o.writeBytes(1, tensorType)));
        });
    }

    private interface Body {
        void write(CodedOutputStream out) throws IOException;
    }

    private static ByteString message(Body body) {
        ByteString.Output bytes = ByteString.newOutput();
        CodedOutputStream out = CodedOutputStream.newInstance(bytes);
        try {
            body.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot encode an ONNX message in memory", e);
        }
        return bytes.toByteString();
    }
}
