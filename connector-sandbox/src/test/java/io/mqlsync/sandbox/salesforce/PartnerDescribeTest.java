package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.soap.partner.PicklistEntry;
import com.sforce.soap.partner.SoapType;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** describeSObject through force-wsc, with the org's custom fields present, partly missing or absent. */
class PartnerDescribeTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

    private static Map<String, Field> fields(DescribeSObjectResult d) {
        return Arrays.stream(d.getFields()).collect(Collectors.toMap(Field::getName, Function.identity()));
    }

    @Test
    void describeReportsTypesLengthsAndRestrictedPicklistsOfTheCustomFields() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(SandboxFixture.options(clock).build())) {
            DescribeSObjectResult lead = SandboxFixture.connect(sf).describeSObject("Lead");
            Map<String, Field> fields = fields(lead);

            assertThat(lead.getName()).isEqualTo("Lead");
            assertThat(lead.getKeyPrefix()).isEqualTo("00Q");
            Field status = fields.get("MQL_Status__c");
            assertThat(status.getType()).isEqualTo(FieldType.picklist);
            assertThat(status.isRestrictedPicklist()).isTrue();
            assertThat(status.isCustom()).isTrue();
            assertThat(Arrays.stream(status.getPicklistValues()).map(PicklistEntry::getValue))
                    .containsExactly("NONE", "MQL", "SAL", "SQL", "RECYCLED", "DISQUALIFIED");
            assertThat(fields.get("MQL_Score__c").getType()).isEqualTo(FieldType._double);
            assertThat(fields.get("MQL_Score__c").getPrecision()).isEqualTo(18);
            assertThat(fields.get("MQL_Score__c").getScale()).isZero();
            assertThat(fields.get("MQL_Reasons__c").getType()).isEqualTo(FieldType.textarea);
            assertThat(fields.get("MQL_Reasons__c").getLength()).isEqualTo(32_768);
            assertThat(fields.get("MQL_Model__c").getLength()).isEqualTo(255);
            assertThat(fields.get("MQL_Qualified_At__c").getSoapType()).isEqualTo(SoapType.dateTime);
            assertThat(fields.get("UTM_Campaign__c").getType()).isEqualTo(FieldType.string);
            assertThat(Arrays.stream(fields.get("Status").getPicklistValues()).map(PicklistEntry::getValue))
                    .contains("Open - Not Contacted", "Closed - Converted");
            assertThat(fields.get("OwnerId").getReferenceTo()).containsExactly("Group", "User");
            assertThat(fields.get("SystemModstamp").isUpdateable()).isFalse();
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void describeLeavesOutTheCustomFieldsTheOrgLacks() throws Exception {
        SalesforceSandboxOptions options = SandboxFixture.options(clock).withoutCustomField("MQL_Model__c")
                .withoutCustomField("UTM_Term__c").build();
        try (SalesforceSandbox sf = SalesforceSandbox.start(options)) {
            var connection = SandboxFixture.connect(sf);

            assertThat(fields(connection.describeSObject("Lead"))).doesNotContainKeys("MQL_Model__c", "UTM_Term__c")
                    .containsKeys("MQL_Status__c", "UTM_Source__c");
            assertThat(fields(connection.describeSObject("Contact"))).doesNotContainKey("MQL_Model__c")
                    .containsKey("MQL_Score__c");
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void orgWithoutTheCustomFieldsHasNoneOfThem() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(SandboxFixture.options(clock).withoutCustomFields()
                .build())) {
            Map<String, Field> fields = fields(SandboxFixture.connect(sf).describeSObject("Lead"));

            assertThat(fields.keySet()).noneMatch(n -> n.endsWith("__c")).contains("Status", "Title", "OwnerId");
        }
    }

    @ParameterizedTest(name = "{0} describes as the WSDL says")
    @ValueSource(strings = {"Lead", "Contact", "Account", "Task", "User", "Group",
        "Campaign", "CampaignMember", "LeadStatus"})
    void everyObjectDescribesWithAnIdFieldAndItsKeyPrefix(String object) throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(SandboxFixture.options(clock).build())) {
            DescribeSObjectResult d = SandboxFixture.connect(sf).describeSObject(object);

            assertThat(d.getName()).isEqualTo(object);
            assertThat(d.getKeyPrefix()).hasSize(3);
            assertThat(fields(d).get("Id").getType()).isEqualTo(FieldType.id);
            assertThat(fields(d).get("SystemModstamp").getSoapType()).isEqualTo(SoapType.dateTime);
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void describeSObjectsDescribesSeveralObjectsInOrder() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(SandboxFixture.options(clock).build())) {
            DescribeSObjectResult[] results = SandboxFixture.connect(sf)
                    .describeSObjects(new String[] {"Task", "Lead"});

            assertThat(results).extracting(DescribeSObjectResult::getName).containsExactly("Task", "Lead");
            assertThat(fields(results[0])).containsKeys("WhoId", "ActivityDate", "Priority");
            assertThat(sf.journal().calls(SoapOperation.DESCRIBE_SOBJECTS)).isEqualTo(1);
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }

    @Test
    void describingAnUnknownObjectIsAnInvalidSObjectFault() throws Exception {
        try (SalesforceSandbox sf = SalesforceSandbox.start(SandboxFixture.options(clock).build())) {
            var connection = SandboxFixture.connect(sf);

            InvalidSObjectFault fault = catchThrowableOfType(InvalidSObjectFault.class,
                    () -> connection.describeSObject("Lead__x"));

            assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE);
            SandboxFixture.assertConformsToWsdl(sf);
        }
    }
}
