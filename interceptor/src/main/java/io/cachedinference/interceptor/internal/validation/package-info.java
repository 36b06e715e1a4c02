/** Not API: one deployment exception type per rule. */
@Vetoed
package io.cachedinference.interceptor.internal.validation;

import jakarta.enterprise.inject.Vetoed;
