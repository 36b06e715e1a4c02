package io.cachedinference.caffeine.internal;

import com.github.benmanes.caffeine.cache.Weigher;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.ValueWeigher;
import javax.cache.configuration.Factory;

/** Gives Caffeine a weigher that weighs each entry by its value's size in bytes. Used in one JVM only. */
final class WeigherFactory implements Factory<Weigher<InferenceKey, Object>> {

    private static final long serialVersionUID = 1L;

    private final transient ValueWeigher weigher;

    WeigherFactory(ValueWeigher weigher) {
        this.weigher = weigher;
    }

    @Override
    public Weigher<InferenceKey, Object> create() {
        return (key, value) -> (int) Math.min(Integer.MAX_VALUE, weigher.weigh(value));
    }
}
