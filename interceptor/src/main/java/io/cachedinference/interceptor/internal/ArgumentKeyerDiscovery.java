package io.cachedinference.interceptor.internal;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.interceptor.internal.key.Keyability;
import io.cachedinference.interceptor.internal.key.Keyers;
import io.cachedinference.interceptor.internal.validation.InvalidArgumentKeyerException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Gathers the application's {@link ArgumentKeyer}s, CDI beans first, then those registered for
 * {@link ServiceLoader} (a class found both ways counts once, as the bean), and checks them:
 * each must name a type, no built-in rule may cover that type, and no two may share it. Every
 * violation is reported; the valid keyers are kept. A listed keyer that cannot be created because a
 * class it needs is absent (a keyer for an optional library's type, shipped beside that library) is
 * skipped with a DEBUG line: it activates only where the library is on the class path.
 */
final class ArgumentKeyerDiscovery {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    private ArgumentKeyerDiscovery() {
    }

    /**
     * @param beans       the keyer beans' instances, with the bean classes they come from
     * @param classLoader where to look for {@code META-INF/services/io.cachedinference.api.ArgumentKeyer}
     */
    static Keyers discover(Map<Class<?>, ArgumentKeyer<?>> beans, ClassLoader classLoader,
            Consumer<RuntimeException> problems) {
        List<Found> found = new ArrayList<>();
        beans.forEach((beanClass, keyer) -> found.add(new Found(keyer, beanClass, "CDI bean")));
        Set<Class<?>> beanClasses = beans.keySet();
        Iterator<ArgumentKeyer<?>> loaded = load(classLoader).iterator();
        while (true) {
            try {
                if (!loaded.hasNext()) {
                    break;
                }
                ArgumentKeyer<?> keyer = loaded.next();
                if (!beanClasses.contains(keyer.getClass())) {
                    found.add(new Found(keyer, keyer.getClass(), "ServiceLoader"));
                }
            } catch (ServiceConfigurationError e) {
                String missing = missingClass(e);
                if (missing != null) {
                    LOG.log(Level.DEBUG, () -> "Skipping an ArgumentKeyer listed in META-INF/services/"
                            + ArgumentKeyer.class.getName() + ": it needs " + missing + ", which is not on the"
                            + " class path [" + e.getMessage() + "]");
                    continue;
                }
                problems.accept(new InvalidArgumentKeyerException("Cannot load an ArgumentKeyer listed in"
                        + " META-INF/services/" + ArgumentKeyer.class.getName() + ": " + e.getMessage()
                        + ". List only public classes with a public no-argument constructor", e));
            }
        }
        return check(found, problems);
    }

    /**
     * The class a listed keyer needs but cannot find, or {@code null}. A keyer class that is itself
     * missing fails with no cause ("Provider ... not found") and stays a deployment problem.
     */
    private static String missingClass(ServiceConfigurationError e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof NoClassDefFoundError || t instanceof ClassNotFoundException) {
                return String.valueOf(t.getMessage()).replace('/', '.');
            }
        }
        return null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static ServiceLoader<ArgumentKeyer<?>> load(ClassLoader classLoader) {
        return (ServiceLoader) ServiceLoader.load(ArgumentKeyer.class, classLoader);
    }

    private static Keyers check(List<Found> found, Consumer<RuntimeException> problems) {
        Map<Class<?>, Found> byType = new LinkedHashMap<>();
        for (Found f : found) {
            Class<?> type;
            try {
                type = f.keyer().type();
            } catch (RuntimeException e) {
                problems.accept(new InvalidArgumentKeyerException("ArgumentKeyer " + f.describe()
                        + " failed to tell its type: " + e, e));
                continue;
            }
            if (type == null) {
                problems.accept(new InvalidArgumentKeyerException("ArgumentKeyer " + f.describe()
                        + " returns null from type(); return the class whose values it keys"));
            } else if (Keyability.coveredByBuiltInRules(type)) {
                problems.accept(new InvalidArgumentKeyerException("ArgumentKeyer " + f.describe() + " is for "
                        + type.getName() + ", which the built-in content key already keys by its own rules; a keyer"
                        + " never replaces them. Key the values of a type of your own, or name a keyGenerator"));
            } else {
                Found previous = byType.putIfAbsent(type, f);
                if (previous != null) {
                    problems.accept(new InvalidArgumentKeyerException("Two ArgumentKeyers are for "
                            + type.getName() + ": " + previous.describe() + " and " + f.describe()
                            + ". Keep one"));
                }
            }
        }
        return Keyers.of(byType.values().stream().map(Found::keyer).toList());
    }

    private record Found(ArgumentKeyer<?> keyer, Class<?> source, String how) {
        String describe() {
            return source.getName() + " (" + how + ")";
        }
    }
}
