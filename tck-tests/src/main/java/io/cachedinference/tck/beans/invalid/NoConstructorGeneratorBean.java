package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import io.cachedinference.api.InferenceKey;
import io.cachedinference.api.KeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid: a key generator that is not a bean and has no public no-argument constructor. */
@ApplicationScoped
public class NoConstructorGeneratorBean {

    /** Needs a salt it has no way to get. */
    public static final class NeedsSalt implements KeyGenerator {
        private final String salt;

        public NeedsSalt(String salt) {
            this.salt = salt;
        }

        @Override
        public InferenceKey generate(String namespace, Object[] arguments) {
            return new InferenceKey(namespace + salt, new byte[8]);
        }
    }

    @CachedInference(keyGenerator = NeedsSalt.class)
    public String infer(String input) {
        return input;
    }
}
