package io.cachedinference.benchmarks.hitpath;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InterceptorBinding;
import jakarta.interceptor.InvocationContext;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Variant (c): proxy plus an interceptor that only calls {@code proceed()}: the price of interception itself. */
public final class PassThrough {

    private PassThrough() {
    }

    /** Binds {@link Around}. */
    @InterceptorBinding
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.TYPE})
    public @interface Binding {
    }

    /** Proceeds, nothing else; enabled by its priority, the same as cached-inference's. */
    @Binding
    @Interceptor
    @Priority(Interceptor.Priority.LIBRARY_BEFORE + 100)
    public static class Around {
        @AroundInvoke
        public Object proceed(InvocationContext context) throws Exception {
            return context.proceed();
        }
    }

    /** The intercepted model. */
    @ApplicationScoped
    public static class Model implements HitPathModel {

        private int runs;

        @Override
        @Binding
        public float[] infer(float[] input) {
            runs++;
            return SCORES;
        }

        @Override
        public int runs() {
            return runs;
        }
    }
}
