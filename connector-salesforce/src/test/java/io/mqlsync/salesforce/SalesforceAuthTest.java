package io.mqlsync.salesforce;

import io.mqlsync.core.spi.MapConfigBlock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceAuthTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture();

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void providerIsFoundByItsCrmKey() {
        assertThat(CrmProviders.installed().find("salesforce")).get().isInstanceOf(SalesforceProvider.class);
    }

    @Test
    void jwtBearerFlowSignsWithThePrivateKeySecretAndOpensAWorkingSession() {
        org.sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));

        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThat(adapter.leads().all(java.util.Optional.empty(), java.util.Optional.empty(), 200).leads()).hasSize(1);
        }
        assertThat(org.sandbox.journal().tokenRequests()).containsEntry("jwt-bearer:ok", 1L);
    }

    @Test
    void clientCredentialsFlowOpensAWorkingSession() {
        try (SalesforceAdapter adapter = (SalesforceAdapter) new SalesforceProvider()
                .open(org.context(org.clientCredentialsBlock(), org.policy(0.8)))) {
            assertThat(adapter.owners().owners()).isNotEmpty();
        }
        assertThat(org.sandbox.journal().tokenRequests()).containsEntry("client_credentials:ok", 1L);
    }

    @Test
    void aWrongClientSecretIsAnAuthFailureThatNamesNoSecret() {
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", org.sandbox.loginUrl(),
                "oauth", Map.of("flow", "client_credentials", "clientId", org.sandbox.credentials().clientId(),
                        "clientSecret", new Secret("not-the-secret"))));

        assertThatThrownBy(() -> new SalesforceProvider().open(org.context(block, org.policy(0.8))))
                .isInstanceOf(CrmAuthException.class)
                .hasMessageContaining("invalid_client")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("not-the-secret"));
    }

    @Test
    void aKeyTheOrgDoesNotKnowIsRefusedAsAnInvalidAssertion() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getMimeEncoder().encodeToString(g.generateKeyPair().getPrivate()
                .getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", org.sandbox.loginUrl(),
                "oauth", Map.of("flow", "jwt", "clientId", org.sandbox.credentials().clientId(),
                        "username", org.sandbox.credentials().username(), "privateKey", new Secret(pem))));

        assertThatThrownBy(() -> new SalesforceProvider().open(org.context(block, org.policy(0.8))))
                .isInstanceOf(CrmAuthException.class).hasMessageContaining("invalid_grant");
    }

    @Test
    void anExpiredSessionIsRenewedOnceAndEveryPartTakesTheNewSession() {
        org.sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        try (SalesforceAdapter adapter = org.openLeads()) {
            org.sandbox.admin().addCallRule(SoapCallRule.expireSession().withOperation(SoapOperation.QUERY).withTimes(1));

            assertThat(adapter.leads().all(java.util.Optional.empty(), java.util.Optional.empty(), 200).leads()).hasSize(1);
            assertThat(adapter.owners().owners()).isNotEmpty();
        }
        // The lead source and the owner directory each met the expired session once; only the first authenticated again.
        assertThat(org.sandbox.journal().tokenRequests()).containsEntry("jwt-bearer:ok", 2L);
        assertThat(org.sandbox.journal().faults()).containsEntry("INVALID_SESSION_ID", 2L);
    }

    @Test
    void settingsReportEveryProblemOfTheBlockAtOnce() {
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", "http://login.example.com",
                "object", "Opportunity", "maxDailyShare", 1.5, "oauth", Map.of("flow", "jwt", "clientId", "x")));

        new SalesforceProvider().validate(block);

        assertThat(block.problems()).containsExactlyInAnyOrder(
                "salesforce.loginUrl: must be an https:// URL (http:// only for loopback)",
                "salesforce.object: must be Lead or Contact",
                "salesforce.maxDailyShare: must be a number above 0 and at most 1",
                "salesforce.oauth.username: is required for the jwt flow",
                "salesforce.oauth.privateKey: is required for the jwt flow: ${file:/path/to/key.pem}");
    }
}
