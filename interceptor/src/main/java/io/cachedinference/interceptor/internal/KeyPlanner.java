package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CacheKey;
import io.cachedinference.api.CachedInference;
import io.cachedinference.api.KeyDigest;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import io.cachedinference.interceptor.internal.config.SettingsResolver;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.validation.ConflictingCachePolicyException;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.validation.UnkeyableParameterException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Plans how one method's arguments become its key, once at deployment: which parameters form the
 * key ({@link CacheKey}, else all), the cache's digest, which generator derives the key (created and
 * configured here), and whether that generator can key each key parameter's declared type. Every
 * problem goes to the planner's list.
 */
final class KeyPlanner {

    private final CachedInferenceConfig config;
    private final Function<Class<? extends KeyGenerator>, KeyGenerator> generators;
    private final Consumer<RuntimeException> problems;
    private final Map<KeyDigest, ContentKeyGenerator> contentKeys = new EnumMap<>(KeyDigest.class);
    private final Map<String, DigestUse> digestByCache = new HashMap<>();

    KeyPlanner(CachedInferenceConfig config, Function<Class<? extends KeyGenerator>, KeyGenerator> generators,
            Keyers keyers, Consumer<RuntimeException> problems) {
        this.config = config;
        this.generators = generators;
        this.problems = problems;
        for (KeyDigest d : KeyDigest.values()) {
            contentKeys.put(d, new ContentKeyGenerator(d, keyers));
        }
    }

    /**
     * The method's key recipe, or empty after reporting why there is none.
     *
     * @param batch the method's batch shape, or {@code null} for a single-call method
     */
    Optional<KeyRecipe> recipe(Method method, CachedInference annotation, String cacheName, String modelVersion,
            BatchShape batch) {
        String description = MethodNames.describe(method);
        int[] positions = keyPositions(method, batch);
        Optional<KeyDigest> digest = new SettingsResolver(config).digest(cacheName, annotation, description, problems);
        if (digest.isEmpty() || !sameDigestPerCache(cacheName, digest.get(), description)) {
            return Optional.empty();
        }
        ContentKeyGenerator contentKey = contentKeys.get(digest.get());
        KeyGenerator generator = generator(annotation.keyGenerator(), contentKey, cacheName, description);
        if (generator == null || !checkParameters(method, positions, generator, description)) {
            return Optional.empty();
        }
        return Optional.of(new KeyRecipe(cacheName, annotation.model(), modelVersion, generator, positions));
    }

    /**
     * The positions of the parameters marked {@link CacheKey}, plus a batch method's items, in
     * declaration order; {@code null} when none is marked, meaning every argument.
     */
    static int[] keyPositions(Method method, BatchShape batch) {
        Parameter[] parameters = method.getParameters();
        int[] marked = IntStream.range(0, parameters.length)
                .filter(i -> parameters[i].isAnnotationPresent(CacheKey.class)).toArray();
        if (marked.length == 0) {
            return null;
        }
        if (batch == null || Arrays.stream(marked).anyMatch(i -> i == batch.itemsPosition())) {
            return marked;
        }
        return IntStream.concat(Arrays.stream(marked), IntStream.of(batch.itemsPosition())).sorted().toArray();
    }

    private boolean sameDigestPerCache(String cacheName, KeyDigest digest, String method) {
        DigestUse first = digestByCache.putIfAbsent(cacheName, new DigestUse(digest, method));
        if (first == null || first.digest() == digest) {
            return true;
        }
        problems.accept(new ConflictingCachePolicyException("Cache '" + cacheName + "' is shared by methods that"
                + " ask for different key digests: " + first.method() + " asks for " + first.digest().configName()
                + ", " + method + " for " + digest.configName() + "; their calls could never hit each other's"
                + " entries. Give them the same digest or different cache names"));
        return false;
    }

    private KeyGenerator generator(Class<? extends KeyGenerator> type, ContentKeyGenerator contentKey,
            String cacheName, String method) {
        if (type == KeyGenerator.class || type == ContentKeyGenerator.class) {
            return contentKey;
        }
        KeyGenerator generator;
        try {
            generator = generators.apply(type);
        } catch (RuntimeException e) {
            problems.accept(new KeyGeneratorCreationException("Cannot create key generator " + type.getName()
                    + ": " + e.getMessage() + ". Make it a CDI bean or give it a public no-argument constructor"
                    + " [method=" + method + "]", e));
            return null;
        }
        try {
            generator.configure(new Context(cacheName, config, contentKey));
        } catch (RuntimeException e) {
            problems.accept(new KeyGeneratorCreationException("Key generator " + type.getName()
                    + " rejected the configuration of cache '" + cacheName + "': " + e.getMessage()
                    + " [method=" + method + "]", e));
            return null;
        }
        return generator;
    }

    private boolean checkParameters(Method method, int[] positions, KeyGenerator generator, String description) {
        Parameter[] parameters = method.getParameters();
        int[] checked = positions != null ? positions : IntStream.range(0, parameters.length).toArray();
        boolean ok = true;
        for (int i : checked) {
            Parameter p = parameters[i];
            if (generator.canKey(p.getParameterizedType())) {
                continue;
            }
            String why = generator instanceof ContentKeyGenerator
                    ? ((ContentKeyGenerator) generator).reasonUnkeyable(p.getParameterizedType()).orElse("")
                    : "key generator " + generator.getClass().getName() + " does not accept it";
            problems.accept(new UnkeyableParameterException("@CachedInference cannot key parameter " + i + " ('"
                    + p.getName() + "', type " + p.getParameterizedType().getTypeName() + "): " + why
                    + ". Pass its content instead (arrays, strings, records), register an ArgumentKeyer for its type,"
                    + " leave it out of the key by marking the key parameters @CacheKey, or name a keyGenerator that"
                    + " can key it [class=" + method.getDeclaringClass().getName() + ", method=" + description + "]"));
            ok = false;
        }
        return ok;
    }

    private record DigestUse(KeyDigest digest, String method) {
    }

    /** What a generator learns about its method's cache. */
    private record Context(String cacheName, CachedInferenceConfig config, KeyGenerator contentKey)
            implements KeyGeneratorContext {

        @Override
        public Optional<String> setting(String name) {
            return config.get(settingKey(name)).map(CachedInferenceConfig.Setting::value);
        }

        @Override
        public String settingKey(String name) {
            return CachedInferenceConfig.cacheKey(cacheName, name);
        }
    }
}
