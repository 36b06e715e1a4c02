package io.cachedinference.benchmarks.hitratio;

import java.util.OptionalLong;

/** One column of the table: a cache (or an algorithm) that a trace is replayed through. */
public interface Contender {

    /** The column's name. */
    String name();

    /**
     * Replays the trace through an empty cache of {@code capacity} entries: each call looks its key up
     * and, on a miss, stores it. Returns the hits, or empty when this contender cannot run the
     * configuration (a policy its provider does not support).
     */
    OptionalLong hits(Trace trace, int capacity);
}
