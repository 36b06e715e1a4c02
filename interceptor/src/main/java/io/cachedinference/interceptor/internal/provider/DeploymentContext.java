package io.cachedinference.interceptor.internal.provider;

import io.cachedinference.api.spi.ProviderContext;
import io.cachedinference.api.spi.ProviderSettings;
import io.cachedinference.api.spi.ValueWeigher;
import io.cachedinference.interceptor.internal.config.CachedInferenceConfig;
import java.net.URI;
import java.util.List;
import java.util.UUID;

/** What one deployment hands its provider adapter. */
public final class DeploymentContext implements ProviderContext {

    private final ClassLoader classLoader;
    private final URI deploymentUri = URI.create("urn:cached-inference:" + UUID.randomUUID());
    private final ProviderSettingsView settings;
    private final ValueWeigher weigher;

    public DeploymentContext(ClassLoader classLoader, CachedInferenceConfig config, ValueWeigher weigher) {
        this.classLoader = classLoader;
        this.settings = new ProviderSettingsView(config);
        this.weigher = weigher;
    }

    @Override
    public ClassLoader classLoader() {
        return classLoader;
    }

    @Override
    public URI deploymentUri() {
        return deploymentUri;
    }

    @Override
    public ProviderSettings settings() {
        return settings;
    }

    @Override
    public ValueWeigher weigher() {
        return weigher;
    }

    /** The provider settings adapters rejected, also those they did not {@linkplain ProviderSettings#check() check}. */
    List<String> rejectedSettings() {
        return settings.rejected();
    }
}
