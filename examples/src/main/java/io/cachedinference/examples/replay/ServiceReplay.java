package io.cachedinference.examples.replay;

import io.cachedinference.examples.service.InferenceServer;
import io.cachedinference.examples.service.ProviderDefaults;
import io.cachedinference.examples.service.StartupLogging;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Replays the three scenarios against the service over HTTP (the seed's 30% repeats, the camera,
 * the e-commerce search), prints a report per scenario and writes an HTML report with charts.
 *
 * <p>Settings, as system properties or {@code --name=value} arguments:
 * <ul>
 *   <li>{@value #URL} ({@code --url}): the running service, such as {@code http://127.0.0.1:8080/};
 *       when empty, a service is started in this JVM on a free loopback port and stopped after;</li>
 *   <li>{@value #REPORT} ({@code --report}): the HTML file, default {@code target/replay-report.html};</li>
 *   <li>{@value #SCALE} ({@code --scale}): {@code full} (1000 tensors, 20 s of video, 10,000
 *       queries; the default) or {@code quick} (100, 2 s, 1,000);</li>
 *   <li>{@value #SCENARIOS} ({@code --scenarios}): a comma-separated subset of
 *       {@code seed,camera,search}.</li>
 * </ul>
 * Each scenario first clears its cache on the service, so reruns give the same hit counts.
 */
public final class ServiceReplay {

    public static final String URL = "replay.url";
    public static final String REPORT = "replay.report";
    public static final String SCALE = "replay.scale";
    public static final String SCENARIOS = "replay.scenarios";

    /** How many requests each scenario sends. */
    public enum Scale {
        /** The demo: the seed's 700 + 300 tensors, 60 s of video, 10,000 queries. */
        FULL(700, 300, 60, 10_000),
        /** A quick look, and the tests: 70 + 30 tensors, 2 s of video, 1,000 queries. */
        QUICK(70, 30, 2, 1_000);

        final int distinct;
        final int repeats;
        final int videoSeconds;
        final int queries;

        Scale(int distinct, int repeats, int videoSeconds, int queries) {
            this.distinct = distinct;
            this.repeats = repeats;
            this.videoSeconds = videoSeconds;
            this.queries = queries;
        }

        static Scale parse(String value) {
            for (Scale scale : values()) {
                if (scale.name().equalsIgnoreCase(value.strip())) {
                    return scale;
                }
            }
            throw new IllegalArgumentException("Unknown " + SCALE + " '" + value + "'; use full or quick");
        }
    }

    private static final List<String> ALL = List.of("seed", "camera-exact", "camera", "search");

    private ServiceReplay() {
    }

    /** The scenarios of a scale, in the order given. */
    public static List<Scenario<?, ?>> scenarios(Scale scale, Set<String> ids) {
        List<Scenario<?, ?>> scenarios = new ArrayList<>();
        for (String id : ids) {
            switch (id) {
                case "seed":
                    scenarios.add(new SeedScenario(scale.distinct, scale.repeats, 42L));
                    break;
                case "camera":
                    scenarios.add(new CameraScenario(scale.videoSeconds, 25L));
                    break;
                case "camera-exact":
                    scenarios.add(new CameraScenario(scale.videoSeconds, 25L, true));
                    break;
                case "search":
                    scenarios.add(new SearchScenario(scale.queries, 10_000L));
                    break;
                default:
                    throw new IllegalArgumentException("Unknown scenario '" + id + "' in " + SCENARIOS + "; use "
                            + String.join(",", ALL));
            }
        }
        return scenarios;
    }

    /** Runs the scenarios one after the other against a service, printing each report. */
    public static List<ScenarioResult> run(ServiceClient client, List<Scenario<?, ?>> scenarios, PrintStream out) {
        ScenarioRunner runner = new ScenarioRunner(client, out);
        List<ScenarioResult> results = new ArrayList<>();
        for (Scenario<?, ?> scenario : scenarios) {
            out.println(scenario.title());
            ScenarioResult result = runner.run(scenario);
            result.print(out);
            out.println();
            results.add(result);
        }
        return results;
    }

    public static void main(String[] args) throws IOException {
        StartupLogging.quiet();
        ProviderDefaults.applyTo(System.getProperties());
        String url = setting(args, URL, "");
        Path report = Path.of(setting(args, REPORT, "target/replay-report.html"));
        Scale scale = Scale.parse(setting(args, SCALE, "full"));
        Set<String> ids = new LinkedHashSet<>(Arrays.asList(
                setting(args, SCENARIOS, String.join(",", ALL)).toLowerCase(Locale.ROOT).split("\\s*,\\s*")));
        List<Scenario<?, ?>> scenarios = scenarios(scale, ids);
        PrintStream out = System.out;
        InferenceServer server = url.isBlank() ? InferenceServer.start(0) : null;
        try {
            URI base = server != null ? server.uri() : URI.create(url);
            out.println("cached-inference replay against " + base + (server != null ? " (started in this JVM)" : ""));
            List<ScenarioResult> results = run(new ServiceClient(base), scenarios, out);
            HtmlReport.write(report, base.toString(), results);
            out.println("HTML report: " + report.toAbsolutePath().toUri());
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    private static String setting(String[] args, String property, String fallback) {
        String flag = "--" + property.substring(property.indexOf('.') + 1) + "=";
        for (String arg : args) {
            if (arg.startsWith(flag)) {
                return arg.substring(flag.length());
            }
        }
        String value = System.getProperty(property);
        return value == null ? fallback : value;
    }
}
