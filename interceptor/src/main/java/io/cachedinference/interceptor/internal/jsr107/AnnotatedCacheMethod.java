package io.cachedinference.interceptor.internal.jsr107;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import javax.cache.annotation.CacheDefaults;

/**
 * A business method found at deployment with the JSR-107 cache annotation that applies to it (its own or
 * its class's) and its class's {@link CacheDefaults}, or {@code null}.
 */
public record AnnotatedCacheMethod(Method method, Annotation annotation, CacheDefaults defaults) {
}
