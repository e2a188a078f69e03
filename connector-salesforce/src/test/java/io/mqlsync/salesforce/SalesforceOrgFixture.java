package io.mqlsync.salesforce;

import io.mqlsync.core.spi.MapConfigBlock;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.CrmKind;
import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.salesforce.PartnerWsdl;
import io.mqlsync.sandbox.salesforce.SalesforceSandbox;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fake org and the adapter's context on it: the policy runs on real nano time at a high rate, and its
 * backoff waits are recorded instead of slept. Responses are checked against the partner WSDL.
 */
final class SalesforceOrgFixture implements AutoCloseable {
    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    final AdjustableClock clock = AdjustableClock.fixedAt(NOW);
    final List<Duration> waits = new CopyOnWriteArrayList<>();
    final CallCounts counts = new CallCounts();
    final SalesforceSandbox sandbox;

    SalesforceOrgFixture() {
        this(SalesforceSandboxOptions.builder());
    }

    SalesforceOrgFixture(SalesforceSandboxOptions.Builder options) {
        options.clock(clock).jwtPublicKey(Keys.PAIR.getPublic());
        Wsdl.LOADED.ifPresent(options::validateAgainst);
        this.sandbox = SalesforceSandbox.start(options.build());
    }

    /** The private key of the JWT flow as a PKCS#8 PEM secret file would hold it. */
    static Secret privateKeyPem() {
        return new Secret("-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(Keys.PAIR.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    MapConfigBlock jwtBlock(String object) {
        return new MapConfigBlock("salesforce", Map.of("loginUrl", sandbox.loginUrl(), "object", object,
                "oauth", Map.of("flow", "jwt", "clientId", sandbox.credentials().clientId(),
                        "username", sandbox.credentials().username(), "privateKey", privateKeyPem())));
    }

    /** The JWT block of Leads with these {@code engagement:} entries. */
    MapConfigBlock jwtBlock(List<Map<String, ?>> engagement) {
        Map<String, Object> values = new java.util.HashMap<>(jwtBlockValues("Lead"));
        values.put("engagement", engagement);
        return new MapConfigBlock("salesforce", values);
    }

    private Map<String, ?> jwtBlockValues(String object) {
        return Map.of("loginUrl", sandbox.loginUrl(), "object", object,
                "oauth", Map.of("flow", "jwt", "clientId", sandbox.credentials().clientId(),
                        "username", sandbox.credentials().username(), "privateKey", privateKeyPem()));
    }

    MapConfigBlock clientCredentialsBlock() {
        return new MapConfigBlock("salesforce", Map.of("loginUrl", sandbox.loginUrl(),
                "oauth", Map.of("flow", "client_credentials", "clientId", sandbox.credentials().clientId(),
                        "clientSecret", new Secret(sandbox.credentials().clientSecret()))));
    }

    ResilientCallPolicy policy(double maxDailyShare) {
        CallPolicyConfig config = CallPolicyConfig.of(new RequestRate(10_000, Duration.ofSeconds(1)))
                .withMaxDailyShare(maxDailyShare);
        return new ResilientCallPolicy("test", config, new PolicyRuntime(clock, System::nanoTime, waits::add, () -> 0.5, counts));
    }

    AdapterContext context(MapConfigBlock block, ResilientCallPolicy policy) {
        return new AdapterContext("test", block, FieldMapping.defaults(CrmKind.SALESFORCE), WriteBackConfig.defaults(),
                policy, EngagementArchive.inMemory(), clock);
    }

    SalesforceAdapter openLeads() {
        return open("Lead");
    }

    SalesforceAdapter open(String object) {
        return (SalesforceAdapter) new SalesforceProvider().open(context(jwtBlock(object), policy(0.8)));
    }

    /** Leads, with the org's own objects read as events. */
    SalesforceAdapter openWithEngagement(List<Map<String, ?>> engagement) {
        return (SalesforceAdapter) new SalesforceProvider().open(context(jwtBlock(engagement), policy(0.8)));
    }

    @Override
    public void close() {
        assertThat(sandbox.journal().schemaViolations()).as("responses not conforming to partner.wsdl").isEmpty();
        sandbox.close();
    }

    /** One RSA key pair per test JVM: generating one per org would dominate the suite's time. */
    static final class Keys {
        static final KeyPair PAIR = generate();

        private Keys() {
        }

        private static KeyPair generate() {
            try {
                KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
                g.initialize(2048);
                return g.generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** The partner WSDL, loaded once per JVM; absent specs skip the check with a warning. */
    static final class Wsdl {
        static final Optional<PartnerWsdl> LOADED = load();

        private Wsdl() {
        }

        private static Optional<PartnerWsdl> load() {
            Path wsdl = Path.of(System.getProperty("mqlsync.specs.dir", "../shared/specs"), "salesforce", "partner.wsdl");
            if (!Files.isRegularFile(wsdl)) {
                System.err.println("WARNING: " + wsdl.toAbsolutePath() + " is missing: responses are not checked");
                return Optional.empty();
            }
            return Optional.of(PartnerWsdl.load(wsdl));
        }
    }
}
