package fish.payara.cdi.jsr107;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import java.util.concurrent.atomic.AtomicInteger;
import javax.cache.annotation.CacheResult;

/**
 * A stand-in for Payara's own {@code @CacheResult} interceptor, under its name: Payara registers it with
 * {@code @Priority}, so without a veto it would intercept every call as ours does.
 */
@CacheResult
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE)
public class CacheResultInterceptor {

    /** Calls this interceptor saw. */
    public static final AtomicInteger CALLS = new AtomicInteger();

    @AroundInvoke
    public Object cache(InvocationContext context) throws Exception {
        CALLS.incrementAndGet();
        return context.proceed();
    }
}
