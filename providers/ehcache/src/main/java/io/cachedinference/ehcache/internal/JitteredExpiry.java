package io.cachedinference.ehcache.internal;

import io.cachedinference.api.spi.CacheSettings;
import java.time.Duration;
import java.util.function.Supplier;
import org.ehcache.expiry.ExpiryPolicy;

/** Gives each written entry its own time to live, drawn within the cache's TTL jitter; reads leave it alone. */
final class JitteredExpiry implements ExpiryPolicy<Object, Object> {

    private final CacheSettings settings;

    JitteredExpiry(CacheSettings settings) {
        this.settings = settings;
    }

    @Override
    public Duration getExpiryForCreation(Object key, Object value) {
        return settings.drawTtl();
    }

    @Override
    public Duration getExpiryForAccess(Object key, Supplier<?> value) {
        return null;
    }

    @Override
    public Duration getExpiryForUpdate(Object key, Supplier<?> oldValue, Object newValue) {
        return settings.drawTtl();
    }
}
