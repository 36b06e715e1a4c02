package io.cachedinference.interceptor.keys;

import io.cachedinference.api.KeyGeneratorContext;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * Keys text by a normalized form, so queries that differ only in how they were typed share a key:
 * {@code "手机壳"}, {@code " 手机壳 "}, {@code "手机壳\u3000"} (ideographic space) and full-width
 * {@code "ｉＰｈｏｎｅ　手机壳"} versus {@code "iPhone 手机壳"}.
 *
 * <p>What it treats as equal: two texts whose normalized forms are equal. Normalizing is, in order:
 * <ol>
 *   <li>Unicode NFKC: compatibility characters become their plain forms (full-width Latin letters
 *       and digits, the ideographic space U+3000 and no-break spaces, ligatures such as {@code ﬁ},
 *       circled digits), and composed and decomposed accents become one form;</li>
 *   <li>with case folding on, upper then lower case in {@code Locale.ROOT}, then NFKC again, so
 *       {@code "Straße"}, {@code "STRASSE"} and {@code "strasse"} are equal (the Turkish dotted and
 *       dotless i are not folded together);</li>
 *   <li>whitespace ({@link Character#isWhitespace} or {@link Character#isSpaceChar}) trimmed at both
 *       ends and every inner run of it replaced by one space, so tabs, line breaks and repeated
 *       spaces between words do not matter, while a space between words still does.</li>
 * </ol>
 * Nothing else is changed: punctuation, zero-width characters, traditional and simplified Chinese
 * characters, and (without case folding) letter case stay as they are.
 *
 * <p>Which arguments: each {@link CharSequence} key argument; every other argument, including text
 * inside lists or records, is keyed exactly. Case folding is off unless
 * {@code cached-inference.cache.<cacheName>.case-fold=true}, or a subclass passes {@code true} to
 * {@link #NormalizedTextKey(boolean)}.
 */
public class NormalizedTextKey extends CanonicalKeyGenerator {

    /** The setting {@code cached-inference.cache.<cacheName>.case-fold}: {@code true} or {@code false}. */
    public static final String CASE_FOLD_SETTING = "case-fold";

    private volatile boolean caseFold;

    /** Normalizes without case folding, unless configured otherwise. */
    public NormalizedTextKey() {
        this(false);
    }

    /** Normalizes with or without case folding, unless configured otherwise. */
    protected NormalizedTextKey(boolean caseFold) {
        this.caseFold = caseFold;
    }

    /** Whether letter case is folded. */
    public boolean caseFold() {
        return caseFold;
    }

    @Override
    protected void configureFrom(KeyGeneratorContext context) {
        Optional<String> configured = context.setting(CASE_FOLD_SETTING);
        if (configured.isEmpty()) {
            return;
        }
        String value = configured.get();
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new IllegalArgumentException(context.settingKey(CASE_FOLD_SETTING) + "=" + value
                    + " must be true or false");
        }
        caseFold = Boolean.parseBoolean(value.toLowerCase(Locale.ROOT));
    }

    @Override
    protected Object canonical(Object argument) {
        return argument instanceof CharSequence ? normalize((CharSequence) argument, caseFold) : argument;
    }

    /** The normalized form of a text, as described in the class documentation. */
    public static String normalize(CharSequence text, boolean caseFold) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (caseFold) {
            s = Normalizer.normalize(s.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), Normalizer.Form.NFKC);
        }
        StringBuilder out = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.appendCodePoint(cp);
        }
        return out.toString();
    }
}
