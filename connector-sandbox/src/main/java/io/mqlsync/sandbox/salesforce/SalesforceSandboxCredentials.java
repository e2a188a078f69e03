package io.mqlsync.sandbox.salesforce;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.Base64;
import java.util.Optional;

/**
 * What a client needs to authenticate against a {@link SalesforceSandbox}. {@code toString} hides the secret
 * and the key.
 *
 * @param clientId the connected app's consumer key (JWT {@code iss})
 * @param clientSecret the consumer secret (client credentials flow)
 * @param username the integration user (JWT {@code sub})
 * @param jwtSigningKey the private key to sign JWT assertions with, when the sandbox generated the key pair;
 *                      empty when the options gave a public key, whose private half the caller holds
 */
public record SalesforceSandboxCredentials(String clientId, String clientSecret, String username,
                                           Optional<PrivateKey> jwtSigningKey) {

    /**
     * @return the JWT signing key as a PKCS#8 PEM text ({@code -----BEGIN PRIVATE KEY-----}), the form a
     *         connector reads from a secret file; empty when the sandbox holds no private key
     */
    public Optional<String> jwtSigningKeyPem() {
        return jwtSigningKey.map(k -> "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(k.getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    @Override
    public String toString() {
        return "SalesforceSandboxCredentials[clientId=" + clientId + ", clientSecret=***, username=***"
                + ", jwtSigningKey=" + (jwtSigningKey.isPresent() ? "***" : "none") + "]";
    }
}
