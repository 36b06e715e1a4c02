package io.cachedinference.examples.service;

import io.cachedinference.examples.model.ModelRuns;
import io.cachedinference.examples.search.NormalizedText;
import io.cachedinference.examples.search.ProductSearch;
import io.cachedinference.examples.search.SearchResult;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/**
 * {@code GET /v1/search?q=…}: product search through {@link ProductSearch}, whose cache is keyed by
 * the normalized query. A missing {@code q} is 400 {@code missing-query}; one that is blank after
 * normalization is 400 {@code blank-query}; one longer than {@value #MAX_LENGTH} characters is 414
 * {@code query-too-long}, naming the limit, before it is normalized or searched. The whole request
 * line is bounded before that by the HTTP server (8 KiB of request line and headers on Grizzly,
 * answered with a bare 400 that closes the connection).
 */
@Path("v1/search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    static final int MAX_LENGTH = 200;

    @Inject
    ProductSearch search;

    /** Searches the catalogue. */
    @GET
    public SearchResponse search(@QueryParam("q") String q) {
        if (q == null) {
            throw ApiException.badRequest("missing-query", "The query parameter q is missing, as in /v1/search?q=手机壳",
                    Map.of());
        }
        if (q.length() > MAX_LENGTH) {
            throw ApiException.uriTooLong("query-too-long", "The query has " + q.length() + " characters; at most "
                    + MAX_LENGTH + " are searched", Map.of("length", q.length(), "maxLength", MAX_LENGTH));
        }
        if (NormalizedText.normalize(q).isEmpty()) {
            throw ApiException.badRequest("blank-query", "The query q is blank; send the words to search for",
                    Map.of("query", q));
        }
        long start = System.nanoTime();
        ModelRuns.Observed<SearchResult> observed;
        try {
            observed = ModelRuns.observe(() -> search.search(q));
        } catch (RuntimeException e) {
            throw ApiException.modelFailed(ProductSearch.NAME, e);
        }
        SearchResult result = observed.value();
        return new SearchResponse(q, result.normalizedQuery(), result.hits(), observed.modelRan() ? "miss" : "hit",
                (System.nanoTime() - start) / 1e6);
    }
}
