package io.cachedinference.benchmarks.hitpath;

/** Names shared by the variants, so every keyed variant derives the same key. */
public final class HitPathNames {

    /** The cache of the {@code @CachedInference} variant. */
    public static final String CACHE = "hit-path";
    /** Its model and version. */
    public static final String MODEL = "bench";
    public static final String VERSION = "1";
    /** The namespace cached-inference gives that method's keys ({@code cache|model@version}). */
    public static final String NAMESPACE = CACHE + '|' + MODEL + '@' + VERSION;

    private HitPathNames() {
    }
}
