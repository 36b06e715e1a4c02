package io.cachedinference.benchmarks.hitratio;

import java.util.OptionalLong;
import java.util.function.IntFunction;

/** A cache algorithm that sees one call at a time, as a real cache does. */
interface OnlinePolicy {

    /** Looks the key up; on a miss stores it, evicting as the algorithm says. Returns whether it hit. */
    boolean access(int key);

    /** A contender that replays a trace through a fresh instance made by {@code factory(capacity)}. */
    static Contender contender(String name, IntFunction<OnlinePolicy> factory) {
        return new Contender() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public OptionalLong hits(Trace trace, int capacity) {
                OnlinePolicy policy = factory.apply(capacity);
                long hits = 0;
                for (int i = 0; i < trace.length(); i++) {
                    if (policy.access(trace.key(i))) {
                        hits++;
                    }
                }
                return OptionalLong.of(hits);
            }
        };
    }
}
