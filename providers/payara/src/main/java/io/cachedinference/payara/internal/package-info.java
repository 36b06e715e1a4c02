/** Not API: the adapter of Payara's own JCache provider. */
package io.cachedinference.payara.internal;
