package io.cachedinference.api;

/** How far equal concurrent misses coalesce into one model run. */
public enum SingleFlightScope {
    /** Within one JVM: every node of a cluster runs the model once for a burst of equal misses. */
    JVM,
    /**
     * Across every process that shares the cache (a Hazelcast, Infinispan or Redis cluster): one node runs
     * the model, the others wait for its result. Needs a provider whose caches are shared across processes;
     * applies to methods with a single synchronous result (batch and asynchronous methods coalesce per JVM).
     */
    CLUSTER
}
