package io.cachedinference.examples.replay;

import java.util.Locale;

/**
 * The report's charts as inline SVG: hit rate over time, and latency histograms (end to end, and
 * the service's own time per call).
 */
final class Charts {

    private static final int WIDTH = 520;
    private static final int HEIGHT = 250;
    private static final int LEFT = 52;
    private static final int RIGHT = 26;
    private static final int TOP = 30;
    private static final int BOTTOM = 42;
    private static final int PLOT_W = WIDTH - LEFT - RIGHT;
    private static final int PLOT_H = HEIGHT - TOP - BOTTOM;
    static final String IDEAL_COLOUR = "#212121";

    /** Latency bins: five per decade, from 1 µs to 10 s (service-side hits take tens of µs). */
    static final int BINS_PER_DECADE = 5;
    static final int FIRST_DECADE = -3;
    static final int DECADES = 7;

    /** A window of the hit-rate chart holds at least this many requests, unless that leaves fewer than five windows. */
    static final int MIN_WINDOW = 20;
    static final int MAX_WINDOWS = 40;
    static final int MIN_WINDOWS = 5;
    static final int BINS = BINS_PER_DECADE * DECADES;

    private Charts() {
    }

    /**
     * The requests per window of the hit-rate chart: at most {@value #MAX_WINDOWS} windows, each of
     * at least {@value #MIN_WINDOW} requests (a 30% hit rate then moves by about ten points from one
     * window to the next by chance alone), but at least {@value #MIN_WINDOWS} windows.
     */
    static int window(int requests) {
        int forMaxWindows = (int) Math.ceil(requests / (double) MAX_WINDOWS);
        int forMinWindows = (int) Math.ceil(requests / (double) MIN_WINDOWS);
        return Math.max(1, Math.max(forMaxWindows, Math.min(MIN_WINDOW, forMinWindows)));
    }

    /**
     * Hit rate per window of requests, and cumulative, against the scenario's time axis; the ideal
     * key's cumulative rate is drawn last, dashed, so that it shows where it equals the measured one.
     */
    static String hitRate(ScenarioResult r) {
        int n = r.requests();
        StringBuilder svg = open("hit-rate");
        double maxTime = n == 0 ? 1 : Math.max(r.time(n - 1), 1e-9);
        for (int pct = 0; pct <= 100; pct += 25) {
            double y = y(pct / 100.0);
            line(svg, LEFT, y, LEFT + PLOT_W, y, "#e0e0e0");
            text(svg, LEFT - 6, y + 4, "end", pct + "%");
        }
        double step = niceStep(maxTime / 5);
        for (double t = 0; t <= maxTime + 1e-9; t += step) {
            double x = LEFT + t / maxTime * PLOT_W;
            line(svg, x, TOP + PLOT_H, x, TOP + PLOT_H + 4, "#888");
            text(svg, x, TOP + PLOT_H + 16, "middle", number(t));
        }
        axes(svg);
        text(svg, LEFT + PLOT_W / 2.0, HEIGHT - 6, "middle", r.timeAxis());
        int window = window(n);
        StringBuilder windowLine = new StringBuilder();
        StringBuilder marks = new StringBuilder();
        StringBuilder cumulativeLine = new StringBuilder();
        StringBuilder idealLine = new StringBuilder();
        int cumulativeHits = 0;
        int cumulativeIdeal = 0;
        for (int start = 0; start < n; start += window) {
            int end = Math.min(n, start + window);
            int hits = 0;
            for (int i = start; i < end; i++) {
                hits += r.hit(i) ? 1 : 0;
                cumulativeIdeal += r.seenBefore(i) ? 1 : 0;
            }
            cumulativeHits += hits;
            double x = LEFT + r.time(end - 1) / maxTime * PLOT_W;
            double y = y((double) hits / (end - start));
            windowLine.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            cumulativeLine.append(fmt(x)).append(',').append(fmt(y((double) cumulativeHits / end))).append(' ');
            idealLine.append(fmt(x)).append(',').append(fmt(y((double) cumulativeIdeal / end))).append(' ');
            marks.append("<circle class=\"window\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y))
                    .append("\" r=\"2.5\" fill=\"").append(HtmlReport.HIT_COLOUR).append("\" data-window-hits=\"")
                    .append(hits).append("\" data-window-requests=\"").append(end - start).append("\"/>\n");
        }
        polyline(svg, "window", HtmlReport.HIT_COLOUR, 1.2, null, windowLine);
        svg.append(marks);
        polyline(svg, "cumulative", HtmlReport.CUMULATIVE_COLOUR, 2.5, null, cumulativeLine);
        polyline(svg, "ideal", IDEAL_COLOUR, 1.8, "6 4", idealLine);
        double x = legendLine(svg, 8, HtmlReport.HIT_COLOUR, null,
                "window of " + window + " request" + (window == 1 ? "" : "s"));
        x = legendLine(svg, x, HtmlReport.CUMULATIVE_COLOUR, null, "cumulative");
        legendLine(svg, x, IDEAL_COLOUR, "6 4", "ideal key, cumulative");
        return svg.append("</svg>\n").toString();
    }

    /** End-to-end latencies in log-spaced bins, hits and misses stacked. */
    static String latencyHistogram(ScenarioResult r) {
        double[] ms = new double[r.requests()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = r.latencyNanos(i) / 1e6;
        }
        return histogram(r, ms, "latency-histogram", "latency (ms), end to end");
    }

    /** The service's own time per call in the same bins: where a hit and a miss differ. */
    static String serviceLatencyHistogram(ScenarioResult r) {
        double[] ms = new double[r.requests()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = r.serviceMs(i);
        }
        return histogram(r, ms, "service-latency-histogram", "latency (ms), service side");
    }

    private static String histogram(ScenarioResult r, double[] ms, String kind, String axis) {
        int[] hits = new int[BINS];
        int[] misses = new int[BINS];
        for (int i = 0; i < r.requests(); i++) {
            int bin = bin(ms[i]);
            if (r.hit(i)) {
                hits[bin]++;
            } else {
                misses[bin]++;
            }
        }
        int highest = 1;
        for (int b = 0; b < BINS; b++) {
            highest = Math.max(highest, hits[b] + misses[b]);
        }
        int tick = (int) Math.max(1, niceStep(highest / 4.0));
        int max = tick * (int) Math.ceil((double) highest / tick);
        StringBuilder svg = open(kind);
        for (int value = 0; value <= max; value += tick) {
            double y = TOP + PLOT_H - (double) value / max * PLOT_H;
            line(svg, LEFT, y, LEFT + PLOT_W, y, "#e0e0e0");
            text(svg, LEFT - 6, y + 4, "end", Integer.toString(value));
        }
        for (int d = 0; d <= DECADES; d++) {
            double x = LEFT + (double) d / DECADES * PLOT_W;
            line(svg, x, TOP + PLOT_H, x, TOP + PLOT_H + 4, "#888");
            double at = Math.pow(10, FIRST_DECADE + d);
            text(svg, x, TOP + PLOT_H + 16, "middle", at >= 1000 ? number(at / 1000) + " s" : number(at));
        }
        double barWidth = (double) PLOT_W / BINS;
        for (int b = 0; b < BINS; b++) {
            double x = LEFT + b * barWidth + 0.5;
            double hitHeight = (double) hits[b] / max * PLOT_H;
            double missHeight = (double) misses[b] / max * PLOT_H;
            String lower = number(Math.pow(10, FIRST_DECADE + (double) b / BINS_PER_DECADE));
            if (hits[b] > 0) {
                bar(svg, x, TOP + PLOT_H - hitHeight, barWidth - 1, hitHeight, HtmlReport.HIT_COLOUR, "hit", hits[b], lower);
            }
            if (misses[b] > 0) {
                bar(svg, x, TOP + PLOT_H - hitHeight - missHeight, barWidth - 1, missHeight, HtmlReport.MISS_COLOUR,
                        "miss", misses[b], lower);
            }
        }
        axes(svg);
        text(svg, LEFT + PLOT_W / 2.0, HEIGHT - 6, "middle", axis);
        text(svg, 12, TOP + PLOT_H / 2.0, "middle", "requests", "rotate(-90 12 " + fmt(TOP + PLOT_H / 2.0) + ")");
        legend(svg, legend(svg, LEFT + 8, HtmlReport.HIT_COLOUR, "hits"), HtmlReport.MISS_COLOUR, "misses");
        return svg.append("</svg>\n").toString();
    }

    static int bin(double ms) {
        if (!(ms > 0)) {
            return 0;
        }
        int bin = (int) Math.floor((Math.log10(ms) - FIRST_DECADE) * BINS_PER_DECADE);
        return Math.max(0, Math.min(BINS - 1, bin));
    }

    private static StringBuilder open(String kind) {
        return new StringBuilder(8 * 1024).append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ")
                .append(kind).append("\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\">\n<rect x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" fill=\"#fff\"/>\n");
    }

    private static void axes(StringBuilder svg) {
        line(svg, LEFT, TOP, LEFT, TOP + PLOT_H, "#444");
        line(svg, LEFT, TOP + PLOT_H, LEFT + PLOT_W, TOP + PLOT_H, "#444");
    }

    /** Draws one legend entry at {@code x}; returns where the next one starts. */
    private static double legend(StringBuilder svg, double x, String colour, String label) {
        svg.append("<rect x=\"").append(fmt(x)).append("\" y=\"8\" width=\"12\" height=\"12\" fill=\"").append(colour)
                .append("\"/>\n");
        text(svg, x + 17, 18, "start", label);
        return x + 17 + label.length() * 6.2 + 18;
    }

    private static void polyline(StringBuilder svg, String kind, String colour, double width, String dash,
            CharSequence points) {
        svg.append("<polyline class=\"").append(kind).append("\" fill=\"none\" stroke=\"").append(colour)
                .append("\" stroke-width=\"").append(width).append('"');
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append(" points=\"").append(points).append("\"/>\n");
    }

    /** Draws one legend entry with a line sample at {@code x}; returns where the next one starts. */
    private static double legendLine(StringBuilder svg, double x, String colour, String dash, String label) {
        svg.append("<line x1=\"").append(fmt(x)).append("\" y1=\"14\" x2=\"").append(fmt(x + 22))
                .append("\" y2=\"14\" stroke=\"").append(colour).append("\" stroke-width=\"2.5\"");
        if (dash != null) {
            svg.append(" stroke-dasharray=\"").append(dash).append('"');
        }
        svg.append("/>\n");
        text(svg, x + 27, 18, "start", label);
        return x + 27 + label.length() * 6.2 + 18;
    }

    private static void bar(StringBuilder svg, double x, double y, double w, double h, String colour, String kind,
            int count, String lowerMs) {
        svg.append("<rect class=\"bar\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" width=\"")
                .append(fmt(w)).append("\" height=\"").append(fmt(h)).append("\" fill=\"").append(colour)
                .append("\" data-kind=\"").append(kind).append("\" data-count=\"").append(count).append("\"><title>")
                .append(count).append(' ').append(kind).append(count == 1 ? "" : "s").append(" from ").append(lowerMs)
                .append(" ms</title></rect>\n");
    }

    private static void line(StringBuilder svg, double x1, double y1, double x2, double y2, String colour) {
        svg.append("<line x1=\"").append(fmt(x1)).append("\" y1=\"").append(fmt(y1)).append("\" x2=\"").append(fmt(x2))
                .append("\" y2=\"").append(fmt(y2)).append("\" stroke=\"").append(colour).append("\"/>\n");
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text) {
        text(svg, x, y, anchor, text, null);
    }

    private static void text(StringBuilder svg, double x, double y, String anchor, String text, String transform) {
        svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y)).append("\" text-anchor=\"")
                .append(anchor).append('"');
        if (transform != null) {
            svg.append(" transform=\"").append(transform).append('"');
        }
        svg.append('>').append(HtmlReport.escape(text)).append("</text>\n");
    }

    private static double y(double ratio) {
        return TOP + PLOT_H - ratio * PLOT_H;
    }

    private static double niceStep(double raw) {
        if (!(raw > 0)) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double fraction = raw / magnitude;
        double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
        return nice * magnitude;
    }

    private static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e9) {
            return Long.toString((long) value);
        }
        return new java.math.BigDecimal(value).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
