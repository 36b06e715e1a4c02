package io.cachedinference.examples.search;

import io.cachedinference.api.CachedInference;
import io.cachedinference.examples.model.ModelRuns;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The product search behind {@code GET /v1/search}: {@link SearchEngine} over the standard
 * {@link ProductCatalogue}, cached by the normalized query, so that "手机壳", " 手机壳 " and
 * "手机壳\u3000" share one entry.
 */
@ApplicationScoped
public class ProductSearch {

    /** The search model's name and its cache's name. */
    public static final String NAME = "search";

    private final SearchEngine engine = new SearchEngine(ProductCatalogue.standard());

    /**
     * Answers one query.
     *
     * @throws IllegalArgumentException when the query is blank after normalization
     */
    @CachedInference(cacheName = NAME, model = NAME, modelVersion = "1", keyGenerator = NormalizedTextKeyGenerator.class)
    public SearchResult search(String query) {
        ModelRuns.record();
        return engine.search(query);
    }
}
