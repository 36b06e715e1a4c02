package io.cachedinference.examples.replay;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Arrays;

/**
 * What one scenario measured, request by request, and the service's counters around it.
 *
 * <p>Latencies are end to end as the client sees them (encoding, HTTP on loopback, server); the
 * service-side times are the service's own for each call ({@code elapsedMs} in its answer: from the
 * decoded input to the output, so no transfer and no decoding), which is where hits and misses
 * differ. A hit is a request the model did not run for. A false hit is a hit whose answer differs from the
 * model's own answer to that request. Model calls saved are the requests less the model runs the
 * service counted. The ideal hit rate is the share of requests whose group (same tensor, same
 * subject, same normalized query) was seen before: what a perfect key with an unbounded cache
 * would reach.
 */
public final class ScenarioResult {

    private final String id;
    private final String title;
    private final String description;
    private final String keyDescription;
    private final String answerComparison;
    private final String timeAxis;
    private final double[] times;
    private final long[] latencyNanos;
    private final double[] serviceMs;
    private final boolean[] hits;
    private final int falseHits;
    private final boolean[] seenBefore;
    private final Duration wall;
    private final ServerCounters server;

    ScenarioResult(Scenario<?, ?> scenario, double[] times, long[] latencyNanos, double[] serviceMs, boolean[] hits,
            int falseHits, boolean[] seenBefore, Duration wall, ServerCounters server) {
        this.id = scenario.id();
        this.title = scenario.title();
        this.description = scenario.description();
        this.keyDescription = scenario.keyDescription();
        this.answerComparison = scenario.answerComparison();
        this.timeAxis = scenario.timeAxis();
        this.times = times.clone();
        this.latencyNanos = latencyNanos.clone();
        this.serviceMs = serviceMs.clone();
        this.hits = hits.clone();
        this.falseHits = falseHits;
        this.seenBefore = seenBefore.clone();
        this.wall = wall;
        this.server = server;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public String keyDescription() {
        return keyDescription;
    }

    public String answerComparison() {
        return answerComparison;
    }

    public String timeAxis() {
        return timeAxis;
    }

    public int requests() {
        return hits.length;
    }

    public int hits() {
        int n = 0;
        for (boolean hit : hits) {
            n += hit ? 1 : 0;
        }
        return n;
    }

    public int misses() {
        return requests() - hits();
    }

    public double hitRate() {
        return requests() == 0 ? 0 : (double) hits() / requests();
    }

    public int falseHits() {
        return falseHits;
    }

    /** Requests whose group was seen before: the hits of a perfect key with an unbounded cache. */
    public int idealHits() {
        int n = 0;
        for (boolean seen : seenBefore) {
            n += seen ? 1 : 0;
        }
        return n;
    }

    public double idealHitRate() {
        return requests() == 0 ? 0 : (double) idealHits() / requests();
    }

    /** Whether request {@code i}'s group was seen before. */
    public boolean seenBefore(int i) {
        return seenBefore[i];
    }

    /** Requests the model did not run for, from the service's own miss counter. */
    public long modelCallsSaved() {
        return requests() - server.misses();
    }

    public Duration wall() {
        return wall;
    }

    /** The service's counters accumulated during the run. */
    public ServerCounters server() {
        return server;
    }

    /** Whether request {@code i} was a hit. */
    public boolean hit(int i) {
        return hits[i];
    }

    /** The end-to-end latency of request {@code i}, in nanoseconds. */
    public long latencyNanos(int i) {
        return latencyNanos[i];
    }

    /** The service's own time for request {@code i}, in milliseconds. */
    public double serviceMs(int i) {
        return serviceMs[i];
    }

    /** Where request {@code i} sits on the time axis. */
    public double time(int i) {
        return times[i];
    }

    /** An end-to-end latency percentile of hits ({@code hits = true}) or misses, in milliseconds; NaN when there are none. */
    public double percentileMs(boolean ofHits, double percentile) {
        double[] ms = new double[requests()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = latencyNanos[i] / 1e6;
        }
        return percentile(ms, ofHits, percentile);
    }

    /** A percentile of the service's own time for hits or misses, in milliseconds; NaN when there are none. */
    public double servicePercentileMs(boolean ofHits, double percentile) {
        return percentile(serviceMs, ofHits, percentile);
    }

    private double percentile(double[] values, boolean ofHits, double percentile) {
        double[] selected = new double[requests()];
        int n = 0;
        for (int i = 0; i < hits.length; i++) {
            if (hits[i] == ofHits) {
                selected[n++] = values[i];
            }
        }
        if (n == 0) {
            return Double.NaN;
        }
        double[] sorted = Arrays.copyOf(selected, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percentile / 100 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))];
    }

    /** Prints the report as the replay shows it. */
    public void print(PrintStream out) {
        out.printf("%n== %s%n", title);
        out.printf("   %s%n", description);
        out.printf("   key: %s; answers compared by %s%n", keyDescription, answerComparison);
        out.printf("   requests %d   hits %d   misses %d   hit rate %.1f%%   (ideal %.1f%%)%n", requests(), hits(),
                misses(), hitRate() * 100, idealHitRate() * 100);
        out.printf("   latency  hits p50 %s / p99 %s ms   misses p50 %s / p99 %s ms%n", ms(percentileMs(true, 50)),
                ms(percentileMs(true, 99)), ms(percentileMs(false, 50)), ms(percentileMs(false, 99)));
        out.printf("   service side: hits p50 %s / p99 %s ms   misses p50 %s / p99 %s ms%n",
                ms(servicePercentileMs(true, 50)), ms(servicePercentileMs(true, 99)), ms(servicePercentileMs(false, 50)),
                ms(servicePercentileMs(false, 99)));
        out.printf("   model calls saved %d   false hits %d   model time saved %.2f s   wall %.2f s%n",
                modelCallsSaved(), falseHits, server.estimatedTimeSavedMs() / 1000, wall.toNanos() / 1e9);
    }

    static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format("%.3f", value);
    }
}
