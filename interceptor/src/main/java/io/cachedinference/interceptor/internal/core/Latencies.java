package io.cachedinference.interceptor.internal.core;

import io.cachedinference.api.LatencyDistribution;
import java.time.Duration;
import org.HdrHistogram.ConcurrentHistogram;

/** Latencies in nanoseconds in an HdrHistogram: lock-free recording, three significant digits. */
final class Latencies implements LatencyDistribution {

    private final ConcurrentHistogram histogram = new ConcurrentHistogram(3);

    void reset() {
        histogram.reset();
    }

    void record(long nanos) {
        histogram.recordValue(Math.max(0, nanos));
    }

    @Override
    public long count() {
        return histogram.getTotalCount();
    }

    @Override
    public Duration percentile(double percentile) {
        if (percentile < 0 || percentile > 100) {
            throw new IllegalArgumentException("percentile must be between 0 and 100, got " + percentile);
        }
        return Duration.ofNanos(histogram.getValueAtPercentile(percentile));
    }

    @Override
    public Duration max() {
        return Duration.ofNanos(histogram.getMaxValue());
    }
}
