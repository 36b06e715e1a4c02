package io.cachedinference.caffeine.internal;

import com.github.benmanes.caffeine.cache.Expiry;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import javax.cache.configuration.Factory;

/** Gives Caffeine an expiry that draws each written entry's time to live within the cache's TTL jitter. */
final class JitteredExpiryFactory implements Factory<Expiry<InferenceKey, Object>> {

    private static final long serialVersionUID = 1L;

    private final CacheSettings settings;

    JitteredExpiryFactory(CacheSettings settings) {
        this.settings = settings;
    }

    @Override
    public Expiry<InferenceKey, Object> create() {
        return new Expiry<>() {
            @Override
            public long expireAfterCreate(InferenceKey key, Object value, long currentTime) {
                return settings.drawTtl().toNanos();
            }

            @Override
            public long expireAfterUpdate(InferenceKey key, Object value, long currentTime, long currentDuration) {
                return settings.drawTtl().toNanos();
            }

            @Override
            public long expireAfterRead(InferenceKey key, Object value, long currentTime, long currentDuration) {
                return currentDuration;
            }
        };
    }
}
