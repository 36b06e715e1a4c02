package io.cachedinference.examples.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class ChartsTest {

    @Test
    void latencyBins_areFivePerDecade_andClampAtBothEnds() {
        assertThat(Charts.bin(0.01)).isZero();
        assertThat(Charts.bin(0.001)).isZero();
        assertThat(Charts.bin(0)).isZero();
        assertThat(Charts.bin(1.0)).isEqualTo(2 * Charts.BINS_PER_DECADE);
        assertThat(Charts.bin(1.5)).isEqualTo(2 * Charts.BINS_PER_DECADE);
        assertThat(Charts.bin(1.6)).isEqualTo(2 * Charts.BINS_PER_DECADE + 1);
        assertThat(Charts.bin(1e9)).isEqualTo(Charts.BINS - 1);
    }

    @Test
    void reportText_isEscaped() {
        assertThat(HtmlReport.escape("<b>\"手机壳\" & co</b>")).isEqualTo("&lt;b&gt;&quot;手机壳&quot; &amp; co&lt;/b&gt;");
    }
}
