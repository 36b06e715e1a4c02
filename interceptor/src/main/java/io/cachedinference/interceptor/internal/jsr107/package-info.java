/**
 * Not API: the JSR-107 annotation types this library implements, {@code javax.cache.annotation}'s
 * invocation contexts, its default key and key generator, and its default cache resolver factory
 * over the deployment's cache manager.
 */
@Vetoed
package io.cachedinference.interceptor.internal.jsr107;

import jakarta.enterprise.inject.Vetoed;
