package io.cachedinference.examples.replay;

import io.cachedinference.api.InferenceCaches;
import io.cachedinference.examples.model.CpuModel;
import io.cachedinference.examples.model.InferenceModel;
import io.cachedinference.examples.model.TinyConvNet;
import io.cachedinference.examples.onnx.OnnxModel;
import io.cachedinference.examples.onnx.OnnxSessionModel;
import io.cachedinference.examples.service.ProviderDefaults;
import io.cachedinference.examples.service.StartupLogging;
import java.io.PrintStream;
import java.util.function.UnaryOperator;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;

/**
 * The main demo: the seed's experiment (700 distinct 1×3×224×224 tensors plus 300 repeats, shuffled
 * with a fixed seed) on Weld SE with the embedded default provider, Ehcache ({@code -D}{@value #PROVIDER}{@code =redis}:
 * a Redis server at {@code cached-inference.redis.address}), through the ONNX
 * Runtime model ({@link OnnxModel}); {@code -D}{@value #MODEL}{@code =tiny-cnn} runs the plain-Java
 * {@link CpuModel} instead. {@link Replay} measures it: a warm-up, then {@value #ROUNDS} rounds of
 * one pass each way, interleaved in slices of {@value #SLICE} requests.
 */
public final class ReplayDemo {

    /** System property: {@code onnx-cnn} (the default) or {@code tiny-cnn}. */
    public static final String MODEL = "replay.demo.model";
    /** System property: the provider, {@code ehcache} (the default) or any other on the class path, such as {@code redis}. */
    public static final String PROVIDER = "cached-inference.provider";
    /** Passes of each kind. */
    public static final int ROUNDS = 3;
    /** Requests of the trace run both ways before measuring. */
    public static final int WARM_UP = 30;
    /** Requests run one way before switching to the other, within a round. */
    public static final int SLICE = 100;

    private ReplayDemo() {
    }

    public static void main(String[] args) {
        // the container's start-up chatter is not what the demo is about
        StartupLogging.quiet();
        String name = System.getProperty(MODEL, OnnxModel.NAME).strip();
        if (!name.equals(OnnxModel.NAME) && !name.equals(CpuModel.NAME)) {
            throw new IllegalArgumentException(MODEL + " must be " + OnnxModel.NAME + " or " + CpuModel.NAME + ", got '"
                    + name + "'");
        }
        ReplayTrace trace = ReplayTrace.seedExperiment(700, 300, TinyConvNet.INPUT_LENGTH, 42L);
        String provider = System.getProperty(PROVIDER, "ehcache").strip();
        ProviderDefaults.applyTo(System.getProperties());
        try (WeldContainer container = new Weld().initialize()) {
            InferenceCaches caches = container.select(InferenceCaches.class).get();
            InferenceModel model;
            UnaryOperator<float[]> direct;
            String description;
            if (name.equals(OnnxModel.NAME)) {
                OnnxModel onnx = container.select(OnnxModel.class).get();
                OnnxSessionModel session = onnx.session();
                model = onnx;
                direct = session::infer;
                description = OnnxModel.NAME + " on ONNX Runtime " + session.runtimeVersion() + ", "
                        + session.config().intraOpThreads() + " intra-op thread(s)";
            } else {
                model = container.select(CpuModel.class).get();
                direct = new TinyConvNet()::forward;
                description = CpuModel.NAME + " in plain Java";
            }
            printHeader(System.out, trace, description, provider);
            ReplayReport report = new Replay(ROUNDS, WARM_UP, SLICE).run(trace, direct, model::infer,
                    () -> caches.invalidateAll(model.name()), () -> caches.statistics(model.name()).orElseThrow(),
                    System.out);
            report.print(System.out);
        }
    }

    static void printHeader(PrintStream out, ReplayTrace trace, String model, String provider) {
        int requests = trace.requests().size();
        out.println("cached-inference replay: the seed's " + requests + " requests (" + trace.distinct() + " distinct + "
                + (requests - trace.distinct()) + " repeats, shuffled), tensors of 1x3x224x224");
        out.println("model " + model + "; Weld SE + " + (provider.equals("ehcache") ? "Ehcache" : provider));
    }
}
