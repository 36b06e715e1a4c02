package io.cachedinference.examples.service;

import io.cachedinference.examples.search.ProductHit;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * The answer of {@code GET /v1/search}.
 *
 * @param query      the query as sent
 * @param normalized the normalized query, which the answer and its cache key depend on
 * @param results    the products found, best first
 * @param cache      {@code hit} or {@code miss}, as in {@link InferenceResponse#cache()}
 * @param elapsedMs  server time of the search call
 */
@JsonbPropertyOrder({"query", "normalized", "results", "cache", "elapsedMs"})
public record SearchResponse(String query, String normalized, List<ProductHit> results, String cache,
        double elapsedMs) {
}
