package io.cachedinference.examples.search;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * The answer to one query: the query as the engine understood it and the best products, best first.
 * Immutable, so a cached instance can be shared by every hit.
 *
 * @param normalizedQuery the {@linkplain NormalizedText normalized} query
 * @param hits            at most {@link SearchEngine#LIMIT} products, best first
 */
public record SearchResult(String normalizedQuery, List<ProductHit> hits) implements Serializable {

    /** Copies the hits. */
    public SearchResult {
        Objects.requireNonNull(normalizedQuery, "normalizedQuery");
        hits = List.copyOf(hits);
    }

    /** The products' identifiers, best first: what two answers are compared by. */
    public List<String> ids() {
        return hits.stream().map(ProductHit::id).toList();
    }
}
