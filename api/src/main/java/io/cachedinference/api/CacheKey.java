package io.cachedinference.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of a {@link CachedInference} method as part of the key.
 *
 * <p>When no parameter of a method carries it, every argument forms the key (as in JSR-107 and
 * Quarkus). When one or more do, only those arguments form the key, in declaration order: they
 * are the only arguments passed to the {@link KeyGenerator} and the only parameter types checked at
 * deployment for whether the generator can key them. The others (a request id, a deadline, a
 * logger, a callback) are passed to the method but can neither cause a miss nor fail deployment.
 * The positions are computed once, at deployment.
 *
 * <p>For a batch method ({@link CachedInference#batch()}), the items parameter always belongs to
 * the key, whether or not it carries this annotation: each item's key is the key of a single-item
 * call with that item in the items' place, built from the marked parameters plus the items.
 *
 * <p>{@link InferenceCaches#invalidate(String, Object...)} takes every argument of a call, as the
 * call passes them; only the key parameters' values matter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface CacheKey {
}
