package io.cachedinference.tck.beans.keys;

import jakarta.enterprise.context.ApplicationScoped;

/** Something a key generator bean injects: a per-deployment salt. */
@ApplicationScoped
public class KeySalt {

    public String value() {
        return "tck-salt";
    }
}
