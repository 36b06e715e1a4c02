package io.cachedinference.api;

/** Which entries leave a cache first. Every policy also honours the cache's entry bound and TTL. */
public enum EvictionPolicy {
    /** Least recently used entries leave first, as in the seed's {@code LRUCache}. */
    LRU,
    /** Least frequently used entries leave first, so a one-off scan does not flush a hot set. */
    LFU,
    /** Entries leave when their time to live has passed; the entry bound is a safety limit. */
    TTL
}
