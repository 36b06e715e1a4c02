package io.cachedinference.api;

import java.time.Duration;

/** A distribution of call latencies since deployment, recorded with three significant digits. */
public interface LatencyDistribution {

    /** How many latencies were recorded. */
    long count();

    /**
     * The latency at a percentile, such as 50 or 99.9; zero before the first record.
     *
     * @param percentile between 0 and 100
     */
    Duration percentile(double percentile);

    /** The largest latency recorded; zero before the first record. */
    Duration max();
}
