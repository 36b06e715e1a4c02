package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.cachedinference.api.InferenceKey;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The runs in flight of one cache: the first joiner leads, later ones get its run, only it can leave. */
final class SingleFlightTest {

    private final SingleFlight flight = new SingleFlight();
    private final InferenceKey key = new InferenceKey("c", new byte[] {1, 2, 3, 4, 5, 6, 7, 8});

    @Test
    void firstJoinerLeads_laterJoinersGetItsRun_untilItLeaves() {
        CompletableFuture<Object> first = new CompletableFuture<>();
        CompletableFuture<Object> second = new CompletableFuture<>();

        assertThat(flight.join(key, first)).isNull();
        assertThat(flight.join(key, second)).isSameAs(first);
        flight.leave(key, second);
        assertThat(flight.join(key, new CompletableFuture<>())).as("a non-leader cannot end the run").isSameAs(first);
        flight.leave(key, first);
        assertThat(flight.join(key, second)).isNull();
    }

    @Test
    void waitingGauge_countsArrivalsLessDepartures() {
        flight.waiterArrived();
        flight.waiterArrived();
        flight.waiterLeft();

        assertThat(flight.waiting()).isEqualTo(1);
    }
}
