package io.cachedinference.interceptor.internal.provider;

import java.lang.management.ManagementFactory;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Supplier;
import javax.management.JMException;
import javax.management.MBeanServer;
import javax.management.ObjectName;

/**
 * Reads one cache's evictions from the JCache statistics MXBean its provider registers, found by
 * the cache manager's URI and the cache name, which providers sanitize the same way.
 */
final class JCacheStatisticsReader implements Supplier<OptionalLong> {

    private final MBeanServer server = ManagementFactory.getPlatformMBeanServer();
    private final String managerId;
    private final String cacheName;
    private volatile ObjectName name;

    JCacheStatisticsReader(String managerUri, String cacheName) {
        this.managerId = sanitize(managerUri);
        this.cacheName = sanitize(cacheName);
    }

    @Override
    public OptionalLong get() {
        try {
            ObjectName found = name != null ? name : find();
            if (found == null) {
                return OptionalLong.empty();
            }
            name = found;
            return OptionalLong.of(((Number) server.getAttribute(found, "CacheEvictions")).longValue());
        } catch (JMException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }

    private ObjectName find() throws JMException {
        Set<ObjectName> names = server.queryNames(new ObjectName("javax.cache:type=CacheStatistics,*"), null);
        for (ObjectName candidate : names) {
            String manager = unquote(candidate.getKeyProperty("CacheManager"));
            String cache = unquote(candidate.getKeyProperty("Cache"));
            if (managerId.equals(manager) && cacheName.equals(cache)) {
                return candidate;
            }
        }
        return null;
    }

    private static String unquote(String value) {
        return value != null && value.startsWith("\"") ? ObjectName.unquote(value) : value;
    }

    private static String sanitize(String value) {
        return value.replaceAll("[,:=\\n]", ".");
    }
}
