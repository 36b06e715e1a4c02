package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ChartsTest {

    @Test
    void latencyBins_areFivePerDecade_fromOneMicrosecond_andClampAtBothEnds() {
        assertThat(Charts.bin(0.001)).isZero();
        assertThat(Charts.bin(0.0001)).isZero();
        assertThat(Charts.bin(0)).isZero();
        // a service-side hit of 12 µs has a bin of its own, above the first
        assertThat(Charts.bin(0.012)).isEqualTo(Charts.BINS_PER_DECADE);
        assertThat(Charts.bin(1.0)).isEqualTo(3 * Charts.BINS_PER_DECADE);
        assertThat(Charts.bin(1.5)).isEqualTo(3 * Charts.BINS_PER_DECADE);
        assertThat(Charts.bin(1.6)).isEqualTo(3 * Charts.BINS_PER_DECADE + 1);
        assertThat(Charts.bin(1e9)).isEqualTo(Charts.BINS - 1);
    }

    /** Regression: at quick scale the seed's 100 requests had windows of 3, and the chart zigzagged 0-100%. */
    @Test
    void hitRateWindows_holdAtLeastTwentyRequests_atMostForty_butFiveWindowsAtLeast() {
        assertThat(Charts.window(100)).isEqualTo(20);
        assertThat(Charts.window(1_000)).isEqualTo(25);
        assertThat(Charts.window(10_000)).isEqualTo(250);
        assertThat(Charts.window(1_500)).isEqualTo(38);
        assertThat(Charts.window(50)).isEqualTo(10);
        assertThat(Charts.window(25)).isEqualTo(5);
        assertThat(Charts.window(3)).isEqualTo(1);
        assertThat(Charts.window(0)).isEqualTo(1);
    }

    @Test
    void reportText_isEscaped() {
        assertThat(HtmlReport.escape("<b>\"手机壳\" & co</b>")).isEqualTo("&lt;b&gt;&quot;手机壳&quot; &amp; co&lt;/b&gt;");
    }
}
