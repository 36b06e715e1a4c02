package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid: a parameter type with no value semantics. */
@ApplicationScoped
public class UnkeyableParameterBean {

    /** A tensor wrapper that does not expose its content as a value. */
    public static class OpaqueTensor {
        final float[] data = new float[4];
    }

    @CachedInference
    public float[] infer(OpaqueTensor tensor) {
        return tensor.data.clone();
    }
}
