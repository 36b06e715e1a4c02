package io.cachedinference.examples.ascend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.concurrent.FutureTask;
import org.junit.jupiter.api.Test;

final class PlatformThreadRunnerTest {

    @Test
    void call_fromAPlatformThread_runsRightThere() {
        try (PlatformThreadRunner runner = new PlatformThreadRunner("acl-test")) {
            Thread caller = Thread.currentThread();

            assertThat(runner.call(Thread::currentThread)).isSameAs(caller);
        }
    }

    @Test
    void call_fromAVirtualThread_runsOnTheDedicatedPlatformThread_andRethrowsItsFailure() throws Exception {
        Method ofVirtual = AscendAclModelConcurrencyTest.virtualThreadFactory();
        try (PlatformThreadRunner runner = new PlatformThreadRunner("acl-test")) {
            FutureTask<Thread> ranOn = new FutureTask<>(() -> runner.call(Thread::currentThread));
            FutureTask<Object> failed = new FutureTask<>(() -> runner.call(() -> {
                throw new IllegalArgumentException("boom");
            }));
            AscendAclModelConcurrencyTest.startVirtual(ofVirtual, ranOn).join();
            AscendAclModelConcurrencyTest.startVirtual(ofVirtual, failed).join();

            assertThat(PlatformThreadRunner.isVirtual(ranOn.get())).isFalse();
            assertThat(ranOn.get().getName()).isEqualTo("acl-test");
            assertThatThrownBy(failed::get).hasCauseInstanceOf(IllegalArgumentException.class).hasMessageContaining("boom");
        }
    }

    @Test
    void isVirtual_isFalseForPlatformThreads() {
        assertThat(PlatformThreadRunner.isVirtual(Thread.currentThread())).isFalse();
    }
}
