/** Not API: configuration sources and per-cache settings. */
@Vetoed
package io.cachedinference.interceptor.internal.config;

import jakarta.enterprise.inject.Vetoed;
