package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.ArgumentKeyer;
import io.cachedinference.api.KeySink;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid: a keyer for {@code String}, which the built-in key always keys itself. */
@ApplicationScoped
public class ForeignTypeKeyerBean implements ArgumentKeyer<String> {

    @Override
    public Class<String> type() {
        return String.class;
    }

    @Override
    public void write(String value, KeySink sink) {
        sink.putInt(value.length());
    }
}
