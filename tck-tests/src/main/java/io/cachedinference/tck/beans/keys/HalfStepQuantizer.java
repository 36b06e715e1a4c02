package io.cachedinference.tck.beans.keys;

import io.cachedinference.interceptor.keys.QuantizedTensorKey;
import jakarta.enterprise.context.Dependent;

/** A quantizer configured the CDI way: a bean subclass that passes its step. */
@Dependent
public class HalfStepQuantizer extends QuantizedTensorKey {

    public HalfStepQuantizer() {
        super(0.5);
    }
}
