package io.cachedinference.examples.replay;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes the replay's results as one self-contained HTML file: a summary table, then per scenario
 * its figures, the hit rate over time and two latency histograms (end to end, and the service's own
 * time per call), drawn as inline SVG (no scripts, no network). Every figure carries a {@code data-metric} attribute and every chart mark its counts,
 * so a test can check the page against the counters.
 */
public final class HtmlReport {

    static final String HIT_COLOUR = "#2e7d32";
    static final String MISS_COLOUR = "#ef6c00";
    static final String CUMULATIVE_COLOUR = "#1565c0";
    private static final int FIGURES_PER_ROW = 3;

    private HtmlReport() {
    }

    /** Writes the report, creating missing parent folders. */
    public static void write(Path file, String source, List<ScenarioResult> results) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(source, results), StandardCharsets.UTF_8);
    }

    static String render(String source, List<ScenarioResult> results) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>cached-inference replay report</title>\n<style>\n").append(STYLE).append("</style>\n")
                .append("</head>\n<body>\n<h1>cached-inference replay report</h1>\n")
                .append("<p class=\"meta\">Service ").append(escape(source)).append(" &middot; ")
                .append(results.size()).append(" scenario(s), replayed one request at a time over HTTP.</p>\n");
        summary(html, results);
        html.append("<p class=\"note\">A <b>hit</b> is a request the model did not run for. A <b>false hit</b> is a"
                + " hit whose answer differs from the model's own answer to that request. <b>Ideal</b> is the hit rate"
                + " a perfect key would reach: requests whose tensor, subject or normalized query was seen before."
                + " End-to-end latencies are what the client measured (encoding, HTTP on loopback, the service), where"
                + " moving a 602 KB tensor costs about the same for a hit as for a miss; service-side latencies are the"
                + " service's own time for each call (<code>elapsedMs</code> in its answer, from the decoded input to"
                + " the output), where a hit and a miss differ.</p>\n");
        for (ScenarioResult r : results) {
            scenario(html, r);
        }
        html.append("</body>\n</html>\n");
        return html.toString();
    }

    private static void summary(StringBuilder html, List<ScenarioResult> results) {
        html.append("<table class=\"summary\">\n<tr><th>scenario</th><th>requests</th><th>hits</th><th>hit rate</th>"
                + "<th>ideal</th><th>hit p50 / p99 (ms)</th><th>miss p50 / p99 (ms)</th>"
                + "<th>service-side hit p50 / p99 (ms)</th><th>service-side miss p50 / p99 (ms)</th><th>model calls saved</th>"
                + "<th>false hits</th></tr>\n");
        for (ScenarioResult r : results) {
            html.append("<tr><td><a href=\"#scenario-").append(r.id()).append("\">").append(escape(r.id()))
                    .append("</a></td><td>").append(r.requests()).append("</td><td>").append(r.hits())
                    .append("</td><td>").append(percent(r.hitRate())).append("</td><td>")
                    .append(percent(r.idealHitRate())).append("</td><td>")
                    .append(ScenarioResult.ms(r.percentileMs(true, 50))).append(" / ")
                    .append(ScenarioResult.ms(r.percentileMs(true, 99))).append("</td><td>")
                    .append(ScenarioResult.ms(r.percentileMs(false, 50))).append(" / ")
                    .append(ScenarioResult.ms(r.percentileMs(false, 99))).append("</td><td>")
                    .append(ScenarioResult.ms(r.servicePercentileMs(true, 50))).append(" / ")
                    .append(ScenarioResult.ms(r.servicePercentileMs(true, 99))).append("</td><td>")
                    .append(ScenarioResult.ms(r.servicePercentileMs(false, 50))).append(" / ")
                    .append(ScenarioResult.ms(r.servicePercentileMs(false, 99))).append("</td><td>")
                    .append(r.modelCallsSaved()).append("</td><td>").append(r.falseHits()).append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    private static void scenario(StringBuilder html, ScenarioResult r) {
        html.append("<section class=\"scenario\" id=\"scenario-").append(r.id()).append("\">\n<h2>")
                .append(escape(r.title())).append("</h2>\n<p>").append(escape(r.description())).append("</p>\n")
                .append("<p class=\"meta\">Key: ").append(escape(r.keyDescription()))
                .append(". Answers compared by ").append(escape(r.answerComparison()))
                .append(".</p>\n");
        List<String[]> figures = new java.util.ArrayList<>();
        figure(figures, "requests", "requests", Integer.toString(r.requests()));
        figure(figures, "hits", "hits", Integer.toString(r.hits()));
        figure(figures, "misses", "misses", Integer.toString(r.misses()));
        figure(figures, "hit-rate", "hit rate", percent(r.hitRate()));
        figure(figures, "ideal-hit-rate", "ideal hit rate", percent(r.idealHitRate()));
        figure(figures, "hit-p50-ms", "hit latency p50 (ms)", ScenarioResult.ms(r.percentileMs(true, 50)));
        figure(figures, "hit-p99-ms", "hit latency p99 (ms)", ScenarioResult.ms(r.percentileMs(true, 99)));
        figure(figures, "miss-p50-ms", "miss latency p50 (ms)", ScenarioResult.ms(r.percentileMs(false, 50)));
        figure(figures, "miss-p99-ms", "miss latency p99 (ms)", ScenarioResult.ms(r.percentileMs(false, 99)));
        figure(figures, "model-calls-saved", "model calls saved", Long.toString(r.modelCallsSaved()));
        figure(figures, "false-hits", "false hits", Integer.toString(r.falseHits()));
        figure(figures, "server-misses", "model runs (service counter)", Long.toString(r.server().misses()));
        figure(figures, "service-hit-ms", "service-side hit p50 / p99 (ms)",
                ScenarioResult.ms(r.servicePercentileMs(true, 50)) + " / " + ScenarioResult.ms(r.servicePercentileMs(true, 99)));
        figure(figures, "service-miss-ms", "service-side miss p50 / p99 (ms)",
                ScenarioResult.ms(r.servicePercentileMs(false, 50)) + " / "
                        + ScenarioResult.ms(r.servicePercentileMs(false, 99)));
        figure(figures, "time-saved-s", "model time saved (service estimate, s)",
                String.format(Locale.ROOT, "%.2f", r.server().estimatedTimeSavedMs() / 1000));
        figure(figures, "wall-s", "replay wall time (s)", String.format(Locale.ROOT, "%.2f", r.wall().toNanos() / 1e9));
        html.append("<table class=\"figures\">\n");
        for (int i = 0; i < figures.size(); i += FIGURES_PER_ROW) {
            html.append("<tr>");
            for (String[] f : figures.subList(i, Math.min(figures.size(), i + FIGURES_PER_ROW))) {
                html.append("<th>").append(escape(f[1])).append("</th><td data-metric=\"").append(f[0]).append("\">")
                        .append(escape(f[2])).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n<div class=\"charts\">\n<figure>\n<figcaption>Hit rate over ")
                .append(escape(r.timeAxis())).append("</figcaption>\n");
        html.append(Charts.hitRate(r));
        html.append("</figure>\n</div>\n<div class=\"charts\">\n<figure>\n<figcaption>Service-side latency, hits and"
                + " misses (log scale)</figcaption>\n");
        html.append(Charts.serviceLatencyHistogram(r));
        html.append("</figure>\n<figure>\n<figcaption>End-to-end latency, hits and misses (log scale)</figcaption>\n");
        html.append(Charts.latencyHistogram(r));
        html.append("</figure>\n</div>\n</section>\n");
    }

    private static void figure(List<String[]> figures, String metric, String label, String value) {
        figures.add(new String[] {metric, label, value});
    }

    static String percent(double ratio) {
        return String.format(Locale.ROOT, "%.1f%%", ratio * 100);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, -apple-system, 'Segoe UI', 'Noto Sans', 'Noto Sans CJK SC', sans-serif;",
            "       margin: 2rem auto; max-width: 1100px; color: #222; padding: 0 1rem; }",
            "h1 { font-size: 1.6rem; } h2 { font-size: 1.25rem; margin-top: 2.5rem; border-bottom: 1px solid #ddd; }",
            ".meta, .note { color: #555; font-size: 0.92rem; }",
            "table { border-collapse: collapse; margin: 0.8rem 0; font-size: 0.92rem; }",
            "th, td { border: 1px solid #ddd; padding: 0.3rem 0.6rem; text-align: right; }",
            "th { background: #f5f5f5; font-weight: 600; } table.figures th { text-align: left; }",
            "table.summary td:first-child { text-align: left; }",
            ".charts { display: flex; flex-wrap: wrap; gap: 1.5rem; margin-bottom: 1rem; }",
            "figure { margin: 0; } figcaption { font-weight: 600; margin-bottom: 0.3rem; }",
            "svg text { font-size: 11px; fill: #444; }",
            "");
}
