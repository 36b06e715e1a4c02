/** Not API: the per-call core and the deployment's plans. */
@Vetoed
package io.cachedinference.interceptor.internal.core;

import jakarta.enterprise.inject.Vetoed;
