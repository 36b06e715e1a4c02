package io.cachedinference.examples.replay;

import java.time.Duration;

/**
 * One pass of a trace.
 *
 * @param cached    whether it went through {@code @CachedInference}
 * @param wall      its wall time
 * @param cpu       the CPU time of the calling thread during it
 * @param hits      hits during it (0 without the cache)
 * @param misses    misses during it (0 without the cache)
 * @param modelTime model time of its misses, from the cache's statistics
 * @param hitTime   time of its hits, from the cache's statistics
 */
public record ReplayPass(boolean cached, Duration wall, Duration cpu, long hits, long misses, Duration modelTime,
        Duration hitTime) {
}
