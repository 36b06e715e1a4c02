package io.cachedinference.api.spi;

import java.net.URI;

/** What the core hands an adapter for one deployment. */
public interface ProviderContext {

    /** The deployment's class loader. */
    ClassLoader classLoader();

    /**
     * A URI unique to this deployment, {@code urn:cached-inference:<uuid>}: a manager opened under it is
     * private to the deployment.
     */
    URI deploymentUri();

    /** The configuration, for the adapter's own keys. */
    ProviderSettings settings();

    /** Sizes values for byte-bounded caches, with the core's sizing and the application's {@code ResultSizer}s. */
    ValueWeigher weigher();
}
