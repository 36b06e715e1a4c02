package io.cachedinference.examples.search;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.io.Serializable;

/**
 * A product found for a query, with its relevance.
 *
 * @param id         the product's identifier
 * @param name       the Chinese product name
 * @param nameEn     the English product name
 * @param category   the category's Chinese name
 * @param priceCents the price in fen
 * @param score      relevance, higher first; in (0, 1.05]
 */
@JsonbPropertyOrder({"id", "name", "nameEn", "category", "priceCents", "score"})
public record ProductHit(String id, String name, String nameEn, String category, int priceCents, float score)
        implements Serializable {
}
