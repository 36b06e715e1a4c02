package io.cachedinference.interceptor.internal;

import io.cachedinference.api.CacheKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.interceptor.internal.core.BatchShape;
import io.cachedinference.interceptor.internal.core.KeyRecipe;
import io.cachedinference.interceptor.internal.core.MethodNames;
import io.cachedinference.interceptor.internal.key.ContentKeyGenerator;
import io.cachedinference.interceptor.internal.key.Keyability;
import io.cachedinference.interceptor.internal.validation.KeyGeneratorCreationException;
import io.cachedinference.interceptor.internal.validation.UnkeyableParameterException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * Plans how one method's arguments become its key, once at deployment: which parameters form the
 * key ({@link CacheKey}, else all), which generator derives it, and whether that generator can key
 * each key parameter's declared type. Every problem goes to the planner's list.
 */
final class KeyPlanner {

    private static final KeyGenerator CONTENT_KEY = new ContentKeyGenerator();

    private final Function<Class<? extends KeyGenerator>, KeyGenerator> generators;
    private final Consumer<RuntimeException> problems;

    KeyPlanner(Function<Class<? extends KeyGenerator>, KeyGenerator> generators, Consumer<RuntimeException> problems) {
        this.generators = generators;
        this.problems = problems;
    }

    /**
     * The method's key recipe, or empty after reporting why there is none.
     *
     * @param batch the method's batch shape, or {@code null} for a single-call method
     */
    Optional<KeyRecipe> recipe(Method method, Class<? extends KeyGenerator> generatorType, String cacheName,
            String model, String modelVersion, BatchShape batch) {
        String description = MethodNames.describe(method);
        int[] positions = keyPositions(method, batch);
        KeyGenerator generator = generator(generatorType, description);
        if (generator == null) {
            return Optional.empty();
        }
        if (!checkParameters(method, positions, generator, description)) {
            return Optional.empty();
        }
        return Optional.of(new KeyRecipe(cacheName, model, modelVersion, generator, positions));
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

    private KeyGenerator generator(Class<? extends KeyGenerator> type, String method) {
        if (type == KeyGenerator.class || type == ContentKeyGenerator.class) {
            return CONTENT_KEY;
        }
        try {
            return generators.apply(type);
        } catch (RuntimeException e) {
            problems.accept(new KeyGeneratorCreationException("Cannot create key generator " + type.getName()
                    + ": " + e.getMessage() + ". Make it a CDI bean or give it a public no-argument constructor"
                    + " [method=" + method + "]", e));
            return null;
        }
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
            String why = generator == CONTENT_KEY
                    ? Keyability.reasonUnkeyable(p.getParameterizedType()).orElse("")
                    : "key generator " + generator.getClass().getName() + " does not accept it";
            problems.accept(new UnkeyableParameterException("@CachedInference cannot key parameter " + i + " ('"
                    + p.getName() + "', type " + p.getParameterizedType().getTypeName() + "): " + why
                    + ". Pass its content instead (arrays, strings, records), leave it out of the key by marking"
                    + " the key parameters @CacheKey, or name a keyGenerator that can key it"
                    + " [class=" + method.getDeclaringClass().getName() + ", method=" + description + "]"));
            ok = false;
        }
        return ok;
    }
}
