package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.StatusCode;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** create and update through force-wsc's PartnerConnection. */
class PartnerWriteTest {
    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private SalesforceSandbox sandbox;
    private PartnerConnection connection;

    @BeforeEach
    void start() throws Exception {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).build());
        connection = SandboxFixture.connect(sandbox);
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    private String lead(String lastName) {
        return sandbox.admin().insert("Lead", Map.of("LastName", lastName, "Company", "Acme", "Title", "CTO"));
    }

    private static SObject leadUpdate(String id, String field, Object value) {
        SObject s = new SObject("Lead");
        s.setId(id);
        s.setField(field, value);
        return s;
    }

    @Test
    void updateSavesTheGoodRecordsAndReportsEachBadOneInInputOrder() throws Exception {
        String ok = lead("Ok");
        String badPicklist = lead("BadPicklist");
        String locked = lead("Locked");
        sandbox.admin().addRecordErrorRule(RecordErrorRule.lockRow().withRecordIds(Set.of(locked)));

        SaveResult[] results = connection.update(new SObject[] {
            leadUpdate(ok, "MQL_Status__c", "MQL"),
            leadUpdate(badPicklist, "MQL_Status__c", "HOT"),
            leadUpdate(locked, "MQL_Status__c", "MQL")});

        assertThat(results).hasSize(3);
        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).isEqualTo(ok);
        assertThat(results[1].isSuccess()).isFalse();
        assertThat(results[1].getErrors()[0].getStatusCode())
                .isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        assertThat(results[1].getErrors()[0].getFields()).containsExactly("MQL_Status__c");
        assertThat(results[2].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.UNABLE_TO_LOCK_ROW);
        assertThat(sandbox.admin().record(ok).orElseThrow()).containsEntry("MQL_Status__c", "MQL");
        assertThat(sandbox.admin().record(badPicklist).orElseThrow()).doesNotContainKey("MQL_Status__c");
        assertThat(sandbox.admin().record(locked).orElseThrow()).doesNotContainKey("MQL_Status__c");
    }

    @Test
    void allOrNoneHeaderRollsTheWholeBatchBackWhenOneRecordFails() throws Exception {
        String ok = lead("Ok");
        String bad = lead("Bad");
        connection.setAllOrNoneHeader(true);

        SaveResult[] results = connection.update(new SObject[] {leadUpdate(ok, "MQL_Status__c", "MQL"),
            leadUpdate(bad, "MQL_Status__c", "HOT")});

        assertThat(results[0].isSuccess()).isFalse();
        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.ALL_OR_NONE_OPERATION_ROLLED_BACK);
        assertThat(results[1].getErrors()[0].getStatusCode())
                .isEqualTo(StatusCode.INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST);
        assertThat(sandbox.admin().record(ok).orElseThrow()).doesNotContainKey("MQL_Status__c");
    }

    @Test
    void lockRowRuleUsedUpAfterItsTimesLetsTheRetrySucceed() throws Exception {
        String id = lead("Contended");
        sandbox.admin().addRecordErrorRule(RecordErrorRule.lockRow().withSObjectType("Lead").withTimes(1));

        SaveResult first = connection.update(new SObject[] {leadUpdate(id, "MQL_Score__c", 70)})[0];
        SaveResult retry = connection.update(new SObject[] {leadUpdate(id, "MQL_Score__c", 70)})[0];

        assertThat(first.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.UNABLE_TO_LOCK_ROW);
        assertThat(retry.isSuccess()).isTrue();
        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("MQL_Score__c", 70.0);
    }

    @Test
    void validationRuleFailsOnlyWritesOfItsField() throws Exception {
        String id = lead("Validated");
        sandbox.admin().addRecordErrorRule(RecordErrorRule.validation("Owner must be set before Status")
                .withWhenWriting("Status"));

        SaveResult status = connection.update(new SObject[] {leadUpdate(id, "Status", "Working - Contacted")})[0];
        SaveResult score = connection.update(new SObject[] {leadUpdate(id, "MQL_Score__c", 10)})[0];

        assertThat(status.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.FIELD_CUSTOM_VALIDATION_EXCEPTION);
        assertThat(status.getErrors()[0].getMessage()).isEqualTo("Owner must be set before Status");
        assertThat(status.getErrors()[0].getFields()).containsExactly("Status");
        assertThat(score.isSuccess()).isTrue();
    }

    @Test
    void fieldsToNullClearsFieldsAndNullFieldValuesAreIgnored() throws Exception {
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme",
                "MQL_Rejection_Reason__c", "timing", "Title", "CTO"));
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setFieldsToNull(new String[] {"MQL_Rejection_Reason__c"});
        change.setField("Title", null);

        SaveResult result = connection.update(new SObject[] {change})[0];

        assertThat(result.isSuccess()).isTrue();
        assertThat(sandbox.admin().record(id).orElseThrow()).doesNotContainKey("MQL_Rejection_Reason__c")
                .containsEntry("Title", "CTO");
    }

    @Test
    void textWithMarkupAndNonAsciiCharactersRoundTrips() throws Exception {
        String id = lead("Doe");
        String title = "Directrice Générale <Ventes> & \"Growth\" – 🚀";

        connection.update(new SObject[] {leadUpdate(id, "Title", title)});

        assertThat(connection.query("SELECT Title FROM Lead WHERE Title LIKE '%Générale%'").getRecords()[0]
                .getField("Title")).isEqualTo(title);
    }

    @Test
    void fieldsToNullOnARequiredFieldIsRefused() throws Exception {
        String id = lead("Doe");
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setFieldsToNull(new String[] {"LastName"});

        SaveResult result = connection.update(new SObject[] {change})[0];

        assertThat(result.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
    }

    @Test
    void everySavedWriteBumpsSystemModstampToTheSecond() throws Exception {
        String id = lead("Doe");
        clock.advance(Duration.ofMinutes(5).plusMillis(700));

        connection.update(new SObject[] {leadUpdate(id, "Title", "CTO")});

        Instant expected = T0.plus(Duration.ofMinutes(5));
        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("SystemModstamp", expected)
                .containsEntry("LastModifiedDate", expected).containsEntry("CreatedDate", T0);
        SObject read = connection.query("SELECT Id, SystemModstamp FROM Lead WHERE SystemModstamp > "
                + "2026-11-20T10:04:59Z").getRecords()[0];
        assertThat(read.getField("SystemModstamp")).isEqualTo("2026-11-20T10:05:00.000Z");
    }

    @Test
    void updateNamingAFieldTheOrgLacksFailsTheWholeCall() {
        String id = lead("Doe");

        InvalidFieldFault fault = catchThrowableOfType(InvalidFieldFault.class,
                () -> connection.update(new SObject[] {leadUpdate(id, "Favourite_Colour__c", "blue")}));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD);
    }

    @Test
    void moreThan200RecordsFailTheWholeCall() {
        SObject[] many = IntStream.range(0, 201).mapToObj(i -> leadUpdate(lead("L" + i), "Title", "x"))
                .toArray(SObject[]::new);

        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class, () -> connection.update(many));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.EXCEEDED_ID_LIMIT);
        assertThat(sandbox.journal().writes()).isEmpty();
    }

    @Test
    void convertedLeadCannotBeUpdatedAndIsFilterable() throws Exception {
        String converted = lead("Converted");
        String open = lead("Open");
        sandbox.admin().convertLead(converted);

        SaveResult result = connection.update(new SObject[] {leadUpdate(converted, "Title", "x")})[0];
        SObject[] unconverted = connection.query("SELECT Id FROM Lead WHERE IsConverted = false").getRecords();
        SObject convertedRow = connection.query("SELECT Id, IsConverted, ConvertedOpportunityId, Status FROM Lead "
                + "WHERE IsConverted = true").getRecords()[0];

        assertThat(result.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.CANNOT_UPDATE_CONVERTED_LEAD);
        assertThat(Arrays.stream(unconverted).map(SObject::getId)).containsExactly(open);
        assertThat(convertedRow.getId()).isEqualTo(converted);
        assertThat((String) convertedRow.getField("ConvertedOpportunityId")).startsWith("006");
        assertThat(convertedRow.getField("Status")).isEqualTo("Closed - Converted");
    }

    @Test
    void recordDeletedBetweenReadAndWriteIsEntityIsDeleted() throws Exception {
        String kept = lead("Kept");
        String gone = lead("Gone");
        sandbox.admin().delete(gone);

        SaveResult[] results = connection.update(new SObject[] {leadUpdate(kept, "Title", "x"),
            leadUpdate(gone, "Title", "x")});
        SObject[] left = connection.query("SELECT Id FROM Lead").getRecords();

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.ENTITY_IS_DELETED);
        assertThat(Arrays.stream(left).map(SObject::getId)).containsExactly(kept);
        assertThat(sandbox.admin().record(gone)).isEmpty();
    }

    @Test
    void ownerMustBeAnActiveUser() throws Exception {
        String id = lead("Doe");
        String active = sandbox.admin().addUser("alice@acme.test", "Alice", "A", true);
        String inactive = sandbox.admin().addUser("bob@acme.test", "Bob", "B", false);

        SaveResult[] results = connection.update(new SObject[] {leadUpdate(id, "OwnerId", inactive),
            leadUpdate(id, "OwnerId", active)});

        assertThat(results[0].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INACTIVE_OWNER_OR_USER);
        assertThat(results[1].isSuccess()).isTrue();
        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("OwnerId", active);
    }

    @Test
    void createReturnsNewIdsAndReportsMissingRequiredFields() throws Exception {
        String leadId = lead("Doe");
        SObject task = new SObject("Task");
        task.setField("WhoId", leadId);
        task.setField("Subject", "New MQL: follow up within 4h");
        task.setField("Priority", "High");
        task.setField("ActivityDate", java.util.Calendar.getInstance());
        SObject leadWithoutCompany = new SObject("Lead");
        leadWithoutCompany.setField("LastName", "Roe");

        SaveResult[] results = connection.create(new SObject[] {task, leadWithoutCompany});

        assertThat(results[0].isSuccess()).isTrue();
        assertThat(results[0].getId()).startsWith("00T");
        assertThat(results[1].isSuccess()).isFalse();
        assertThat(results[1].getId()).isNull();
        assertThat(results[1].getErrors()[0].getStatusCode()).isEqualTo(StatusCode.REQUIRED_FIELD_MISSING);
        assertThat(results[1].getErrors()[0].getFields()).containsExactly("Company");
        SObject created = connection.query("SELECT Id, Status, Priority, OwnerId, IsClosed, Who.Name FROM Task")
                .getRecords()[0];
        assertThat(created.getField("Status")).isEqualTo("Not Started");
        assertThat(created.getField("Priority")).isEqualTo("High");
        assertThat(created.getField("OwnerId")).isEqualTo(sandbox.admin().integrationUserId());
        assertThat(created.getChild("Who").getField("Name")).isEqualTo("Doe");
    }

    @Test
    void journalRecordsEveryWriteWithItsOutcome() throws Exception {
        String id = lead("Doe");
        sandbox.admin().addRecordErrorRule(RecordErrorRule.lockRow().withTimes(1));

        connection.update(new SObject[] {leadUpdate(id, "Title", "A")});
        connection.update(new SObject[] {leadUpdate(id, "Title", "B")});
        sandbox.admin().patch(id, Map.of("Status", "Working - Contacted"));

        List<SoapWrite> writes = sandbox.journal().writes();
        assertThat(writes).extracting(SoapWrite::origin).containsExactly(SoapWrite.Origin.API, SoapWrite.Origin.API,
                SoapWrite.Origin.ADMIN);
        assertThat(writes.get(0).statusCode()).contains("UNABLE_TO_LOCK_ROW");
        assertThat(writes.get(1).success()).isTrue();
        assertThat(writes.get(1).values()).containsEntry("Title", "B");
        assertThat(sandbox.journal().calls(SoapOperation.UPDATE)).isEqualTo(2);
    }

    @Test
    void numbersAreRoundedToTheFieldsScaleAndBadEmailsRefused() throws Exception {
        String id = lead("Doe");

        SaveResult score = connection.update(new SObject[] {leadUpdate(id, "MQL_Score__c", 72.5)})[0];
        SaveResult email = connection.update(new SObject[] {leadUpdate(id, "Email", "not-an-address")})[0];

        assertThat(score.isSuccess()).isTrue();
        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("MQL_Score__c", 73.0);
        assertThat(email.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_EMAIL_ADDRESS);
    }

    @Test
    void createWithAnIdIsRefused() throws Exception {
        SObject withId = new SObject("Lead");
        withId.setId(lead("Doe"));
        withId.setField("LastName", "Roe");
        withId.setField("Company", "Acme");

        SaveResult result = connection.create(new SObject[] {withId})[0];

        assertThat(result.getErrors()[0].getStatusCode()).isEqualTo(StatusCode.INVALID_FIELD_FOR_INSERT_UPDATE);
    }

    @Test
    void concurrentClientsEachSeeTheirOwnWritesSaved() throws Exception {
        List<String> ids = IntStream.range(0, 40).mapToObj(i -> lead("L" + i)).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> done = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                List<String> mine = ids.subList(t * 10, t * 10 + 10);
                PartnerConnection own = SandboxFixture.connect(sandbox);
                done.add(pool.submit(() -> {
                    boolean all = true;
                    for (String id : mine) {
                        all &= own.update(new SObject[] {leadUpdate(id, "MQL_Status__c", "MQL")})[0].isSuccess();
                    }
                    return all;
                }));
            }
            for (var f : done) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(sandbox.admin().records("Lead")).allSatisfy(r -> assertThat(r).containsEntry("MQL_Status__c", "MQL"));
        assertThat(sandbox.journal().writeCount()).isEqualTo(40);
        assertThat(sandbox.admin().apiRequestsUsed()).isEqualTo(40);
    }

    @Test
    void adminPatchObeysTheSameRulesAsASalesRep() {
        String id = lead("Doe");

        sandbox.admin().patch(id, Map.of("MQL_Rejection_Reason__c", "no_budget"));

        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("MQL_Rejection_Reason__c", "no_budget");
        assertThatThrownBy(() -> sandbox.admin().patch(id, Map.of("MQL_Rejection_Reason__c", "bored")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
    }
}
