package io.mqlsync.sandbox.salesforce;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.common.Slf4jNotifier;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.mqlsync.sandbox.fault.FaultPlan;
import io.mqlsync.sandbox.salesforce.internal.AdminHttpApi;
import io.mqlsync.sandbox.salesforce.internal.OAuthTokenEndpoint;
import io.mqlsync.sandbox.salesforce.internal.PartnerWsdlSchema;
import io.mqlsync.sandbox.salesforce.internal.SalesforceOrg;
import io.mqlsync.sandbox.salesforce.internal.SoapEndpoint;
import io.mqlsync.sandbox.salesforce.internal.TokenEndpoint;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Optional;

/**
 * A fake Salesforce org on loopback: the partner SOAP API at {@link #serviceEndpoint()} (as force-wsc's
 * {@code PartnerConnection} calls it) and the OAuth token endpoint at {@link #tokenUrl()}, on one WireMock
 * server. Start with {@link #start}, close when done.
 *
 * <pre>{@code
 * try (SalesforceSandbox sf = SalesforceSandbox.start(SalesforceSandboxOptions.defaults())) {
 *     String leadId = sf.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
 *     // OAuth at sf.tokenUrl(), then ConnectorConfig.setServiceEndpoint(sf.serviceEndpoint())
 * }
 * }</pre>
 */
public final class SalesforceSandbox implements AutoCloseable {
    /** The partner API version served. */
    public static final String API_VERSION = "65.0";

    private final WireMockServer server;
    private final SalesforceOrg org;
    private final SalesforceAdmin admin;
    private final SalesforceSandboxCredentials credentials;
    private final String baseUrl;
    private final FaultPlan faults;

    private SalesforceSandbox(WireMockServer server, SalesforceOrg org, SalesforceSandboxCredentials credentials,
                              String baseUrl, FaultPlan faults) {
        this.server = server;
        this.org = org;
        this.faults = faults;
        this.admin = new SalesforceAdmin(org);
        this.credentials = credentials;
        this.baseUrl = baseUrl;
    }

    /**
     * Starts a sandbox org on {@code 127.0.0.1}.
     *
     * @throws IllegalStateException when the port is taken or the WSDL to validate against cannot be read
     */
    public static SalesforceSandbox start(SalesforceSandboxOptions options) {
        Optional<PrivateKey> signingKey = Optional.empty();
        PublicKey publicKey;
        if (options.jwtPublicKey().isPresent()) {
            publicKey = options.jwtPublicKey().get();
        } else {
            KeyPair pair = rsaKeyPair();
            publicKey = pair.getPublic();
            signingKey = Optional.of(pair.getPrivate());
        }
        Optional<PartnerWsdlSchema> schema = options.partnerWsdl().map(PartnerWsdl::schema);
        SalesforceOrg org = new SalesforceOrg(options);
        FaultPlan faults = new FaultPlan();
        WireMockConfiguration config = WireMockConfiguration.options().bindAddress("127.0.0.1")
                .port(options.port()).disableRequestJournal().notifier(new Slf4jNotifier(false))
                .extensions(new SoapEndpoint(org, schema, faults), new TokenEndpoint(new OAuthTokenEndpoint(org, publicKey)),
                        new AdminHttpApi(org));
        WireMockServer server = new WireMockServer(options.serverCustomizer().apply(config));
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot start the Salesforce sandbox on 127.0.0.1:" + options.port(), e);
        }
        String baseUrl = "http://127.0.0.1:" + server.port();
        server.stubFor(post(urlPathMatching("/services/Soap/u/" + API_VERSION.replace(".", "\\.") + "(/.*)?"))
                .willReturn(aResponse().withTransformers(SoapEndpoint.NAME)));
        server.stubFor(post(urlPathEqualTo("/services/oauth2/token"))
                .willReturn(aResponse().withTransformers(TokenEndpoint.NAME)));
        return new SalesforceSandbox(server, org, new SalesforceSandboxCredentials(options.clientId(),
                options.clientSecret(), options.username(), signingKey), baseUrl, faults);
    }

    /** @return the base URL of the org's instance, as {@code instance_url} gives it */
    public String instanceUrl() {
        return baseUrl;
    }

    /** @return the login URL (the same server): token endpoint = login URL + {@code /services/oauth2/token} */
    public String loginUrl() {
        return baseUrl;
    }

    /** @return the OAuth token endpoint */
    public String tokenUrl() {
        return baseUrl + "/services/oauth2/token";
    }

    /** @return the partner SOAP endpoint for {@code ConnectorConfig.setServiceEndpoint} */
    public String serviceEndpoint() {
        return baseUrl + "/services/Soap/u/" + API_VERSION;
    }

    /** @return the connected app's and integration user's credentials */
    public SalesforceSandboxCredentials credentials() {
        return credentials;
    }

    /** @return the 18-character org id */
    public String orgId() {
        return org.orgId();
    }

    /** @return the base URL of the HTTP admin API (journal, state, sales-rep edits), apart from Salesforce's paths */
    public String adminUrl() {
        return baseUrl + "/__admin/mqlsync/salesforce";
    }

    /** @return the admin view: seeding, sales-rep edits, error rules, state dump */
    public SalesforceAdmin admin() {
        return admin;
    }

    /**
     * @return the transport and API faults injected into SOAP calls (429-like throttling, 5xx, HTML pages,
     *         resets, stalls, truncated bodies, expired sessions, the daily limit), matched by the SOAP
     *         operation's element name ({@code query}, {@code update}, ...); shared, thread-safe
     */
    public FaultPlan faults() {
        return faults;
    }

    /** @return the journal of what the org served */
    public SoapJournal journal() {
        return org.journal();
    }

    /** Stops the server; the org's state is dropped. */
    @Override
    public void close() {
        server.stop();
    }

    private static KeyPair rsaKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no RSA key pair generator", e);
        }
    }
}
