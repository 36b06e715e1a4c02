package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import jakarta.enterprise.context.ApplicationScoped;

/** Keys a {@link Tensor} by its shape and the window of its buffer, never by its device handle. */
@ApplicationScoped
public class TensorKeyer implements ArgumentKeyer<Tensor> {

    @Override
    public Class<Tensor> type() {
        return Tensor.class;
    }

    @Override
    public void write(Tensor tensor, KeySink sink) {
        sink.putInts(tensor.shape()).putFloats(tensor.buffer(), tensor.offset(), tensor.size());
    }
}
