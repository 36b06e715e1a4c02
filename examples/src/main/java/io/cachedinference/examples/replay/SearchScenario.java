package io.cachedinference.examples.replay;

import io.cachedinference.examples.search.NormalizedText;
import io.cachedinference.examples.search.ProductCatalogue;
import io.cachedinference.examples.search.ProductSearch;
import io.cachedinference.examples.search.SearchEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The seed's e-commerce search: queries drawn from Zipf's law (s = {@value #ZIPF_S}) over the
 * catalogue's few hundred queries, 手机壳 the most popular, each typed as one of the
 * {@linkplain QueryVariants variants}: stray white space, full-width forms, another case.
 */
public final class SearchScenario extends Scenario<String, List<String>> {

    /** The Zipf exponent. */
    public static final double ZIPF_S = 1.0;

    private final List<String> queries;
    private final SearchEngine engine = new SearchEngine(ProductCatalogue.standard());
    private final Map<String, List<String>> directAnswers = new HashMap<>();
    private final int vocabulary;

    /** {@code count} queries; the same arguments always give the same queries. */
    public SearchScenario(int count, long seed) {
        List<String> popular = ProductCatalogue.standard().queries();
        this.vocabulary = popular.size();
        ZipfSampler zipf = new ZipfSampler(popular.size(), ZIPF_S);
        Random random = new Random(seed);
        List<String> drawn = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String query = popular.get(zipf.next(random));
            drawn.add(QueryVariants.apply(QueryVariants.pick(random), query, random));
        }
        this.queries = List.copyOf(drawn);
    }

    @Override
    public String id() {
        return "search";
    }

    @Override
    public String title() {
        return "E-commerce search: " + queries.size() + " queries, Zipf s=" + ZIPF_S + " over " + vocabulary;
    }

    @Override
    public String description() {
        return queries.size() + " queries drawn by Zipf's law over " + vocabulary
                + " Chinese and English queries (手机壳 first), 45% typed with stray white space, full-width"
                + " forms or another case.";
    }

    @Override
    public String cacheName() {
        return ProductSearch.NAME;
    }

    @Override
    public String keyDescription() {
        return "normalized text (NFKC, case folding, white space collapsed)";
    }

    @Override
    public String answerComparison() {
        return "the ranked product list";
    }

    @Override
    public int size() {
        return queries.size();
    }

    @Override
    public String input(int i) {
        return queries.get(i);
    }

    @Override
    public String group(int i) {
        return NormalizedText.normalize(queries.get(i));
    }

    @Override
    public Served<List<String>> send(ServiceClient client, String input) {
        return client.search(input);
    }

    @Override
    public List<String> direct(int i, String input) {
        // memoized by the exact text typed, never by its normalized form: that is what is under test
        return directAnswers.computeIfAbsent(input, q -> engine.search(q).ids());
    }

    @Override
    public boolean sameAnswer(List<String> direct, List<String> served) {
        return direct.equals(served);
    }
}
