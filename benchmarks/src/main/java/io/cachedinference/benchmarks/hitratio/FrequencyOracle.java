package io.cachedinference.benchmarks.hitratio;

import java.util.Arrays;
import java.util.OptionalLong;

/**
 * The best a policy that knows only how often each key is used can do (offline): it caches exactly
 * the {@code capacity} keys the trace uses most, each from its first use on, and never caches the
 * rest. On a trace of independent draws (the Zipf traces) no online policy can expect more in the
 * long run, so the distance between this column and {@link Belady}'s is what knowing the future order
 * adds, and no LFU can close it.
 */
final class FrequencyOracle implements Contender {

    @Override
    public String name() {
        return "top-N by frequency";
    }

    @Override
    public OptionalLong hits(Trace trace, int capacity) {
        long[] counts = new long[trace.distinct()];
        for (int i = 0; i < trace.length(); i++) {
            counts[trace.key(i)]++;
        }
        Arrays.sort(counts);
        long hits = 0;
        for (int k = counts.length - 1; k >= Math.max(0, counts.length - capacity); k--) {
            hits += Math.max(0, counts[k] - 1);
        }
        return OptionalLong.of(hits);
    }
}
