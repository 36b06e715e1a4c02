package io.cachedinference.interceptor.internal.config;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses sizes such as {@code 65536}, {@code 512KB}, {@code 64MB} or {@code 2GB} (binary units). */
final class ByteSize {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(B|KB|K|MB|M|GB|G)?");

    private ByteSize() {
    }

    static Optional<Long> parse(String text) {
        Matcher m = SIZE.matcher(text.trim().toUpperCase(Locale.ROOT).replace("_", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        long value;
        try {
            value = Long.parseLong(m.group(1));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        String unit = m.group(2) == null ? "B" : m.group(2);
        int shift = unit.startsWith("G") ? 30 : unit.startsWith("M") ? 20 : unit.startsWith("K") ? 10 : 0;
        if (value > (Long.MAX_VALUE >> shift)) {
            return Optional.empty();
        }
        return Optional.of(value << shift);
    }
}
