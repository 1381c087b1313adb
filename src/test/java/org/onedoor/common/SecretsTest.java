package org.onedoor.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void sha256MatchesTheStandardTestVector() {
        assertThat(Secrets.sha256("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Secrets.sha256("Nguyễn")).isEqualTo(Secrets.sha256("Nguyễn".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    @Test
    void tokensAreUrlSafeAndDoNotRepeat() {
        String a = Secrets.newToken();
        assertThat(a).hasSize(32).matches("[A-Za-z0-9_-]+");
        assertThat(Secrets.newToken()).isNotEqualTo(a);
    }

    @Test
    void aSecretMatchesOnlyItsOwnHash() {
        String token = Secrets.newToken();
        String hash = Secrets.sha256(token);
        assertThat(Secrets.sameHash(token, hash)).isTrue();
        assertThat(Secrets.sameHash(token + "x", hash)).isFalse();
        assertThat(Secrets.sameHash(null, hash)).isFalse();
        assertThat(Secrets.sameHash(token, null)).isFalse();
    }
}
