package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CachedInference;
import java.lang.reflect.Method;

/** A business method found at deployment with the {@code @CachedInference} that applies to it. */
record CachedMethod(Method method, CachedInference annotation) {
}
