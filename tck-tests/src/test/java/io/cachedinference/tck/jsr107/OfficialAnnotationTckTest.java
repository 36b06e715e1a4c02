package io.cachedinference.tck.jsr107;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.weld.environment.se.WeldContainer;
import org.jsr107.tck.annotation.InterceptionCacheNameOnEachMethodTest;
import org.jsr107.tck.annotation.InterceptionUsingCacheConfigTest;
import org.jsr107.tck.annotation.InterceptionUsingDefaultCacheNameTest;
import org.junit.jupiter.api.Test;

/**
 * The official JSR-107 TCK's annotation tests ({@code javax.cache:cache-tests:1.1.1}, 3 classes of 4 tests)
 * against our interceptors on Weld, through our {@link WeldBeanProvider}, with a guard that fails the build
 * when the TCK would pass without testing: no provider found, a test excluded or skipped, or fewer than 12 run.
 */
final class OfficialAnnotationTckTest {

    static final int TCK_ANNOTATION_TESTS = 12;

    private static final Class<?>[] TCK = {InterceptionUsingDefaultCacheNameTest.class,
        InterceptionUsingCacheConfigTest.class, InterceptionCacheNameOnEachMethodTest.class};

    @Test
    void all_twelve_tck_annotation_tests_execute_and_pass() {
        TckRun.Outcome outcome = runIn(TckContainer.start(true));

        assertThat(outcome.problems(TCK_ANNOTATION_TESTS)).isEmpty();
        assertThat(outcome.passed()).hasSize(TCK_ANNOTATION_TESTS);
    }

    // the guard's own test: without our extension nothing intercepts, and the TCK must fail, not pass
    @Test
    void guard_rejects_the_run_without_our_extension() {
        TckRun.Outcome outcome = runIn(TckContainer.start(false));

        assertThat(outcome.failed()).hasSize(6);
        assertThat(outcome.problems(TCK_ANNOTATION_TESTS)).anySatisfy(p -> assertThat(p).startsWith("failed: "));
    }

    @Test
    void guard_rejects_tests_the_tck_excludes_as_it_does_without_a_bean_provider() {
        TckRun.Outcome outcome = TckRun.run(ExcludingTckFixture.class);

        assertThat(outcome.passed()).hasSize(1);
        assertThat(outcome.problems(1)).anySatisfy(p -> assertThat(p).contains("excluded by the TCK"))
                .anySatisfy(p -> assertThat(p).isEqualTo("0 test(s) executed, expected 1"));
    }

    @Test
    void the_tck_loads_our_bean_provider() {
        TckRun.Outcome outcome = TckRun.run();

        assertThat(outcome.providerFound()).isTrue();
    }

    private static TckRun.Outcome runIn(WeldContainer container) {
        WeldBeanProvider.install(container);
        try {
            return TckRun.run(TCK);
        } finally {
            WeldBeanProvider.uninstall();
            container.shutdown();
        }
    }
}
