package io.cachedinference.caffeine.internal;

import java.util.concurrent.Executor;
import javax.cache.configuration.Factory;

/**
 * Makes Caffeine run its maintenance (eviction, expiry clean-up, event dispatch) on the calling
 * thread instead of {@code ForkJoinPool.commonPool()}: the entry bound then holds after each write,
 * and a container's managed threads are not borrowed. An enum, as a {@link Factory} must be
 * serializable.
 */
enum CallerRunsExecutorFactory implements Factory<Executor> {
    INSTANCE;

    @Override
    public Executor create() {
        return Runnable::run;
    }
}
