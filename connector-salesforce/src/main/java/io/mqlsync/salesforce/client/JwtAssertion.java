package io.mqlsync.salesforce.client;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.CrmAuthException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Builds the RS256 assertion of Salesforce's OAuth 2.0 JWT bearer flow with the JDK's own crypto: claims
 * {@code iss} = consumer key, {@code sub} = username, {@code aud} = the login URL, {@code exp} at most
 * three minutes ahead (shared/specs/salesforce/NOTES.md).
 */
public final class JwtAssertion {
    /** Salesforce refuses assertions that expire more than three minutes ahead; stay under it. */
    static final Duration LIFETIME = Duration.ofMinutes(2);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final PrivateKey key;

    private JwtAssertion(PrivateKey key) {
        this.key = key;
    }

    /**
     * Reads a PKCS#8 PEM RSA key ({@code -----BEGIN PRIVATE KEY-----}).
     *
     * @throws CrmAuthException when the secret is not such a key; the message never carries the key
     */
    public static JwtAssertion fromPem(Secret pem) {
        String text = pem.reveal();
        if (text.contains("BEGIN RSA PRIVATE KEY")) {
            throw new CrmAuthException("salesforce.oauth.privateKey is a PKCS#1 key; convert it with "
                    + "'openssl pkcs8 -topk8 -nocrypt -in key.pem -out key.pk8.pem'");
        }
        String base64 = text.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            byte[] der = Base64.getDecoder().decode(base64);
            return new JwtAssertion(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (IllegalArgumentException | GeneralSecurityException e) {
            throw new CrmAuthException("salesforce.oauth.privateKey is not a PKCS#8 PEM RSA private key");
        }
    }

    /** A signed assertion for {@code username}, valid from {@code now} for {@link #LIFETIME}. */
    public String sign(String clientId, String username, String audience, Instant now) {
        String header = encode(JSON.createObjectNode().put("alg", "RS256"));
        ObjectNode claims = JSON.createObjectNode().put("iss", clientId).put("sub", username).put("aud", audience)
                .put("exp", now.plus(LIFETIME).getEpochSecond());
        String signingInput = header + "." + encode(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new CrmAuthException("cannot sign the JWT assertion with salesforce.oauth.privateKey", e);
        }
    }

    private static String encode(ObjectNode node) {
        return URL.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString() {
        return "JwtAssertion[***]";
    }
}
