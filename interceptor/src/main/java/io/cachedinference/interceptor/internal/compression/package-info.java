/** Not API: optional compression of stored results. */
@Vetoed
package io.cachedinference.interceptor.internal.compression;

import jakarta.enterprise.inject.Vetoed;
