/** Not API: the built-in content key. */
@Vetoed
package io.cachedinference.interceptor.internal.key;

import jakarta.enterprise.inject.Vetoed;
