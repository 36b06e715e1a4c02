package io.cachedinference.examples.replay;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.service.StartupLogging;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The main demo: the seed's experiment (700 distinct 1×3×224×224 tensors plus 300 repeats, shuffled
 * with a fixed seed) on Weld SE with the embedded default provider, Ehcache.
 */
public final class ReplayDemo {

    private ReplayDemo() {
    }

    public static void main(String[] args) {
        // the container's start-up chatter is not what the demo is about
        StartupLogging.quiet();
        System.out.println("cached-inference replay: the seed's 1000 requests, 30% repeats, tensors of 1x3x224x224");
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);
        TinyConvNet direct = new TinyConvNet();
        try (WeldContainer container = new Weld().initialize()) {
            CpuModel model = container.select(CpuModel.class).get();
            InferenceCaches caches = container.select(InferenceCaches.class).get();
            ReplayReport report = Replay.run(trace, direct::forward, model::infer,
                    () -> caches.statistics("tiny-cnn").orElseThrow(), System.out);
            report.print(System.out);
        }
    }
}
