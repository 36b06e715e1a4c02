package io.cachedinference.examples.replay;

import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seed's experiment over HTTP: {@code distinct} random 1×3×224×224 tensors plus {@code repeats}
 * drawn from them, shuffled with a fixed seed, sent to {@code tiny-cnn}. Tensors are regenerated
 * from their index on demand, so the trace never holds 600 MB; a repeat is a fresh copy with the
 * same bits, which only a content key recognises.
 */
public final class SeedScenario extends Scenario<float[], float[]> {

    private final int distinct;
    private final int repeats;
    private final long seed;
    private final List<Integer> order;
    private final TinyConvNet network = new TinyConvNet();
    private final Map<Integer, float[]> directAnswers = new HashMap<>();

    /** The trace; the same arguments always give the same trace. */
    public SeedScenario(int distinct, int repeats, long seed) {
        this.distinct = distinct;
        this.repeats = repeats;
        this.seed = seed;
        Random random = new Random(seed);
        List<Integer> indices = new ArrayList<>(distinct + repeats);
        for (int i = 0; i < distinct; i++) {
            indices.add(i);
        }
        for (int i = 0; i < repeats; i++) {
            indices.add(random.nextInt(distinct));
        }
        Collections.shuffle(indices, random);
        this.order = List.copyOf(indices);
    }

    @Override
    public String id() {
        return "seed";
    }

    @Override
    public String title() {
        return "Seed experiment: " + (distinct + repeats) + " requests, " + repeats + " repeats";
    }

    @Override
    public String description() {
        return distinct + " random 1x3x224x224 tensors plus " + repeats + " exact repeats, shuffled, sent to "
                + CpuModel.NAME + " as little-endian float32.";
    }

    @Override
    public String cacheName() {
        return CpuModel.NAME;
    }

    @Override
    public String keyDescription() {
        return "built-in content key (XXH3-128 of the float bits)";
    }

    @Override
    public String answerComparison() {
        return "top-1 class";
    }

    @Override
    public int size() {
        return order.size();
    }

    @Override
    public float[] input(int i) {
        Random random = new Random(seed * 1_000_003L + order.get(i));
        float[] t = new float[TinyConvNet.INPUT_LENGTH];
        for (int j = 0; j < t.length; j++) {
            t[j] = random.nextFloat() * 2 - 1;
        }
        return t;
    }

    @Override
    public String group(int i) {
        return "tensor-" + order.get(i);
    }

    @Override
    public Served<float[]> send(ServiceClient client, float[] input) {
        return client.infer(CpuModel.NAME, input);
    }

    @Override
    public float[] direct(int i, float[] input) {
        return directAnswers.computeIfAbsent(order.get(i), k -> network.forward(input));
    }

    @Override
    public boolean sameAnswer(float[] direct, float[] served) {
        return Tensors.argmax(direct) == Tensors.argmax(served);
    }
}
