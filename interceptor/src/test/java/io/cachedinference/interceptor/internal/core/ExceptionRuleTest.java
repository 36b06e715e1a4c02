package io.cachedinference.interceptor.internal.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Which exceptions an include/exclude pair of annotation members selects. */
final class ExceptionRuleTest {

    @SuppressWarnings("unchecked")
    private static ExceptionRule rule(Class<?>[] include, Class<?>[] exclude, boolean whenBothEmpty) {
        return new ExceptionRule((Class<? extends Throwable>[]) include, (Class<? extends Throwable>[]) exclude,
                whenBothEmpty);
    }

    @Test
    void with_both_lists_empty_the_default_decides() {
        assertThat(rule(new Class<?>[0], new Class<?>[0], true).selects(new IOException())).isTrue();
        assertThat(rule(new Class<?>[0], new Class<?>[0], false).selects(new IOException())).isFalse();
    }

    @Test
    void an_include_list_selects_its_classes_and_their_subclasses_only() {
        ExceptionRule rule = rule(new Class<?>[] {RuntimeException.class}, new Class<?>[0], false);

        assertThat(rule.selects(new IllegalStateException())).isTrue();
        assertThat(rule.selects(new IOException())).isFalse();
    }

    @Test
    void an_exclude_list_alone_selects_everything_else() {
        ExceptionRule rule = rule(new Class<?>[0], new Class<?>[] {UncheckedIOException.class}, false);

        assertThat(rule.selects(new IllegalStateException())).isTrue();
        assertThat(rule.selects(new UncheckedIOException(new IOException()))).isFalse();
    }

    @Test
    void an_excluded_subclass_of_an_included_class_is_not_selected() {
        ExceptionRule rule = rule(new Class<?>[] {RuntimeException.class},
                new Class<?>[] {IllegalArgumentException.class}, true);

        assertThat(rule.selects(new IllegalStateException())).isTrue();
        assertThat(rule.selects(new NumberFormatException())).isFalse();
    }
}
