package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.sync.SyncEngine;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end through core's sync engine: an instance config that maps {@code Trial__c} to {@code TRIAL_STARTED},
 * a model whose only intent rule is a started trial, the real adapter against the fake org and a SQLite state file.
 */
class SalesforceTrialSyncTest {
    private static final String MODEL = """
            name: trials
            version: 1
            fit:
              rules:
                - { id: title-exec, points: 30, label: Executive, if: { field: jobTitle, matches: "\\\\bvp\\\\b" } }
            intent:
              max: 100
              decay: { halfLife: P30D }
              rules:
                - { id: trial, points: 50, label: Started a trial, event: { type: TRIAL_STARTED, where: { field: asset, equals: Analytics } } }
            qualify: { fitMin: 25, intentMin: 30, scoreMin: 70 }
            """;

    @TempDir
    Path dir;

    @Test
    void aStartedTrialOfTheOrgsOwnObjectQualifiesTheLeadThroughTheSyncEngine() throws IOException {
        try (SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
                .customObject(SalesforceCustomEngagementTest.TRIAL))) {
            String started = lead(org, "VP Sales");
            String cancelled = lead(org, "VP Marketing");
            String otherProduct = lead(org, "VP Finance");
            Instant at = SalesforceOrgFixture.NOW.minusSeconds(3_600);
            trial(org, started, Map.of("Started_At__c", at, "Product_Name__c", "Analytics", "Status__c", "Active"));
            trial(org, cancelled, Map.of("Started_At__c", at, "Product_Name__c", "Analytics", "Status__c", "Cancelled"));
            trial(org, otherProduct, Map.of("Started_At__c", at, "Product_Name__c", "Billing", "Status__c", "Active"));
            InstanceConfig config = config(org);
            CrmAdapter adapter = new SalesforceProvider().open(new AdapterContext(config.instance(), config.crmSettings(),
                    config.fields(), config.writeBack(), org.policy(0.8), EngagementArchive.inMemory(), org.clock));
            try (adapter; StateDatabase database = StateDatabase.open(StateStoreSettings.of(config.state().url()), org.clock)) {
                RunRecord run = new SyncEngine(config, adapter, database.forInstance(config.instance()), org.clock,
                        new CallCounts()).sync();

                assertThat(run.outcome()).isEqualTo(RunOutcome.SUCCEEDED);
                assertThat(run.summary().counts().mqls()).isEqualTo(1);
                assertThat(org.sandbox.admin().record(started).orElseThrow()).containsEntry("MQL_Status__c", "MQL")
                        .containsEntry("MQL_Intent_Score__c", 50.0);
                assertThat(org.sandbox.admin().record(cancelled).orElseThrow()).as("filtered by where")
                        .doesNotContainEntry("MQL_Status__c", "MQL").containsEntry("MQL_Intent_Score__c", 0.0);
                assertThat(org.sandbox.admin().record(otherProduct).orElseThrow()).as("the model's own where on the asset")
                        .doesNotContainEntry("MQL_Status__c", "MQL");
            }
        }
    }

    private static String lead(SalesforceOrgFixture org, String title) {
        return org.sandbox.admin().insert("Lead", Map.of("LastName", title, "Company", "Acme", "Title", title));
    }

    private static void trial(SalesforceOrgFixture org, String lead, Map<String, ?> values) {
        Map<String, Object> all = new java.util.HashMap<>(values);
        all.put("Lead__c", lead);
        org.sandbox.admin().insert("Trial__c", all);
    }

    private InstanceConfig config(SalesforceOrgFixture org) throws IOException {
        Files.writeString(dir.resolve("trials.yaml"), MODEL);
        Path file = Files.writeString(dir.resolve("acme-sf.yaml"), """
                instance: acme-sf
                crm: salesforce
                salesforce:
                  loginUrl: %s
                  oauth:
                    flow: client_credentials
                    clientId: %s
                    clientSecret: ${SF_CLIENT_SECRET}
                  engagement:
                    - object: Trial__c
                      leadField: Lead__c
                      timeField: Started_At__c
                      event: TRIAL_STARTED
                      where: "Status__c != 'Cancelled'"
                      attributes: { asset: Product_Name__c }
                model: trials.yaml
                lifecycle:
                  acceptedWhen: { field: leadStatus, in: [Working - Contacted] }
                  onQualify: { leadStatus: Open - Not Contacted }
                  onRecycle: { leadStatus: Open - Not Contacted }
                """.formatted(org.sandbox.loginUrl(), org.sandbox.credentials().clientId()));
        return new InstanceConfigLoader(CrmProviders.of(List.of(new SalesforceProvider())),
                ConfigEnvironment.of(Map.of("SF_CLIENT_SECRET", org.sandbox.credentials().clientSecret()), Optional.of(dir), dir))
                .load(file);
    }
}
