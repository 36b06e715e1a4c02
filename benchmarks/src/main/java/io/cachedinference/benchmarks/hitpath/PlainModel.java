package io.cachedinference.benchmarks.hitpath;

/** Variant (a): the model method on a plain object, called directly. Not a bean. */
public final class PlainModel implements HitPathModel {

    private int runs;

    @Override
    public float[] infer(float[] input) {
        runs++;
        return SCORES;
    }

    @Override
    public int runs() {
        return runs;
    }
}
