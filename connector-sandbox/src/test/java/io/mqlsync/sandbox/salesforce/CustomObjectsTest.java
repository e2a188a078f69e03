package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** An org's own objects (a {@code Trial__c} with a lookup to Lead): described, seeded and queried through force-wsc. */
class CustomObjectsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    private SalesforceSandboxOptions.Builder withTrials() {
        return SandboxFixture.options(clock).customObject(CustomObject.of("Trial__c", CustomField.lookup("Lead__c", "Lead"),
                CustomField.dateTime("Started_At__c"), CustomField.date("Ends_On__c"), CustomField.text("Status__c"),
                CustomField.number("Seats__c"), CustomField.checkbox("Paid__c")));
    }

    @Test
    void aCustomObjectIsDescribedWithItsLookupDateAndTextFields() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(withTrials().build())) {
            DescribeSObjectResult trial = SandboxFixture.connect(sf).describeSObject("Trial__c");
            Map<String, Field> fields = Arrays.stream(trial.getFields())
                    .collect(Collectors.toMap(Field::getName, Function.identity()));

            assertThat(trial.isCustom()).isTrue();
            assertThat(trial.getKeyPrefix()).isEqualTo("a00");
            assertThat(fields.get("Lead__c").getType()).isEqualTo(FieldType.reference);
            assertThat(fields.get("Lead__c").getReferenceTo()).containsExactly("Lead");
            assertThat(fields.get("Lead__c").getRelationshipName()).isEqualTo("Lead__r");
            assertThat(fields.get("Started_At__c").getType()).isEqualTo(FieldType.datetime);
            assertThat(fields.get("Ends_On__c").getType()).isEqualTo(FieldType.date);
            assertThat(fields.get("Status__c").getType()).isEqualTo(FieldType.string);
            assertThat(fields.get("Seats__c").getType()).isEqualTo(FieldType._double);
            assertThat(fields.get("Paid__c").getType()).isEqualTo(FieldType._boolean);
            assertThat(fields).containsKeys("Id", "Name", "OwnerId", "CreatedDate", "SystemModstamp");
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void seededRowsAreQueriedWithConditionsAndAcrossTheLookup() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(withTrials().build())) {
            String lead = sf.admin().insert("Lead", Map.of("LastName", "A", "Company", "Acme"));
            sf.admin().insert("Trial__c", Map.of("Lead__c", lead, "Started_At__c", Instant.parse("2026-11-19T09:30:00Z"),
                    "Ends_On__c", LocalDate.parse("2026-12-19"), "Status__c", "Active", "Seats__c", 5));
            sf.admin().insert("Trial__c", Map.of("Lead__c", lead, "Status__c", "Cancelled"));
            PartnerConnection connection = SandboxFixture.connect(sf);

            QueryResult result = connection.query("SELECT Id, Lead__c, Started_At__c, Lead__r.Company FROM Trial__c "
                    + "WHERE Lead__c IN ('" + lead + "') AND Started_At__c != null AND (Status__c != 'Cancelled' OR Seats__c > 1)");

            assertThat(result.getSize()).isEqualTo(1);
            SObject row = result.getRecords()[0];
            assertThat(row.getField("Lead__c")).isEqualTo(lead);
            assertThat(row.getField("Started_At__c")).isEqualTo("2026-11-19T09:30:00.000Z");
            assertThat(row.getChild("Lead__r").getField("Company")).isEqualTo("Acme");
            assertThat(sf.admin().records("Trial__c")).hasSize(2).allSatisfy(r -> assertThat(r).containsEntry("Paid__c", false));
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void aCustomObjectNeedsCustomNamesAndUniqueFields() {
        assertThatThrownBy(() -> CustomObject.of("Trial", CustomField.text("Status__c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ends in __c");
        assertThatThrownBy(() -> CustomObject.of("Trial__c", CustomField.text("Status__c"), CustomField.date("status__c")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two fields");
        assertThatThrownBy(() -> new CustomField("Lead__c", CustomField.Kind.LOOKUP, java.util.Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SandboxFixture.options(clock).customObject(CustomObject.of("Trial__c"))
                .customObject(CustomObject.of("TRIAL__c"))).isInstanceOf(IllegalArgumentException.class);
    }
}
