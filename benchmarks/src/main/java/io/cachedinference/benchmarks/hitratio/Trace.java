package io.cachedinference.benchmarks.hitratio;

import java.util.Arrays;
import java.util.Objects;

/**
 * A key trace: the keys of successive calls, as dense ids {@code 0 .. distinct-1}. Two calls with
 * equal ids have equal cache keys.
 */
public final class Trace {

    private final String name;
    private final int[] keys;
    private final int distinct;

    /**
     * @param name     what the trace models, for the table
     * @param keys     the key ids in call order; every id in {@code [0, distinct)}; not copied
     * @param distinct how many ids there are
     */
    Trace(String name, int[] keys, int distinct) {
        this.name = Objects.requireNonNull(name, "name");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.distinct = distinct;
        for (int key : keys) {
            if (key < 0 || key >= distinct) {
                throw new IllegalArgumentException("Key id " + key + " outside [0, " + distinct + ") [trace=" + name + "]");
            }
        }
    }

    public String name() {
        return name;
    }

    /** How many calls the trace holds. */
    public int length() {
        return keys.length;
    }

    /** The key id of call {@code i}. */
    public int key(int i) {
        return keys[i];
    }

    /** How many different key ids the trace uses at most. */
    public int distinct() {
        return distinct;
    }

    /** How many different key ids the trace really uses: every first use is a miss for any cache. */
    public int used() {
        return (int) Arrays.stream(keys).distinct().count();
    }

    @Override
    public String toString() {
        return name + " (" + keys.length + " calls, " + used() + " distinct keys)";
    }
}
