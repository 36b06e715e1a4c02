package io.cachedinference.benchmarks.hitpath;

import jakarta.enterprise.context.ApplicationScoped;

/** Variant (b): the model as an {@code @ApplicationScoped} bean, called through Weld's client proxy, no interceptor. */
@ApplicationScoped
public class Proxied implements HitPathModel {

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
