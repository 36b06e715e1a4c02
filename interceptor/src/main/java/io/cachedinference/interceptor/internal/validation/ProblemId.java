package io.cachedinference.interceptor.internal.validation;

/**
 * The stable id of every kind of deployment problem, the first word of its message, so operators can
 * grep for it and the README can explain it. Never renumber: add new ids at the end.
 */
public enum ProblemId {
    /** {@code @CachedInference} on a method returning {@code void}. */
    VOID_METHOD("CI-101"),
    /** {@code @CachedInference} on a private, static or final method. */
    UNINTERCEPTABLE_METHOD("CI-102"),
    /** A key parameter whose type the key generator cannot key. */
    UNKEYABLE_PARAMETER("CI-103"),
    /** A key generator that cannot be created or rejects its settings. */
    KEY_GENERATOR_CREATION("CI-104"),
    /** An {@code ArgumentKeyer} that could never be asked, or that shares its type with another. */
    INVALID_ARGUMENT_KEYER("CI-105"),
    /** An invalid configuration value or annotation member. */
    INVALID_SETTING("CI-106"),
    /** Methods sharing a cache with different settings. */
    CONFLICTING_CACHE_POLICY("CI-107"),
    /** A policy or bound the selected provider does not support. */
    UNSUPPORTED_POLICY("CI-108"),
    /** A result type that is not {@code Serializable}, on a provider that stores by value. */
    NON_SERIALIZABLE_RESULT("CI-109"),
    /** A batch method whose parameters or result are not a list of items. */
    INVALID_BATCH_METHOD("CI-110"),
    /** No usable provider: none present, the configured one unknown, or it cannot be located or opened. */
    NO_CACHE_PROVIDER("CI-111"),
    /** The provider failed to create one cache. */
    CACHE_CREATION_FAILED("CI-112"),
    /** An invalid value of a provider's own setting, {@code cached-inference.<alias>.*}. */
    INVALID_PROVIDER_SETTING("CI-113"),
    /** A cache the provider cannot be given its bound or eviction, and its own configuration does not define. */
    CACHE_NOT_DEFINED_BY_PROVIDER("CI-114"),
    /** A JSR-107 cache annotation used against the spec: two on one method, or a {@code @CachePut} without one {@code @CacheValue}. */
    INVALID_CACHE_ANNOTATION("CI-115"),
    /** A JSR-107 {@code CacheResolverFactory} that cannot be created, or gives no resolver for a method. */
    CACHE_RESOLVER_CREATION("CI-116");

    private final String code;

    ProblemId(String code) {
        this.code = code;
    }

    /** The id as it appears in messages, such as {@code CI-101}. */
    public String code() {
        return code;
    }
}
