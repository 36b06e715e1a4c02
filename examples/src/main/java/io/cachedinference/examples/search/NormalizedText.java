package io.cachedinference.examples.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The text that a query means, for keys and for matching: Unicode NFKC (full-width letters,
 * digits and the ideographic space become their ASCII forms), case folding, then every run of
 * white space ({@code White_Space}: spaces, tabs, U+3000, no-break spaces) collapsed to one space
 * and trimmed. So "手机壳", " 手机壳 ", "手机壳\u3000" and "ＰＨＯＮＥ　ＣＡＳＥ" against "phone case"
 * each normalize to one text.
 *
 * <p>Case folding is {@code toUpperCase} then {@code toLowerCase} in {@link Locale#ROOT}, which
 * folds ß to ss like Unicode full case folding, and final sigma ς to σ; NFKC runs again after it,
 * as in Unicode's {@code NFKC_Casefold}.
 */
public final class NormalizedText {

    private static final Pattern WHITE_SPACE = Pattern.compile("\\p{IsWhite_Space}+");

    private NormalizedText() {
    }

    /** Normalizes one text; the result is empty when the text held only white space. */
    public static String normalize(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT).replace('ς', 'σ');
        s = Normalizer.normalize(s, Normalizer.Form.NFKC);
        s = WHITE_SPACE.matcher(s).replaceAll(" ");
        int start = s.startsWith(" ") ? 1 : 0;
        int end = s.length() > start && s.endsWith(" ") ? s.length() - 1 : s.length();
        return s.substring(start, end);
    }
}
