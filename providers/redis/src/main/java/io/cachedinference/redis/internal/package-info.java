/**
 * Not API: the Redis provider adapter, on Redisson's JCache, found through {@link java.util.ServiceLoader}.
 */
package io.cachedinference.redis.internal;
