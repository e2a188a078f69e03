package io.mqlsync.sandbox.salesforce;

import java.security.PrivateKey;
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

    @Override
    public String toString() {
        return "SalesforceSandboxCredentials[clientId=" + clientId + ", clientSecret=***, username=***"
                + ", jwtSigningKey=" + (jwtSigningKey.isPresent() ? "***" : "none") + "]";
    }
}
