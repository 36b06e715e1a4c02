/** Not API: the Infinispan provider adapter, found through {@link java.util.ServiceLoader}. */
package io.cachedinference.infinispan.internal;
