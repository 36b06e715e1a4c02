package io.cachedinference.benchmarks;

import io.cachedinference.benchmarks.hitpath.Cached;
import io.cachedinference.benchmarks.hitpath.HitPathContainer;
import io.cachedinference.benchmarks.hitpath.HitPathModel;
import io.cachedinference.benchmarks.hitpath.KeyedEhcache;
import io.cachedinference.benchmarks.hitpath.KeyedMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Where a hit spends its time, by method: one thread calls a variant of {@link HitPathBenchmark}
 * in a loop while this one samples its stack, and prints each method's share of the samples that
 * contain it (inclusive). {@code Thread.getStackTrace} stops the thread at a safepoint, so the
 * shares are approximate; they name the methods, the benchmarks give the times.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar io.cachedinference.benchmarks.HitPathStackSampler
 * [ehcache|caffeine|raw-ehcache|chm] [floats]} (defaults {@code ehcache 512}).
 */
public final class HitPathStackSampler {

    private static final int SAMPLES = 3_000;

    private HitPathStackSampler() {
    }

    public static void main(String[] args) throws Exception {
        String variant = args.length > 0 ? args[0] : "ehcache";
        int floats = args.length > 1 ? Integer.parseInt(args[1]) : 512;
        try (HitPathContainer container = start(variant)) {
            HitPathModel model = select(container, variant);
            Map<String, Double> shares = sample(model, HitPathBenchmark.gaussian(floats, 20240601L), 3_000, SAMPLES);
            System.out.printf(Locale.ROOT, "%s, %d floats: share of %d stack samples that contain each method%n",
                    variant, floats, SAMPLES);
            shares.forEach((method, share) -> {
                if (share >= 0.03) {
                    System.out.printf(Locale.ROOT, "%6.1f %%  %s%n", 100 * share, method);
                }
            });
        }
    }

    private static HitPathContainer start(String variant) {
        switch (variant) {
            case "ehcache":
            case "caffeine":
                return HitPathContainer.cachedInference(variant, Cached.class);
            case "raw-ehcache":
                return HitPathContainer.plain(KeyedEhcache.Store.class, KeyedEhcache.Around.class, KeyedEhcache.Model.class);
            case "chm":
                return HitPathContainer.plain(KeyedMap.Around.class, KeyedMap.Model.class);
            default:
                throw new IllegalArgumentException("Unknown variant " + variant + "; use ehcache, caffeine, raw-ehcache or chm");
        }
    }

    private static HitPathModel select(HitPathContainer container, String variant) {
        switch (variant) {
            case "raw-ehcache":
                return container.select(KeyedEhcache.Model.class);
            case "chm":
                return container.select(KeyedMap.Model.class);
            default:
                return container.select(Cached.class);
        }
    }

    /**
     * Calls the model in a loop on another thread, lets it warm up for {@code warmupMillis}, then takes
     * {@code samples} stack samples 1 ms apart. Returns each method's inclusive share, largest first.
     */
    static Map<String, Double> sample(HitPathModel model, float[] input, long warmupMillis, int samples)
            throws InterruptedException {
        model.infer(input);
        Thread caller = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                model.infer(input);
            }
        }, "hit-path-caller");
        caller.start();
        Map<String, Integer> counts = new TreeMap<>();
        try {
            Thread.sleep(warmupMillis);
            for (int i = 0; i < samples; i++) {
                Set<String> seen = new HashSet<>();
                for (StackTraceElement frame : caller.getStackTrace()) {
                    // generated accessor and lambda classes carry a counter: fold them together
                    String method = frame.getClassName().replaceAll("\\d+$", "N") + '.' + frame.getMethodName();
                    if (seen.add(method)) {
                        counts.merge(method, 1, Integer::sum);
                    }
                }
                Thread.sleep(1);
            }
        } finally {
            caller.interrupt();
            caller.join();
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue())
                .forEach(e -> shares.put(e.getKey(), (double) e.getValue() / samples));
        return shares;
    }
}
