package io.cachedinference.interceptor.annotations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheResult;
import org.junit.jupiter.api.Test;

/** Equal concurrent misses of a {@code @CacheResult} method run it once; the others wait and share its result. */
final class AnnotationSingleFlightTest {

    @Test
    void equal_concurrent_misses_run_the_method_once() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (AnnotationContainer container = AnnotationContainer.start(Slow.class)) {
            Slow slow = container.bean(Slow.class);
            List<Future<String>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(pool.submit(() -> slow.load("a")));
            }
            // the first call runs and holds; the three others wait for it
            await().atMost(Duration.ofSeconds(10)).until(() -> slow.started.getCount() == 0
                    && container.statistics("slow").waitingCalls() == 3);
            slow.release.countDown();
            for (Future<String> call : calls) {
                assertThat(call.get(10, TimeUnit.SECONDS)).isEqualTo("a#1");
            }
            assertThat(slow.runs.get()).isEqualTo(1);
            assertThat(container.statistics("slow").coalescedWaits()).isEqualTo(3);
        } finally {
            pool.shutdownNow();
        }
    }

    @Singleton
    public static class Slow {
        final AtomicInteger runs = new AtomicInteger();
        final CountDownLatch started = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @CacheResult(cacheName = "slow")
        public String load(String id) throws InterruptedException {
            started.countDown();
            release.await(10, TimeUnit.SECONDS);
            return id + "#" + runs.incrementAndGet();
        }
    }
}
