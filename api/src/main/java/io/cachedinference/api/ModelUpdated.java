package io.cachedinference.api;

import java.util.Objects;

/**
 * Fire this CDI event when a model is rolled out in a new version. Every cache of the model switches
 * its keys to the new version before the event returns and drops the old version's entries, so no
 * call that starts afterwards is answered with the old model's result.
 *
 * @param model   the model's name, as in {@link CachedInference#model()}
 * @param version the new version
 */
public record ModelUpdated(String model, String version) {

    /** Validates both names. */
    public ModelUpdated {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(version, "version");
        if (model.isEmpty()) {
            throw new IllegalArgumentException("ModelUpdated needs a model name; version=" + version);
        }
    }
}
