package io.cachedinference.api.spi;

import io.cachedinference.api.EvictionPolicy;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a provider can do, declared once by its adapter: how it implements each eviction policy and
 * each bound, how it stores values, and whether its JCache statistics MXBean reports evictions.
 * Deployment checks every cache against it, and the provider kit skips only what it declares
 * {@link Support#UNSUPPORTED} or {@link Support#PROVIDER_CONFIGURED}. Immutable; build with
 * {@link #builder()}.
 */
public final class Capabilities {

    private final Map<EvictionPolicy, Support> eviction;
    private final Support entryBound;
    private final Support byteBound;
    private final Support ttlJitter;
    private final Storage storage;
    private final boolean statistics;
    private final boolean shared;

    private Capabilities(Builder b) {
        this.shared = b.shared;
        this.eviction = new EnumMap<>(b.eviction);
        this.entryBound = b.entryBound;
        this.byteBound = b.byteBound;
        this.ttlJitter = b.ttlJitter;
        this.storage = b.storage;
        this.statistics = b.statistics;
    }

    /** A builder in which everything is unsupported, values are stored by reference and statistics are published. */
    public static Builder builder() {
        return new Builder();
    }

    /** How the provider implements an eviction policy. */
    public Support eviction(EvictionPolicy policy) {
        return eviction.get(Objects.requireNonNull(policy, "policy"));
    }

    /** How the provider keeps a cache within {@code max-entries}. */
    public Support entryBound() {
        return entryBound;
    }

    /** How the provider keeps a cache's values within {@code max-bytes}. */
    public Support byteBound() {
        return byteBound;
    }

    /** Whether the provider can give each entry its own time to live, for {@code ttl-jitter}. */
    public Support ttlJitter() {
        return ttlJitter;
    }

    /** How the provider keeps values. */
    public Storage storage() {
        return storage;
    }

    /** Whether the provider's JCache statistics MXBean counts evictions, so statistics can report them. */
    public boolean statistics() {
        return statistics;
    }

    /**
     * Whether the provider's caches are shared across processes (a cluster or a server), so that
     * {@code single-flight=cluster} can coordinate model runs through them.
     */
    public boolean sharedAcrossProcesses() {
        return shared;
    }

    /** A builder that starts from these capabilities. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.eviction.putAll(eviction);
        return b.entryBound(entryBound).byteBound(byteBound).ttlJitter(ttlJitter).storage(storage)
                .statistics(statistics).sharedAcrossProcesses(shared);
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof Capabilities)) {
            return false;
        }
        Capabilities c = (Capabilities) o;
        return eviction.equals(c.eviction) && entryBound == c.entryBound && byteBound == c.byteBound
                && ttlJitter == c.ttlJitter && storage == c.storage && statistics == c.statistics && shared == c.shared;
    }

    @Override
    public int hashCode() {
        return Objects.hash(eviction, entryBound, byteBound, ttlJitter, storage, statistics, shared);
    }

    @Override
    public String toString() {
        return "Capabilities[eviction=" + eviction + ", entryBound=" + entryBound + ", byteBound=" + byteBound
                + ", ttlJitter=" + ttlJitter + ", storage=" + storage + ", statistics=" + statistics
                + ", sharedAcrossProcesses=" + shared + "]";
    }

    /** Builds {@link Capabilities}; every setter returns the builder. */
    public static final class Builder {
        private final Map<EvictionPolicy, Support> eviction = new EnumMap<>(EvictionPolicy.class);
        private Support entryBound = Support.UNSUPPORTED;
        private Support byteBound = Support.UNSUPPORTED;
        private Support ttlJitter = Support.UNSUPPORTED;
        private Storage storage = Storage.BY_REFERENCE;
        private boolean statistics = true;
        private boolean shared;

        private Builder() {
            for (EvictionPolicy p : EvictionPolicy.values()) {
                eviction.put(p, Support.UNSUPPORTED);
            }
        }

        /** How an eviction policy is implemented. */
        public Builder eviction(EvictionPolicy policy, Support support) {
            eviction.put(Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(support, "support"));
            return this;
        }

        /** How {@code max-entries} is kept. */
        public Builder entryBound(Support support) {
            this.entryBound = Objects.requireNonNull(support, "support");
            return this;
        }

        /** How {@code max-bytes} is kept. */
        public Builder byteBound(Support support) {
            this.byteBound = Objects.requireNonNull(support, "support");
            return this;
        }

        /** Whether {@code ttl-jitter} is available. */
        public Builder ttlJitter(Support support) {
            this.ttlJitter = Objects.requireNonNull(support, "support");
            return this;
        }

        /** How values are kept. */
        public Builder storage(Storage storage) {
            this.storage = Objects.requireNonNull(storage, "storage");
            return this;
        }

        /** Whether the JCache statistics MXBean counts evictions. */
        public Builder statistics(boolean statistics) {
            this.statistics = statistics;
            return this;
        }

        /** Whether the caches are shared across processes; {@code false} unless set. */
        public Builder sharedAcrossProcesses(boolean shared) {
            this.shared = shared;
            return this;
        }

        /** The capabilities. */
        public Capabilities build() {
            return new Capabilities(this);
        }
    }
}
