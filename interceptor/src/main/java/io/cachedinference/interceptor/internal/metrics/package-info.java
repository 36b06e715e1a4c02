/** Not API: metrics publication; loaded only when Micrometer is on the class path. */
@Vetoed
package io.cachedinference.interceptor.internal.metrics;

import jakarta.enterprise.inject.Vetoed;
