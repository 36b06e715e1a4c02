package io.cachedinference.examples.replay;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seed's experiment: {@code distinct} random tensors plus {@code repeats} drawn from them,
 * shuffled with a fixed seed. Each repeat is a fresh copy, so only content keys can recognise it.
 */
public final class ReplayTrace {

    private final List<float[]> requests;
    private final int distinct;

    private ReplayTrace(List<float[]> requests, int distinct) {
        this.requests = requests;
        this.distinct = distinct;
    }

    /** Builds the trace; the same arguments always give the same trace. */
    public static ReplayTrace seedExperiment(int distinct, int repeats, int tensorLength, long seed) {
        Random random = new Random(seed);
        List<float[]> originals = new ArrayList<>(distinct);
        for (int i = 0; i < distinct; i++) {
            float[] t = new float[tensorLength];
            for (int j = 0; j < tensorLength; j++) {
                t[j] = random.nextFloat() * 2 - 1;
            }
            originals.add(t);
        }
        List<float[]> requests = new ArrayList<>(originals);
        for (int i = 0; i < repeats; i++) {
            requests.add(originals.get(random.nextInt(distinct)).clone());
        }
        Collections.shuffle(requests, random);
        return new ReplayTrace(Collections.unmodifiableList(requests), distinct);
    }

    /** The requests in replay order. */
    public List<float[]> requests() {
        return requests;
    }

    /** How many distinct tensors the trace holds. */
    public int distinct() {
        return distinct;
    }
}
