package io.cachedinference.examples.search;

import java.io.Serializable;

/**
 * One product of the catalogue.
 *
 * @param id         stable identifier, such as {@code P0001}
 * @param category   the category's Chinese name, such as 手机壳
 * @param name       the Chinese product name
 * @param nameEn     the English product name
 * @param priceCents the price in fen (hundredths of a yuan)
 */
public record Product(String id, String category, String name, String nameEn, int priceCents)
        implements Serializable {
}
