package io.cachedinference.examples.replay;

/**
 * One cache's counters as {@code GET /v1/cache/stats} reports them.
 *
 * @param hits                 calls answered from the cache
 * @param misses               calls that ran the model
 * @param coalesced            calls that waited for an equal call's model run
 * @param errors               provider failures
 * @param estimatedTimeSavedMs model time the hits saved
 * @param hitP50Ms             median service-side time of a hit (lookup and key), since the service started
 * @param hitP99Ms             99th percentile of the same
 * @param modelP50Ms           median time of a model run, since the service started
 * @param modelP99Ms           99th percentile of the same
 */
public record ServerCounters(long hits, long misses, long coalesced, long errors, double estimatedTimeSavedMs,
        double hitP50Ms, double hitP99Ms, double modelP50Ms, double modelP99Ms) {

    /** The counters accumulated since an earlier snapshot; percentiles stay this snapshot's. */
    public ServerCounters minus(ServerCounters earlier) {
        return new ServerCounters(hits - earlier.hits, misses - earlier.misses, coalesced - earlier.coalesced,
                errors - earlier.errors, estimatedTimeSavedMs - earlier.estimatedTimeSavedMs, hitP50Ms, hitP99Ms,
                modelP50Ms, modelP99Ms);
    }
}
