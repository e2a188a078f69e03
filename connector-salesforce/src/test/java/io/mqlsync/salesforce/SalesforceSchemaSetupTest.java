package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.spi.SchemaPackage;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SalesforceSchemaSetupTest {
    private static final SchemaRequirements REQUIRED = new SchemaRequirements(WriteBackConfig.defaults(),
            SalesforceSandboxOptions.DEFAULT_REJECTION_REASONS.stream().map(ReasonCode::new).toList(),
            List.of("Open - Not Contacted", "Working - Contacted"));

    @Test
    void anOrgWithEveryFieldAndStatusIsComplete() {
        try (SalesforceOrgFixture org = new SalesforceOrgFixture(); SalesforceAdapter adapter = org.openLeads()) {
            SchemaReport report = adapter.schema().check(REQUIRED);

            assertThat(report.items()).filteredOn(i -> i.state() != SchemaReport.State.PRESENT).isEmpty();
            assertThat(report.items()).extracting(SchemaReport.Item::name)
                    .contains("Lead.MQL_Fit_Score__c", "Lead.MQL_Rejection_Reason__c", "Lead.UTM_Source__c",
                            "Lead.Status: Working - Contacted");
            assertThat(report.isComplete()).isTrue();
        }
    }

    @Test
    void missingFieldsValuesAndStatusesAreNamedExactly() {
        SchemaRequirements required = new SchemaRequirements(WriteBackConfig.defaults(),
                List.of(new ReasonCode("timing"), new ReasonCode("bad_data")), List.of("Open - Not Contacted", "MQL"));
        try (SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
                .withoutCustomField("MQL_Model__c"));
             SalesforceAdapter adapter = org.openLeads()) {
            SchemaReport report = adapter.schema().apply(required);

            assertThat(report.isComplete()).isFalse();
            assertThat(report.items()).filteredOn(i -> i.state() != SchemaReport.State.PRESENT).containsExactly(
                    new SchemaReport.Item("Lead.MQL_Model__c", SchemaReport.State.MISSING,
                            "create it as Text(255) (the Metadata API package written by setup does)"),
                    new SchemaReport.Item("Lead.MQL_Rejection_Reason__c", SchemaReport.State.WRONG,
                            "lacks the values bad_data"),
                    new SchemaReport.Item("Lead.Status: MQL", SchemaReport.State.MISSING,
                            "add it to the Lead Status picklist (Setup > Object Manager > Lead > Fields > Lead Status)"));
        }
    }

    @Test
    void noPackageIsWrittenWhenOnlyLeadStatusValuesAreLacking(@TempDir Path dir) {
        SchemaRequirements required = new SchemaRequirements(WriteBackConfig.defaults(), REQUIRED.reasons(),
                List.of("Open - Not Contacted", "Nurturing"));
        try (SalesforceOrgFixture org = new SalesforceOrgFixture(); SalesforceAdapter adapter = org.openLeads()) {
            SchemaReport found = adapter.schema().apply(required);

            assertThat(found.isComplete()).isFalse();
            assertThat(adapter.schema().writePackage(dir, required, found)).isEmpty();
            assertThat(dir).isEmptyDirectory();
        }
    }

    @Test
    void theMetadataPackageDefinesEveryFieldAndAPermissionSet(@TempDir Path dir) throws Exception {
        try (SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
                .withoutCustomField("MQL_Score__c"));
             SalesforceAdapter adapter = org.openLeads()) {
            SchemaReport found = adapter.schema().apply(REQUIRED);
            SchemaPackage written = adapter.schema().writePackage(dir, REQUIRED, found).orElseThrow();

            assertThat(written.deployHint()).contains("sf project deploy start --metadata-dir " + dir, "MQLSync_Fields");
            assertThat(written.files()).containsExactly(dir.resolve("package.xml"), dir.resolve("objects/Lead.object"),
                    dir.resolve("permissionsets/MQLSync_Fields.permissionset"));
            String pkg = Files.readString(dir.resolve("package.xml"));
            assertThat(pkg).contains("<members>Lead.MQL_Fit_Score__c</members>", "<name>CustomField</name>",
                    "<version>65.0</version>");
            String object = Files.readString(dir.resolve("objects/Lead.object"));
            assertThat(object).contains("<fullName>MQL_Score__c</fullName>", "<precision>18</precision>",
                    "<type>LongTextArea</type>", "<fullName>chose_competitor</fullName>", "<restricted>true</restricted>",
                    "<fullName>UTM_Campaign__c</fullName>");
            assertThat(Files.readString(dir.resolve("permissionsets/MQLSync_Fields.permissionset")))
                    .contains("<field>Lead.MQL_Rejection_Reason__c</field>");
        }
    }
}
