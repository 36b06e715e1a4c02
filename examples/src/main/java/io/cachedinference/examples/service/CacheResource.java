package io.cachedinference.examples.service;

import io.cachedinference.api.InferenceCaches;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /v1/cache/stats}: the JCache provider in use and every cache's counters
 * ({@link CacheStatsResponse});
 * {@code DELETE /v1/cache/{name}}: removes every entry of one cache and counts its statistics
 * afresh from then on ({@link StatisticsBaselines}), 204, or 404 {@code unknown-cache} naming the
 * caches there are.
 */
@Path("v1/cache")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CacheResource {

    @Inject
    InferenceCaches caches;

    @Inject
    StatisticsBaselines baselines;

    /** Every cache's counters, by name. */
    @GET
    @Path("stats")
    public CacheStatsResponse stats() {
        return CacheStatsResponse.of(caches, baselines);
    }

    /** Clears one cache and resets its statistics. */
    @DELETE
    @Path("{name}")
    public void clear(@PathParam("name") String name) {
        if (caches.statistics(name).isEmpty()) {
            List<String> names = List.copyOf(caches.statistics().keySet());
            throw ApiException.notFound("unknown-cache", "No cache named '" + name + "'; caches: " + names,
                    Map.of("cache", name, "caches", names));
        }
        caches.invalidateAll(name);
        caches.resetStatistics(name);
        // the provider's evictions are not the library's to reset: they count from this snapshot
        baselines.reset(name, caches.statistics(name).orElseThrow());
    }
}
