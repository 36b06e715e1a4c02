package io.cachedinference.examples.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Replays a scenario against the service, one request at a time: clears the scenario's cache,
 * sends every request, times it end to end and keeps the service's own time from the answer, checks
 * every hit against the model's own answer, and reads the service's counters before and after.
 */
public final class ScenarioRunner {

    private final ServiceClient client;
    private final PrintStream progress;

    /** A runner against a service; progress bars go to {@code progress}. */
    public ScenarioRunner(ServiceClient client, PrintStream progress) {
        this.client = client;
        this.progress = progress;
    }

    /** Runs one scenario. */
    public <I, A> ScenarioResult run(Scenario<I, A> scenario) {
        int n = scenario.size();
        client.clear(scenario.cacheName());
        ServerCounters before = client.counters(scenario.cacheName());
        double[] times = new double[n];
        long[] latency = new long[n];
        double[] serviceMs = new double[n];
        boolean[] hits = new boolean[n];
        int falseHits = 0;
        boolean[] seenBefore = new boolean[n];
        Set<String> seen = new HashSet<>();
        Progress bar = new Progress(progress, String.format("%-6s", scenario.id()), n);
        long checking = 0;
        long started = System.nanoTime();
        for (int i = 0; i < n; i++) {
            I input = scenario.input(i);
            long t0 = System.nanoTime();
            Served<A> served = scenario.send(client, input);
            latency[i] = System.nanoTime() - t0;
            hits[i] = served.hit();
            serviceMs[i] = served.serviceMs();
            times[i] = scenario.timeOf(i);
            // a miss ran the model, so only a hit can answer something else
            if (served.hit()) {
                long c0 = System.nanoTime();
                if (!scenario.sameAnswer(scenario.direct(i, input), served.answer())) {
                    falseHits++;
                }
                checking += System.nanoTime() - c0;
            }
            seenBefore[i] = !seen.add(scenario.group(i));
            bar.update(i + 1);
        }
        // the wall time is the replay's, less the time spent computing the model's own answers
        Duration wall = Duration.ofNanos(System.nanoTime() - started - checking);
        ServerCounters during = client.counters(scenario.cacheName()).minus(before);
        return new ScenarioResult(scenario, times, latency, serviceMs, hits, falseHits, seenBefore, wall, during);
    }
}
