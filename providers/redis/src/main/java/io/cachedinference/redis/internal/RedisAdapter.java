package io.cachedinference.redis.internal;

import io.cachedinference.api.EvictionPolicy;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.spi.CacheSettings;
import io.cachedinference.api.spi.Capabilities;
import io.cachedinference.api.spi.JCacheAdapter;
import io.cachedinference.api.spi.ProviderConfigurationException;
import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.Storage;
import io.cachedinference.api.spi.Support;
import java.net.ConnectException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.stream.Collectors;
import javax.cache.Cache;
import javax.cache.CacheManager;
import javax.cache.configuration.MutableConfiguration;
import javax.cache.spi.CachingProvider;
import javax.net.ssl.SSLException;
import org.redisson.Redisson;
import org.redisson.api.RedissonClient;
import org.redisson.jcache.JCachingProvider;
import org.redisson.jcache.configuration.RedissonConfiguration;

/**
 * Redis through Redisson's JCache, alias {@code redis}: each deployment opens a Redisson client of its
 * own to the server of {@link RedisSettings}, and every client of that server, in any process, with the
 * same key prefix shares the caches' entries.
 *
 * <ul>
 *   <li>{@code ttl}: exact, after write. Redisson stores each entry's expiry time in Redis beside the
 *       entry, and every read checks it, so no client returns an expired entry; with
 *       {@code ttl-jitter}, each write draws its own ({@link AfterWriteExpiry}).</li>
 *   <li>Bounds and LRU/LFU: {@link Support#PROVIDER_CONFIGURED}, the server's. Redisson keeps a cache
 *       in one Redis hash, which nothing bounds: only the server's {@code maxmemory}, with
 *       {@code maxmemory-policy allkeys-lru} or {@code allkeys-lfu}, evicts, over all of its keys (and
 *       a whole cache's hash at once). So a cache deploys only with
 *       {@code cached-inference.cache.<name>.bound=provider}, which says its bound is the server's; any
 *       other fails deployment, naming the cache. A byte bound is unsupported: the server's memory is
 *       not the cache's values.</li>
 *   <li>Values are stored <b>by value</b> with this module's codec ({@link ResultCodec}): results
 *       must be {@link java.io.Serializable} (deployment checks it), and a read deserializes only the
 *       result types planned at deployment (over all of the deployment's caches, which share one
 *       client and so one codec) and what they are made of ({@link ResultTypeFilter}). A
 *       method declaring {@code Object} or {@code Serializable} fails deployment.</li>
 *   <li>Failures: a command that the server does not answer within {@code timeout} (after
 *       {@code retry-attempts} retries) fails, and the interceptor counts the error and runs the model;
 *       Redisson reconnects by itself once the server is back. A server that cannot be reached or
 *       refuses the credentials at deployment fails deployment, naming the address (never the
 *       password); at a {@code rediss://} address, also the TLS keys that fix a refused handshake.</li>
 *   <li>Caches are shared across processes, so {@code single-flight=cluster} coordinates runs through
 *       the server. JCache statistics are off: the interceptor keeps its own counters, and Redis evicts
 *       without telling Redisson.</li>
 * </ul>
 */
public final class RedisAdapter extends JCacheAdapter {

    private static final Capabilities CAPABILITIES = Capabilities.builder()
            .eviction(EvictionPolicy.LRU, Support.PROVIDER_CONFIGURED)
            .eviction(EvictionPolicy.LFU, Support.PROVIDER_CONFIGURED)
            .eviction(EvictionPolicy.TTL, Support.EXACT)
            .entryBound(Support.PROVIDER_CONFIGURED)
            .byteBound(Support.UNSUPPORTED)
            .ttlJitter(Support.EXACT)
            .storage(Storage.BY_VALUE)
            .statistics(false)
            .sharedAcrossProcesses(true)
            .build();

    /** How to configure TLS, added to a connect failure at a {@code rediss://} address that TLS may explain. */
    private static final String TLS_FIX = "to trust a server certified by a private authority, set "
            + RedisSettings.TRUST_STORE + " (and " + RedisSettings.TRUST_STORE_PASSWORD + ") to a PKCS12 or JKS"
            + " file holding that authority's certificate (the server's certificate must name the address's host);"
            + " for a server with tls-auth-clients yes, set " + RedisSettings.KEY_STORE + " (and "
            + RedisSettings.KEY_STORE_PASSWORD + ") to a PKCS12 or JKS file holding the client's key and certificate";

    private final ResultTypeFilter filter = new ResultTypeFilter();
    private RedissonClient client;

    public RedisAdapter() {
        super("redis", JCachingProvider.class.getName());
    }

    @Override
    public Capabilities capabilities() {
        return CAPABILITIES;
    }

    /**
     * Connects the deployment's Redisson client, so an unreachable server or refused credentials fail
     * deployment, and opens a Redisson cache manager private to the deployment over it.
     */
    @Override
    public CacheManager openCacheManager(CachingProvider provider, ProviderContext context) {
        RedisSettings settings = RedisSettings.read(context.settings(), context.classLoader());
        ResultCodec codec = new ResultCodec(context.classLoader(), filter);
        RedissonClient opened;
        try {
            opened = Redisson.create(RedissonConfigs.of(settings, codec, context.classLoader()));
        } catch (RuntimeException e) {
            throw new IllegalStateException(connectFailure(settings, e), e);
        }
        try {
            // the deployment's URI names no Redisson file, so the manager has no client of its own
            CacheManager manager = provider.getCacheManager(context.deploymentUri(), context.classLoader());
            client = opened;
            return manager;
        } catch (RuntimeException e) {
            opened.shutdown();
            throw e;
        }
    }

    @Override
    public Cache<InferenceKey, Object> cache(CacheManager manager, CacheSettings settings, ProviderContext context) {
        requireBoundByServer(settings);
        requireNarrowTypes(settings);
        filter.allow(settings.valueTypes());
        MutableConfiguration<InferenceKey, Object> config = new MutableConfiguration<>();
        config.setExpiryPolicyFactory(AfterWriteExpiry.factory(settings));
        config.setStoreByValue(true);
        config.setStatisticsEnabled(false);
        config.setManagementEnabled(false);
        return manager.createCache(settings.cacheName(), RedissonConfiguration.fromInstance(client, config));
    }

    /** Closes the manager, then the deployment's client. */
    @Override
    public void close(CacheManager manager) {
        try {
            manager.close();
        } finally {
            if (client != null) {
                client.shutdown();
            }
        }
    }

    private void requireBoundByServer(CacheSettings settings) {
        if (settings.boundByProvider()) {
            return;
        }
        String name = settings.cacheName();
        throw new ProviderConfigurationException("Cache '" + name + "' asks for eviction=" + settings.eviction()
                + ", max-entries=" + settings.maxEntries() + ", which Redis cannot give one cache: Redisson keeps a"
                + " cache in one Redis hash that nothing bounds, and only the server's maxmemory with"
                + " maxmemory-policy allkeys-lru or allkeys-lfu evicts, over every key of the server. Configure the"
                + " server so and set cached-inference.cache." + name + ".bound=provider (or"
                + " cached-inference.cache-defaults.bound=provider) to accept its bound; there is no per-cache"
                + " definition to point cached-inference.provider.uri at [cache=" + name + "]");
    }

    private static void requireNarrowTypes(CacheSettings settings) {
        List<Class<?>> unbounded = settings.valueTypes().stream().filter(ResultTypeFilter::unbounded).toList();
        if (unbounded.isEmpty()) {
            return;
        }
        String name = settings.cacheName();
        throw new ProviderConfigurationException("Cache '" + name + "' has methods whose result is declared as "
                + unbounded.stream().map(Class::getName).collect(Collectors.joining(", ")) + ": provider 'redis'"
                + " reads back only the result types planned at deployment, never any class the stored bytes name."
                + " Declare the methods' concrete result types [cache=" + name + "]");
    }

    private static String connectFailure(RedisSettings settings, RuntimeException e) {
        StringBuilder causes = new StringBuilder();
        for (Throwable t = e; t != null && causes.length() < 500; t = t.getCause()) {
            if (t.getMessage() != null) {
                causes.append(causes.length() == 0 ? "" : ": ").append(t.getMessage());
            }
        }
        String who = settings.username() != null ? " as user '" + settings.username() + "'" : "";
        return "Cannot connect to Redis at " + settings.describeAddress() + who + " (connect timeout "
                + settings.connectTimeout() + ", timeout " + settings.timeout() + "): " + causes + ". Start the"
                + " server, or correct " + RedisSettings.ADDRESS + ", " + RedisSettings.USERNAME + " and "
                + RedisSettings.PASSWORD + tlsHint(settings, e);
    }

    /**
     * At a {@code rediss://} address, what TLS setting may fix the failure. A handshake the client rejects
     * is in the causes; one the server rejects (a missing client certificate, with TLS 1.3) is not:
     * Redisson logs the server's alert, reconnects, and the first command times out. So any failure but
     * a refused connection gets the hint.
     */
    private static String tlsHint(RedisSettings settings, Throwable e) {
        if (!settings.usesTls() || caused(e, ConnectException.class)) {
            return "";
        }
        if (caused(e, SSLException.class) || caused(e, GeneralSecurityException.class)) {
            return ". The TLS handshake failed: " + TLS_FIX;
        }
        return ". If the server refused this client's TLS handshake (Redisson logs its alert, such as"
                + " certificate_required, and the commands time out): " + TLS_FIX;
    }

    private static boolean caused(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
