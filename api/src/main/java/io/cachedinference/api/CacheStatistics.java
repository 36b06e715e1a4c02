package io.cachedinference.api;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A live view of one cache's counters since deployment. Values are read without locking, so a
 * snapshot taken under load may be off by the calls in flight.
 */
public interface CacheStatistics {

    /** The cache's name. */
    String cacheName();

    /** Calls answered from the cache. */
    long hits();

    /** Calls that ran the model. */
    long misses();

    /** Lookups or stores that failed in the provider; the calls themselves were served. */
    long errors();

    /**
     * Calls that found an equal call already running the model and waited for its outcome instead
     * of running the model again (single flight); counted neither as hits nor as misses.
     */
    long coalescedWaits();

    /** Waiting calls that gave up after the lock timeout and ran the model themselves, uncached. */
    long lockTimeouts();

    /** Calls waiting right now for an equal call's model run (single flight); a gauge, not a count. */
    default int waitingCalls() {
        return 0;
    }

    /**
     * Results not stored because the cache was invalidated, or the model's version switched, while the
     * model computed them: they were returned to their callers, but may predate the change.
     */
    default long staleStoresDropped() {
        return 0;
    }

    /**
     * Asynchronous model runs whose stage did not complete within the cache's {@code async-timeout}: the
     * single flight gave up on them, so later calls run the model afresh.
     */
    default long abandonedRuns() {
        return 0;
    }

    /** Calls answered by another node's model run ({@code single-flight=cluster}); neither hits nor misses. */
    default long clusterCoalescedWaits() {
        return 0;
    }

    /**
     * Model runs a node led after the previous leader's claim ended without a result: its lease ran out
     * (it died or hung), it failed, or it returned nothing to cache ({@code single-flight=cluster}).
     */
    default long leaseTakeovers() {
        return 0;
    }

    /** Operations on the cluster's in-flight claims that failed; the calls ran the model themselves. */
    default long markerErrors() {
        return 0;
    }

    /**
     * Entries the provider evicted to keep the cache within its bound, from the provider's JCache
     * statistics; empty when the provider publishes none.
     */
    OptionalLong evictions();

    /**
     * Bytes that compression saved over all values stored so far ({@code cached-inference.cache.<name>.compression});
     * 0 when the cache stores values uncompressed.
     */
    long compressionBytesSaved();

    /** Time hits spent decompressing values; part of {@link #totalHitTime()}. */
    Duration decompressionTime();

    /** The latencies of hits, key derivation included, from the timed sample of hits. */
    LatencyDistribution hitLatencies();

    /** The latencies of model runs on misses. */
    LatencyDistribution modelLatencies();

    /** {@code hits / (hits + misses)}, or 0 before the first call. */
    default double hitRatio() {
        long total = hits() + misses();
        return total == 0 ? 0.0 : (double) hits() / total;
    }

    /** Time spent running the model on misses. */
    Duration totalModelTime();

    /** Mean time of one model run, or zero before the first miss. */
    default Duration meanModelTime() {
        long misses = misses();
        return misses == 0 ? Duration.ZERO : totalModelTime().dividedBy(misses);
    }

    /**
     * Time spent answering hits, key derivation included. Hits are timed on a sample (every hit at
     * first, then one in sixteen), and the total is scaled to all hits.
     */
    Duration totalHitTime();

    /** Mean time of one hit, or zero before the first hit. */
    default Duration meanHitTime() {
        long hits = hits();
        return hits == 0 ? Duration.ZERO : totalHitTime().dividedBy(hits);
    }

    /** Model time the hits saved: each hit counts the mean model time less its own time. */
    default Duration estimatedTimeSaved() {
        Duration saved = meanModelTime().multipliedBy(hits()).minus(totalHitTime());
        return saved.isNegative() ? Duration.ZERO : saved;
    }
}
