package io.cachedinference.tck.beans.invalid;

import io.cachedinference.api.CachedInference;
import jakarta.enterprise.context.ApplicationScoped;

/** Invalid: a cached private method, which no interceptor sees. */
@ApplicationScoped
public class PrivateMethodBean {

    public String score(String input) {
        return secretScore(input);
    }

    @CachedInference
    private String secretScore(String input) {
        return input;
    }
}
