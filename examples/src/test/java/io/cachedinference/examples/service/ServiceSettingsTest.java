package io.cachedinference.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ServiceSettingsTest {

    @Test
    void defaults_takeFourAndTwentyFourBytesPerInputFloat_roundedUpTo64KiB_andThirtySeconds() {
        ServiceSettings defaults = ServiceSettings.defaults();

        assertThat(defaults.maxBodyBytes(150_528)).isEqualTo(655_360);
        assertThat(defaults.maxJsonBodyBytes(150_528)).isEqualTo(3_670_016);
        assertThat(defaults.maxBodyBytes(4)).isEqualTo(65_536);
        assertThat(defaults.maxBodyBytes(0)).isEqualTo(65_536);
        assertThat(defaults.bodyTimeout()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void givenValues_overrideTheDefaults() {
        ServiceSettings settings = ServiceSettings.of(Map.of(ServiceSettings.MAX_BODY_BYTES, "1000",
                ServiceSettings.MAX_JSON_BODY_BYTES, " 2000 ", ServiceSettings.BODY_TIMEOUT, "PT0.5S"));

        assertThat(settings.maxBodyBytes(150_528)).isEqualTo(1000);
        assertThat(settings.maxJsonBodyBytes(150_528)).isEqualTo(2000);
        assertThat(settings.bodyTimeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void invalidValues_failNamingTheSettingTheValueAndAnExample() {
        assertThatThrownBy(() -> ServiceSettings.of(Map.of(ServiceSettings.MAX_BODY_BYTES, "-5")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(ServiceSettings.MAX_BODY_BYTES + " must be a positive number of bytes, such as 655360, got '-5'");
        assertThatThrownBy(() -> ServiceSettings.of(Map.of(ServiceSettings.MAX_JSON_BODY_BYTES, "4MB")))
                .hasMessageContaining(ServiceSettings.MAX_JSON_BODY_BYTES).hasMessageContaining("'4MB'");
        assertThatThrownBy(() -> ServiceSettings.of(Map.of(ServiceSettings.BODY_TIMEOUT, "30s")))
                .hasMessage(ServiceSettings.BODY_TIMEOUT + " must be a positive ISO-8601 duration, such as PT30S, got '30s'");
        assertThatThrownBy(() -> ServiceSettings.of(Map.of(ServiceSettings.BODY_TIMEOUT, "PT0S")))
                .hasMessageContaining("got 'PT0S'");
    }

    @Test
    void unknownNames_areRejected_listingTheSettings() {
        assertThatThrownBy(() -> ServiceSettings.of(Map.of("examples.service.body.max-byte", "1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown service setting 'examples.service.body.max-byte'")
                .hasMessageContaining(ServiceSettings.MAX_BODY_BYTES);
    }
}
