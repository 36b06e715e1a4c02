package io.cachedinference.tck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cachedinference.tck.beans.AsyncModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Methods returning a stage cache its completed value, never a failure, and share one run. */
public abstract class AsyncResultSuite {

    private KitContainer container;
    private AsyncModel model;

    /** The provider under test. */
    protected abstract ProviderFixture fixture();

    @BeforeEach
    void start() {
        container = KitContainer.start(fixture(), AsyncModel.class);
        model = container.select(AsyncModel.class);
    }

    @AfterEach
    void stop() {
        model.open();
        container.close();
    }

    @Test
    void completedValue_isCached_andEachCallerGetsItsOwnCopy() throws Exception {
        float[] first = model.embed(new float[] {4, 2}).get(5, TimeUnit.SECONDS);
        first[0] = 99;
        float[] second = model.embed(new float[] {4, 2}).get(5, TimeUnit.SECONDS);

        assertThat(second).containsExactly(2, 4);
        assertThat(model.runs()).isEqualTo(1);
    }

    @Test
    void failedStage_reachesTheCaller_andIsNotCached() {
        assertThatThrownBy(() -> model.failing("x").toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> model.failing("x").toCompletableFuture().get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class);

        assertThat(model.runs()).isEqualTo(2);
    }

    @Test
    void equalCallsWhileARunIsPending_shareThatRun() throws Exception {
        model.close();
        List<CompletableFuture<float[]>> pending = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            pending.add(model.embed(new float[] {7}));
        }
        assertThat(pending).noneMatch(CompletableFuture::isDone);

        model.open();

        for (CompletableFuture<float[]> p : pending) {
            assertThat(p.get(5, TimeUnit.SECONDS)).containsExactly(1, 7);
        }
        assertThat(model.runs()).isEqualTo(1);
        assertThat(container.caches().statistics("tck-async").orElseThrow().coalescedWaits()).isEqualTo(9);
    }
}
