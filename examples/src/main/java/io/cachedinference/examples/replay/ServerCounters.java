package io.cachedinference.examples.replay;

/**
 * One cache's counters as {@code GET /v1/cache/stats} reports them.
 *
 * @param hits                 calls answered from the cache
 * @param misses               calls that ran the model
 * @param coalesced            calls that waited for an equal call's model run
 * @param errors               provider failures
 * @param estimatedTimeSavedMs model time the hits saved
 */
public record ServerCounters(long hits, long misses, long coalesced, long errors, double estimatedTimeSavedMs) {

    /** The counters accumulated since an earlier snapshot. */
    public ServerCounters minus(ServerCounters earlier) {
        return new ServerCounters(hits - earlier.hits, misses - earlier.misses, coalesced - earlier.coalesced,
                errors - earlier.errors, estimatedTimeSavedMs - earlier.estimatedTimeSavedMs);
    }
}
