package io.cachedinference.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class KeyDigestTest {

    @Test
    void configNames_areRecognizedInAnyCaseAndWithSurroundingSpace() {
        assertThat(KeyDigest.ofConfigName("sha-256")).contains(KeyDigest.SHA_256);
        assertThat(KeyDigest.ofConfigName(" SHA-256 ")).contains(KeyDigest.SHA_256);
        assertThat(KeyDigest.ofConfigName("XXH3-128")).contains(KeyDigest.XXH3_128);
    }

    @Test
    void otherNames_areNotDigests() {
        assertThat(KeyDigest.ofConfigName("md5")).isEmpty();
        assertThat(KeyDigest.ofConfigName("SHA_256")).isEmpty();
        assertThat(KeyDigest.ofConfigName("")).isEmpty();
    }

    @Test
    void theDefaultDigest_isXxh3() throws NoSuchMethodException {
        assertThat(CachedInference.class.getMethod("digest").getDefaultValue()).isEqualTo(KeyDigest.XXH3_128);
    }
}
