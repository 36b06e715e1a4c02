package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fence between stores and invalidations: a store either precedes an invalidation whole, or is dropped. */
final class StoreFenceTest {

    private final StoreFence fence = new StoreFence();
    private final ExecutorService pool = Executors.newCachedThreadPool();

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void storeWithACurrentTicket_runs() {
        AtomicBoolean put = new AtomicBoolean();

        assertThat(fence.store(fence.open("ns@1"), () -> "ns@1", () -> put.set(true))).isTrue();
        assertThat(put).isTrue();
    }

    @Test
    void storeAfterAnInvalidation_orAfterTheNamespaceMoved_isDropped() {
        StoreFence.Ticket ticket = fence.open("ns@1");
        AtomicBoolean put = new AtomicBoolean();

        assertThat(fence.store(ticket, () -> "ns@2", () -> put.set(true))).isFalse();
        fence.invalidate(() -> { });
        assertThat(fence.store(ticket, () -> "ns@1", () -> put.set(true))).isFalse();
        assertThat(put).isFalse();
        assertThat(fence.store(fence.open("ns@1"), () -> "ns@1", () -> put.set(true))).isTrue();
    }

    @Test
    void invalidationThatArrivesDuringAStore_waitsForItToFinish_soItCanRemoveWhatItStored() throws Exception {
        CountDownLatch putting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        StoreFence.Ticket ticket = fence.open("ns@1");
        Future<Boolean> store = pool.submit(() -> fence.store(ticket, () -> "ns@1", () -> {
            putting.countDown();
            await(release);
        }));
        assertThat(putting.await(10, TimeUnit.SECONDS)).isTrue();
        CountDownLatch invalidated = new CountDownLatch(1);
        pool.submit(() -> fence.invalidate(invalidated::countDown));

        assertThat(invalidated.await(200, TimeUnit.MILLISECONDS)).as("held back by the store in progress").isFalse();
        release.countDown();

        assertThat(store.get(10, TimeUnit.SECONDS)).isTrue();
        assertThat(invalidated.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
