package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.CacheStatistics;
import io.cachedinference.api.LatencyDistribution;
import io.cachedinference.interceptor.internal.compression.ValueCodec;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.IntSupplier;
import java.util.function.Supplier;
import java.util.concurrent.atomic.LongAdder;

/** The live counters behind one cache's {@link CacheStatistics}. */
public final class CacheCounters implements CacheStatistics {

    private static final int ALWAYS_TIMED = 64;
    private static final int SAMPLE = 16;

    private final String cacheName;
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final LongAdder coalesced = new LongAdder();
    private final LongAdder lockTimeouts = new LongAdder();
    private final LongAdder staleStores = new LongAdder();
    private final LongAdder abandoned = new LongAdder();
    private final LongAdder clusterCoalesced = new LongAdder();
    private final LongAdder takeovers = new LongAdder();
    private final LongAdder markerErrors = new LongAdder();
    private final LongAdder hitNanos = new LongAdder();
    private final LongAdder timedHits = new LongAdder();
    private volatile boolean warm;
    private final LongAdder modelNanos = new LongAdder();

    private final Latencies hitLatencies = new Latencies();
    private final Latencies modelLatencies = new Latencies();
    private final Supplier<OptionalLong> evictions;
    private final ValueCodec codec;
    private final IntSupplier waiting;

    /**
     * Counters of a cache that stores values through the codec; the suppliers read evictions from the
     * provider and the calls now waiting from the cache's single flight.
     */
    public CacheCounters(String cacheName, Supplier<OptionalLong> evictions, ValueCodec codec, IntSupplier waiting) {
        this.cacheName = cacheName;
        this.evictions = evictions;
        this.codec = codec;
        this.waiting = waiting;
    }

    /** Zeroes every counter and distribution of this cache. */
    void reset() {
        for (LongAdder a : new LongAdder[] {hits, misses, errors, coalesced, lockTimeouts, staleStores, abandoned,
                clusterCoalesced, takeovers, markerErrors, hitNanos, timedHits, modelNanos}) {
            a.reset();
        }
        hitLatencies.reset();
        modelLatencies.reset();
        codec.resetCounters();
    }

    @Override
    public int waitingCalls() {
        return waiting.getAsInt();
    }

    @Override
    public long compressionBytesSaved() {
        return codec.bytesSaved();
    }

    @Override
    public Duration decompressionTime() {
        return Duration.ofNanos(codec.decompressNanos());
    }

    /** Whether to time this call's hit: the first hits all, then one in {@value #SAMPLE}. */
    boolean sampleHit() {
        return !warm || ThreadLocalRandom.current().nextInt(SAMPLE) == 0;
    }

    /** Records a hit; {@code nanos} is negative for a hit that was not timed. */
    void recordHit(long nanos) {
        hits.increment();
        if (nanos < 0) {
            return;
        }
        timedHits.increment();
        hitNanos.add(nanos);
        hitLatencies.record(nanos);
        if (!warm && timedHits.sum() >= ALWAYS_TIMED) {
            warm = true;
        }
    }

    void recordMiss(long modelNanos) {
        misses.increment();
        this.modelNanos.add(modelNanos);
        modelLatencies.record(modelNanos);
    }

    void recordError() {
        errors.increment();
    }

    void recordCoalesced() {
        coalesced.increment();
    }

    void recordLockTimeout() {
        lockTimeouts.increment();
    }

    void recordStaleStoreDropped() {
        staleStores.increment();
    }

    void recordAbandonedRun() {
        abandoned.increment();
    }

    void recordClusterCoalesced() {
        clusterCoalesced.increment();
    }

    void recordLeaseTakeover() {
        takeovers.increment();
    }

    void recordMarkerError() {
        markerErrors.increment();
    }

    @Override
    public long clusterCoalescedWaits() {
        return clusterCoalesced.sum();
    }

    @Override
    public long leaseTakeovers() {
        return takeovers.sum();
    }

    @Override
    public long markerErrors() {
        return markerErrors.sum();
    }

    @Override
    public long staleStoresDropped() {
        return staleStores.sum();
    }

    @Override
    public long abandonedRuns() {
        return abandoned.sum();
    }

    @Override
    public String cacheName() {
        return cacheName;
    }

    @Override
    public long hits() {
        return hits.sum();
    }

    @Override
    public long misses() {
        return misses.sum();
    }

    @Override
    public long errors() {
        return errors.sum();
    }

    @Override
    public long coalescedWaits() {
        return coalesced.sum();
    }

    @Override
    public long lockTimeouts() {
        return lockTimeouts.sum();
    }

    @Override
    public OptionalLong evictions() {
        return evictions.get();
    }

    @Override
    public LatencyDistribution hitLatencies() {
        return hitLatencies;
    }

    @Override
    public LatencyDistribution modelLatencies() {
        return modelLatencies;
    }

    @Override
    public Duration totalModelTime() {
        return Duration.ofNanos(modelNanos.sum());
    }

    /** Estimated from the timed sample of hits, scaled to all hits. */
    @Override
    public Duration totalHitTime() {
        long timed = timedHits.sum();
        return timed == 0 ? Duration.ZERO : Duration.ofNanos((long) ((double) hitNanos.sum() * hits.sum() / timed));
    }

    @Override
    public String toString() {
        return String.format("%s: hits=%d misses=%d errors=%d hitRatio=%.3f meanModelTime=%s meanHitTime=%s",
                cacheName, hits(), misses(), errors(), hitRatio(), meanModelTime(), meanHitTime());
    }
}
