package io.cachedinference.examples.ascend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes model files in the test double's {@code .om} format: "STOM", int32 aclDataType, uint32
 * rows, uint32 cols, then the row-major float32 matrix W, all little-endian.
 */
final class OmFiles {

    static final int ACL_FLOAT = 0;
    static final int ACL_INT32 = 3;

    private OmFiles() {
    }

    /** A float model computing y = W x. */
    static Path write(Path file, float[][] w) {
        return write(file, ACL_FLOAT, w);
    }

    static Path write(Path file, int dataType, float[][] w) {
        int rows = w.length;
        int cols = w[0].length;
        ByteBuffer bytes = ByteBuffer.allocate(16 + rows * cols * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.put(new byte[] {'S', 'T', 'O', 'M'}).putInt(dataType).putInt(rows).putInt(cols);
        for (float[] row : w) {
            for (float value : row) {
                bytes.putFloat(value);
            }
        }
        try {
            return Files.write(file, bytes.array());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** y = W x in Java, summed in the same order as the double. */
    static float[] multiply(float[][] w, float[] x) {
        float[] y = new float[w.length];
        for (int r = 0; r < w.length; r++) {
            float acc = 0f;
            for (int c = 0; c < x.length; c++) {
                acc += w[r][c] * x[c];
            }
            y[r] = acc;
        }
        return y;
    }
}
