/** Not API: provider selection and the deployment's cache manager. */
@Vetoed
package io.cachedinference.interceptor.internal.provider;

import jakarta.enterprise.inject.Vetoed;
