package io.cachedinference.hazelcast;

import io.cachedinference.tck.ProviderFixture;
import java.util.Map;

/**
 * Hazelcast as the kit sees it: an embedded member per container, in a private loopback cluster, with
 * a strict entry bound.
 *
 * <p>The kit's smallest cache holds 10 entries. Hazelcast bounds each partition separately, so with
 * its default 271 partitions a bound below 271 entries fails deployment; with 10 partitions the
 * bound of 10 is kept exactly (one entry per partition), and no slack is declared.
 */
final class HazelcastFixture implements ProviderFixture {

    /** The partition count of the kit's members. */
    static final String PARTITIONS = "10";

    @Override
    public String alias() {
        return "hazelcast";
    }

    @Override
    public Map<String, String> properties() {
        return Map.of("cached-inference.hazelcast.partition-count", PARTITIONS);
    }
}
