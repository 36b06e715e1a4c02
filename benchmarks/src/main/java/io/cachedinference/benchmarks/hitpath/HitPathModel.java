package io.cachedinference.benchmarks.hitpath;

/**
 * The model method every hit-path variant calls. Each implementation answers {@link #SCORES} at once,
 * so what a benchmark measures is the path to the method, not the model. A model counts its runs
 * (a plain field, about a nanosecond) so the smoke test can tell hits from runs.
 */
public interface HitPathModel {

    /** The precomputed answer: ten class scores, like the examples' tiny CNN. Never written to. */
    float[] SCORES = {0.01f, 0.02f, 0.70f, 0.03f, 0.04f, 0.05f, 0.06f, 0.04f, 0.03f, 0.02f};

    /** Infers class scores for an input. */
    float[] infer(float[] input);

    /** How often the method body ran. */
    int runs();
}
