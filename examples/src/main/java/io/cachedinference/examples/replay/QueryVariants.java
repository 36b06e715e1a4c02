package io.cachedinference.examples.replay;

import java.util.Locale;
import java.util.Random;

/**
 * How shoppers type one query: as is, with stray white space (spaces, tabs, the ideographic space
 * U+3000), in full-width forms (an IME left in full-width mode), or in another letter case. Every
 * variant normalizes to the same text as the original.
 */
final class QueryVariants {

    /** The kinds of variant, with their share of queries. */
    enum Kind {
        AS_TYPED(55), SPACING(15), FULL_WIDTH(15), CASE(15);

        final int percent;

        Kind(int percent) {
            this.percent = percent;
        }
    }

    private QueryVariants() {
    }

    static Kind pick(Random random) {
        int roll = random.nextInt(100);
        for (Kind kind : Kind.values()) {
            roll -= kind.percent;
            if (roll < 0) {
                return kind;
            }
        }
        return Kind.AS_TYPED;
    }

    static String apply(Kind kind, String query, Random random) {
        switch (kind) {
            case SPACING:
                return spacing(query, random);
            case FULL_WIDTH:
                return fullWidth(query);
            case CASE:
                return letterCase(query, random);
            default:
                return query;
        }
    }

    private static String spacing(String query, Random random) {
        switch (random.nextInt(5)) {
            case 0:
                return " " + query + " ";
            case 1:
                return query + "\u3000";
            case 2:
                return "\u3000" + query;
            case 3:
                return query.replace(" ", "   ") + "\t";
            default:
                return "  " + query.replace(" ", "\u3000");
        }
    }

    /** ASCII letters, digits and punctuation to their full-width forms, the space to U+3000. */
    static String fullWidth(String query) {
        StringBuilder out = new StringBuilder(query.length());
        for (char c : query.toCharArray()) {
            if (c == ' ') {
                out.append('\u3000');
            } else if (c >= '!' && c <= '~') {
                out.append((char) (c + 0xFEE0));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String letterCase(String query, Random random) {
        switch (random.nextInt(3)) {
            case 0:
                return query.toUpperCase(Locale.ROOT);
            case 1:
                StringBuilder title = new StringBuilder(query.length());
                boolean start = true;
                for (char c : query.toCharArray()) {
                    title.append(start ? Character.toUpperCase(c) : c);
                    start = c == ' ';
                }
                return title.toString();
            default:
                StringBuilder mixed = new StringBuilder(query.length());
                for (char c : query.toCharArray()) {
                    mixed.append(random.nextBoolean() ? Character.toUpperCase(c) : Character.toLowerCase(c));
                }
                return mixed.toString();
        }
    }
}
