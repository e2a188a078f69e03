package io.mqlsync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.CrmAuthException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtAssertionTest {
    private static final KeyPair PAIR = generate();

    private static KeyPair generate() {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
            g.initialize(2048);
            return g.generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Secret pem() {
        return new Secret("-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(PAIR.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    @Test
    void theAssertionIsAnRs256JwtWithSalesforcesClaimsExpiringWithinThreeMinutes() throws Exception {
        Instant now = Instant.parse("2026-11-20T12:00:00Z");
        String jwt = JwtAssertion.fromPem(pem()).sign("client-1", "integration@acme.test", "https://login.salesforce.com", now);

        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        Signature verify = Signature.getInstance("SHA256withRSA");
        verify.initVerify(PAIR.getPublic());
        verify.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verify.verify(Base64.getUrlDecoder().decode(parts[2]))).isTrue();
        JsonNode header = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[0]));
        JsonNode claims = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(parts[1]));
        assertThat(header.path("alg").asText()).isEqualTo("RS256");
        assertThat(claims.path("iss").asText()).isEqualTo("client-1");
        assertThat(claims.path("sub").asText()).isEqualTo("integration@acme.test");
        assertThat(claims.path("aud").asText()).isEqualTo("https://login.salesforce.com");
        assertThat(claims.path("exp").asLong()).isGreaterThan(now.getEpochSecond())
                .isLessThanOrEqualTo(now.plusSeconds(180).getEpochSecond());
    }

    @Test
    void aPkcs1KeyIsRefusedWithHowToConvertItAndWithoutTheKey() {
        Secret pkcs1 = new Secret("-----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA PRIVATE KEY-----\n");

        assertThatThrownBy(() -> JwtAssertion.fromPem(pkcs1)).isInstanceOf(CrmAuthException.class)
                .hasMessageContaining("openssl pkcs8").hasMessageNotContaining("MIIEow");
    }

    @Test
    void garbageIsNotAKey() {
        assertThatThrownBy(() -> JwtAssertion.fromPem(new Secret("not a key"))).isInstanceOf(CrmAuthException.class)
                .hasMessage("salesforce.oauth.privateKey is not a PKCS#8 PEM RSA private key");
    }
}
