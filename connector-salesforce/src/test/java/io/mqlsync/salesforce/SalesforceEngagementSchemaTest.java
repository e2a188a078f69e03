package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.spi.SchemaPackage;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaReport.Item;
import io.mqlsync.core.spi.SchemaReport.State;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.sandbox.salesforce.CustomField;
import io.mqlsync.sandbox.salesforce.CustomObject;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code setup} / {@code validate --online} on the org's own engagement objects: what is missing or wrong, exactly. */
class SalesforceEngagementSchemaTest {
    private static final SchemaRequirements REQUIRED = new SchemaRequirements(WriteBackConfig.defaults(),
            SalesforceSandboxOptions.DEFAULT_REJECTION_REASONS.stream().map(ReasonCode::new).toList(), List.of());
    private static final String FLS = ", or let the integration user read it (field-level security)";

    private final SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
            .customObject(SalesforceCustomEngagementTest.TRIAL)
            .customObject(CustomObject.of("Form_Submission__c", CustomField.lookup("Account__c", "Account"),
                    CustomField.text("Submitted__c"), CustomField.text("Form__c"))));

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void configuredObjectsAndFieldsThatExistWithSuitableTypesArePresent() {
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(Map.of("object", "Trial__c",
                "leadField", "Lead__c", "timeField", "Started_At__c", "event", "TRIAL_STARTED",
                "where", "Status__c != 'Cancelled' OR Status__c = null",
                "attributes", Map.of("asset", "Product_Name__c", "company", "Lead__r.Company"))))) {
            SchemaReport report = adapter.schema().check(REQUIRED);

            assertThat(report.isComplete()).isTrue();
            assertThat(report.items()).extracting(Item::name).contains("Trial__c", "Trial__c.Lead__c",
                    "Trial__c.Started_At__c", "Trial__c.Product_Name__c", "Trial__c.Lead__r",
                    "Trial__c where (Status__c != 'Cancelled' OR Status__c = null)");
        }
    }

    @Test
    void aMissingObjectMissingFieldsWrongTypesAndARefusedWhereAreNamedExactly(@TempDir Path dir) {
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of(
                Map.of("object", "Webinar_Attendance__c", "leadField", "Lead__c", "timeField", "Attended_On__c",
                        "event", "WEBINAR_ATTENDED"),
                Map.of("object", "Form_Submission__c", "leadField", "Account__c", "timeField", "Submitted__c",
                        "event", "FORM_SUBMITTED", "where", "Form__c = ", "attributes", Map.of("form", "Form_Name__c"))))) {
            long describesBefore = org.sandbox.journal().calls(SoapOperation.DESCRIBE_SOBJECT);

            SchemaReport report = adapter.schema().check(REQUIRED);

            assertThat(org.sandbox.journal().calls(SoapOperation.DESCRIBE_SOBJECT) - describesBefore)
                    .as("the configured object, then one per engagement object").isEqualTo(3);
            assertThat(report.items()).filteredOn(i -> i.state() != State.PRESENT).satisfiesExactly(
                    i -> assertThat(i).isEqualTo(new Item("Webinar_Attendance__c", State.MISSING,
                            "no such object, or the integration user cannot read it (named in salesforce.engagement)")),
                    i -> assertThat(i).isEqualTo(new Item("Form_Submission__c.Account__c", State.WRONG,
                            "is a lookup to Account, must be a lookup to Lead (leadField)")),
                    i -> assertThat(i).isEqualTo(new Item("Form_Submission__c.Submitted__c", State.WRONG,
                            "is string, must be a date or date-time (timeField)")),
                    i -> assertThat(i).isEqualTo(new Item("Form_Submission__c.Form_Name__c", State.MISSING,
                            "create a field (attributes.form)" + FLS)),
                    i -> {
                        assertThat(i.name()).isEqualTo("Form_Submission__c where (Form__c =)");
                        assertThat(i.state()).isEqualTo(State.WRONG);
                        assertThat(i.detail()).startsWith("Salesforce refuses it: ").contains("MALFORMED_QUERY");
                    });
            Optional<SchemaPackage> written = adapter.schema().writePackage(dir, REQUIRED, report);
            assertThat(written).as("the org's own objects are never part of the Metadata package").isEmpty();
        }
    }

    @Test
    void withoutEngagementObjectsTheCheckMakesNoExtraCall() {
        try (SalesforceAdapter adapter = org.openWithEngagement(List.of())) {
            long before = org.sandbox.journal().totalCalls();

            adapter.schema().check(REQUIRED);

            assertThat(org.sandbox.journal().totalCalls() - before).isEqualTo(1);
        }
    }
}
