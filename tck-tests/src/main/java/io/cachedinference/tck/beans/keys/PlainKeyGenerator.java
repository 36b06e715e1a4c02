package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;

/** Not a bean: created through its public no-argument constructor, once per method. */
public class PlainKeyGenerator implements KeyGenerator {

    private KeyGenerator contentKey;

    public PlainKeyGenerator() {
        Lifecycle.CREATED.add(Lifecycle.id(this));
    }

    @Override
    public void configure(KeyGeneratorContext context) {
        Lifecycle.CONFIGURED_FOR.add(context.cacheName());
        contentKey = context.contentKey();
    }

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        Lifecycle.GENERATED_BY.add(Lifecycle.id(this));
        return contentKey.generate(namespace, arguments);
    }
}
