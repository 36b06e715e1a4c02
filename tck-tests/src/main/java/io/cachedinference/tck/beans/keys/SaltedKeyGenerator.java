package io.cachedinference.tck.beans.keys;

import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import io.cachedinference.api.KeyGeneratorContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/** A {@code @Dependent} generator bean that injects a salt and records its lifecycle in {@link Lifecycle}. */
@Dependent
public class SaltedKeyGenerator implements KeyGenerator {

    @Inject
    KeySalt salt;

    private KeyGenerator contentKey;

    @PostConstruct
    void created() {
        Lifecycle.CREATED.add(Lifecycle.id(this));
    }

    @PreDestroy
    void destroyed() {
        Lifecycle.DESTROYED.add(Lifecycle.id(this));
    }

    @Override
    public void configure(KeyGeneratorContext context) {
        Lifecycle.CONFIGURED_FOR.add(context.cacheName());
        contentKey = context.contentKey();
    }

    @Override
    public InferenceKey generate(String namespace, Object[] arguments) {
        Lifecycle.GENERATED_BY.add(Lifecycle.id(this));
        Object[] salted = new Object[arguments.length + 1];
        salted[0] = salt.value();
        System.arraycopy(arguments, 0, salted, 1, arguments.length);
        return contentKey.generate(namespace, salted);
    }
}
