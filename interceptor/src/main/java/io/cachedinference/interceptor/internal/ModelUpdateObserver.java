package io.cachedinference.interceptor.internal;

import io.cachedinference.api.ModelUpdated;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/** Switches a model's caches to its new version when {@link ModelUpdated} is fired. Registered by the extension. */
public class ModelUpdateObserver {

    private static final Logger LOG = System.getLogger("io.cachedinference");

    private final CachedInferenceExtension extension;

    @Inject
    public ModelUpdateObserver(CachedInferenceExtension extension) {
        this.extension = extension;
    }

    void onModelUpdated(@Observes ModelUpdated event) {
        long removed = extension.registry().switchModelVersion(event.model(), event.version());
        LOG.log(Level.INFO, () -> "CI-003 model '" + event.model() + "' switched to version '" + event.version()
                + "'; " + removed + " entries of earlier versions removed");
    }
}
