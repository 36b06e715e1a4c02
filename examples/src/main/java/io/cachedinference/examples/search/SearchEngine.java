package io.cachedinference.examples.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * The search model, in plain Java: retrieval by cosine similarity of hashed character n-gram
 * vectors, then a small fixed-weight ranking network over the best candidates. Deterministic, and
 * a function of the {@linkplain NormalizedText normalized} query only, which is what makes the
 * normalized-text cache key sound.
 *
 * <p>Features of a normalized text: for runs of Han characters, every character (weight 0.5) and
 * every pair of adjacent characters (1.0); for runs of letters and digits, the word (1.0) and its
 * character trigrams with word boundaries (0.3). They are hashed into {@value #DIMENSIONS}
 * dimensions and the vector is scaled to unit length. Products are indexed by their Chinese and
 * English names. The ranker multiplies each of the {@value #CANDIDATES} best cosines by
 * {@code 1 + 0.05·tanh(mlp(query ⊙ product))}, a 1024-16-1 network: a stand-in for a learned
 * re-ranker with a realistic cost (about a million multiply-adds per query).
 */
public final class SearchEngine {

    /** The most products one answer holds. */
    public static final int LIMIT = 10;

    static final int DIMENSIONS = 1024;
    private static final int CANDIDATES = 50;
    private static final int HIDDEN = 16;
    private static final float MIN_COSINE = 0.1f;

    private final List<Product> products;
    private final float[][] vectors;
    private final float[] hiddenWeights = new float[HIDDEN * DIMENSIONS];
    private final float[] outputWeights = new float[HIDDEN];

    /** Indexes a catalogue. */
    public SearchEngine(ProductCatalogue catalogue) {
        this.products = catalogue.products();
        this.vectors = new float[products.size()][];
        for (int i = 0; i < products.size(); i++) {
            Product p = products.get(i);
            vectors[i] = embed(NormalizedText.normalize(p.name() + " " + p.nameEn()));
        }
        Random random = new Random(7L);
        for (int i = 0; i < hiddenWeights.length; i++) {
            hiddenWeights[i] = (float) (random.nextGaussian() * 4);
        }
        for (int i = 0; i < outputWeights.length; i++) {
            outputWeights[i] = (float) random.nextGaussian();
        }
    }

    /**
     * Answers one query.
     *
     * @throws IllegalArgumentException when the query is blank after normalization
     */
    public SearchResult search(String query) {
        String normalized = NormalizedText.normalize(query);
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("The query is blank after normalization: '" + query + "'");
        }
        float[] q = embed(normalized);
        Integer[] order = new Integer[products.size()];
        float[] cosine = new float[products.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            cosine[i] = dot(q, vectors[i]);
        }
        // ties broken by catalogue order, so the answer never depends on the sort's stability
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -cosine[i]).thenComparingInt(i -> i));
        List<ProductHit> hits = new ArrayList<>();
        int candidates = Math.min(CANDIDATES, order.length);
        float[] score = new float[candidates];
        for (int r = 0; r < candidates; r++) {
            int i = order[r];
            score[r] = cosine[i] < MIN_COSINE ? 0 : cosine[i] * (1 + 0.05f * (float) Math.tanh(rank(q, vectors[i])));
        }
        Integer[] reranked = new Integer[candidates];
        for (int r = 0; r < candidates; r++) {
            reranked[r] = r;
        }
        Arrays.sort(reranked, Comparator.<Integer>comparingDouble(r -> -score[r]).thenComparingInt(r -> r));
        for (int k = 0; k < candidates && hits.size() < LIMIT && score[reranked[k]] > 0; k++) {
            Product p = products.get(order[reranked[k]]);
            hits.add(new ProductHit(p.id(), p.name(), p.nameEn(), p.category(), p.priceCents(), score[reranked[k]]));
        }
        return new SearchResult(normalized, hits);
    }

    private float rank(float[] query, float[] product) {
        float out = 0;
        for (int h = 0; h < HIDDEN; h++) {
            float acc = 0;
            int base = h * DIMENSIONS;
            for (int d = 0; d < DIMENSIONS; d++) {
                acc += hiddenWeights[base + d] * query[d] * product[d];
            }
            out += outputWeights[h] * Math.max(acc, 0);
        }
        return out;
    }

    static float[] embed(String normalized) {
        float[] v = new float[DIMENSIONS];
        int i = 0;
        int n = normalized.length();
        while (i < n) {
            int cp = normalized.codePointAt(i);
            int end = i;
            if (isHan(cp)) {
                while (end < n && isHan(normalized.codePointAt(end))) {
                    end += Character.charCount(normalized.codePointAt(end));
                }
                addHan(v, normalized.substring(i, end));
            } else if (Character.isLetterOrDigit(cp)) {
                while (end < n && Character.isLetterOrDigit(normalized.codePointAt(end))
                        && !isHan(normalized.codePointAt(end))) {
                    end += Character.charCount(normalized.codePointAt(end));
                }
                addWord(v, normalized.substring(i, end));
            } else {
                end += Character.charCount(cp);
            }
            i = end;
        }
        float norm = (float) Math.sqrt(dot(v, v));
        if (norm > 0) {
            for (int d = 0; d < v.length; d++) {
                v[d] /= norm;
            }
        }
        return v;
    }

    private static void addHan(float[] v, String run) {
        int[] cps = run.codePoints().toArray();
        for (int k = 0; k < cps.length; k++) {
            add(v, "h1:" + Character.toString(cps[k]), 0.5f);
            if (k + 1 < cps.length) {
                add(v, "h2:" + Character.toString(cps[k]) + Character.toString(cps[k + 1]), 1f);
            }
        }
    }

    private static void addWord(float[] v, String word) {
        add(v, "w:" + word, 1f);
        String bounded = "#" + word + "#";
        for (int k = 0; k + 3 <= bounded.length(); k++) {
            add(v, "t:" + bounded.substring(k, k + 3), 0.3f);
        }
    }

    private static void add(float[] v, String feature, float weight) {
        // String.hashCode is specified by the language, so the buckets are the same in every JVM
        int h = feature.hashCode() * 0x9E3779B1;
        h ^= h >>> 15;
        v[Math.floorMod(h, DIMENSIONS)] += weight;
    }

    private static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static float dot(float[] a, float[] b) {
        float acc = 0;
        for (int d = 0; d < a.length; d++) {
            acc += a[d] * b[d];
        }
        return acc;
    }
}
