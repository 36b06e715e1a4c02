/**
 * Not API: the Hazelcast provider adapters (member and client), found through
 * {@link java.util.ServiceLoader}.
 */
package io.cachedinference.hazelcast.internal;
