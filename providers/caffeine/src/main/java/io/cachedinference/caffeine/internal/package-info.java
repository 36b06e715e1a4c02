/** Not API: the Caffeine provider adapter, found through {@link java.util.ServiceLoader}. */
package io.cachedinference.caffeine.internal;
