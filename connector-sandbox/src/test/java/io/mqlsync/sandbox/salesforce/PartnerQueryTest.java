package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.InvalidFieldFault;
import com.sforce.soap.partner.fault.InvalidQueryLocatorFault;
import com.sforce.soap.partner.fault.InvalidSObjectFault;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.sobject.SObject;
import com.sforce.ws.bind.XmlObject;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** query and queryMore through force-wsc's PartnerConnection. */
class PartnerQueryTest {
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

    private String lead(String lastName, Map<String, Object> more) {
        Map<String, Object> values = new HashMap<>(more);
        values.put("LastName", lastName);
        values.putIfAbsent("Company", "Acme");
        return sandbox.admin().insert("Lead", values);
    }

    @Test
    void queryMorePagesThroughEveryRecordOnceInOrderWithTheBatchSizeAsked() throws Exception {
        for (int i = 0; i < 450; i++) {
            lead(String.format("Lead%03d", i), Map.of());
        }
        connection.setQueryOptions(200);

        QueryResult page = connection.query("SELECT Id, LastName FROM Lead ORDER BY LastName");
        List<Integer> pageSizes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (true) {
            pageSizes.add(page.getRecords().length);
            Arrays.stream(page.getRecords()).forEach(r -> names.add((String) r.getField("LastName")));
            assertThat(page.getSize()).isEqualTo(450);
            if (page.isDone()) {
                assertThat(page.getQueryLocator()).isNull();
                break;
            }
            page = connection.queryMore(page.getQueryLocator());
        }

        assertThat(pageSizes).containsExactly(200, 200, 50);
        assertThat(names).hasSize(450).doesNotHaveDuplicates().isSorted();
    }

    @Test
    void batchSizeBelowTheMinimumIsRaisedTo200AsSalesforceDoes() throws Exception {
        for (int i = 0; i < 250; i++) {
            lead("L" + i, Map.of());
        }
        connection.setQueryOptions(10);

        QueryResult page = connection.query("SELECT Id FROM Lead");

        assertThat(page.getRecords()).hasSize(200);
        assertThat(page.isDone()).isFalse();
    }

    @Test
    void unknownQueryLocatorIsAnInvalidQueryLocatorFault() {
        InvalidQueryLocatorFault fault = catchThrowableOfType(InvalidQueryLocatorFault.class,
                () -> connection.queryMore("01g5g0000000XYZ-500"));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_QUERY_LOCATOR);
    }

    @Test
    void queryLocatorDiesAfterFifteenIdleMinutes() throws Exception {
        for (int i = 0; i < 250; i++) {
            lead("L" + i, Map.of());
        }
        QueryResult first = connection.query("SELECT Id FROM Lead");
        connection.setQueryOptions(200);
        QueryResult page = connection.query("SELECT Id FROM Lead");
        clock.advance(Duration.ofMinutes(16));

        assertThat(first.isDone()).isTrue();
        assertThat(catchThrowableOfType(InvalidQueryLocatorFault.class,
                () -> connection.queryMore(page.getQueryLocator()))).isNotNull();
    }

    @Test
    void parentRelationshipFieldsComeBackAsNestedSObjects() throws Exception {
        String campaign = sandbox.admin().insert("Campaign", Map.of("Name", "Pricing webinar", "Type", "Webinar"));
        String leadId = lead("Doe", Map.of());
        sandbox.admin().insert("CampaignMember", Map.of("CampaignId", campaign, "LeadId", leadId,
                "Status", "Attended"));
        sandbox.admin().insert("CampaignMember", Map.of("CampaignId", campaign, "LeadId", leadId, "Status", "Sent"));

        QueryResult result = connection.query("SELECT LeadId, Status, HasResponded, Campaign.Name, Campaign.Type "
                + "FROM CampaignMember WHERE Campaign.Type = 'Webinar' AND LeadId IN ('" + leadId + "') "
                + "ORDER BY Status");

        assertThat(result.getSize()).isEqualTo(2);
        SObject attended = result.getRecords()[0];
        assertThat(attended.getField("Status")).isEqualTo("Attended");
        assertThat(attended.getField("HasResponded")).isEqualTo("true");
        XmlObject parent = attended.getChild("Campaign");
        assertThat(parent.getField("Name")).isEqualTo("Pricing webinar");
        assertThat(parent.getField("Type")).isEqualTo("Webinar");
        assertThat(result.getRecords()[1].getField("HasResponded")).isEqualTo("false");
    }

    @Test
    void emptyParentReferenceIsANilRelationship() throws Exception {
        String contact = sandbox.admin().insert("Contact", Map.of("LastName", "Roe"));

        SObject record = connection.query("SELECT Id, Account.Name FROM Contact").getRecords()[0];

        assertThat(record.getId()).isEqualTo(contact);
        assertThat(record.getField("Account")).isNull();
    }

    @Test
    void dateFieldsFilterWithDateLiterals() throws Exception {
        String early = sandbox.admin().insert("Campaign", Map.of("Name", "Early", "StartDate", "2026-11-01"));
        sandbox.admin().insert("Campaign", Map.of("Name", "Late", "StartDate", "2026-12-01"));
        sandbox.admin().insert("Campaign", Map.of("Name", "Undated"));

        QueryResult result = connection.query("SELECT Id, StartDate FROM Campaign WHERE StartDate < 2026-11-20");

        assertThat(result.getSize()).isEqualTo(1);
        assertThat(result.getRecords()[0].getId()).isEqualTo(early);
        assertThat(result.getRecords()[0].getField("StartDate")).isEqualTo("2026-11-01");
        assertThat(catchThrowableOfType(InvalidFieldFault.class, () -> connection.query(
                "SELECT Id FROM Campaign WHERE StartDate < 2026-11-20T00:00:00Z"))).isNotNull();
    }

    /** The org clock stands at 2026-11-20T10:00:00Z; each row's leads were created at the given offsets in days. */
    @ParameterizedTest(name = "CreatedDate {0} keeps [{1}]")
    @CsvSource(delimiter = '|', value = {
        "= TODAY            | today",
        "= YESTERDAY        | yesterday",
        "< TODAY            | yesterday weekAgo monthAgo",
        "> YESTERDAY        | today",
        "= LAST_N_DAYS:7    | today yesterday weekAgo",
        ">= LAST_N_DAYS:7   | today yesterday weekAgo",
        "< LAST_N_DAYS:7    | monthAgo",
        "= N_DAYS_AGO:7     | weekAgo",
        "!= N_DAYS_AGO:7    | today yesterday monthAgo",
        "= NEXT_N_DAYS:3    | ''",
    })
    void relativeDateLiteralsAreRangesOfDaysOnTheOrgClock(String filter, String expected) throws Exception {
        Map<String, Integer> daysAgo = new LinkedHashMap<>();
        daysAgo.put("today", 0);
        daysAgo.put("yesterday", 1);
        daysAgo.put("weekAgo", 7);
        daysAgo.put("monthAgo", 30);
        daysAgo.forEach((name, days) -> lead(name, Map.of("CreatedDate", T0.minus(Duration.ofDays(days))
                .minus(Duration.ofHours(9)))));

        QueryResult result = connection.query("SELECT LastName FROM Lead WHERE CreatedDate " + filter);

        assertThat(Arrays.stream(result.getRecords()).map(r -> (String) r.getField("LastName")))
                .containsExactlyInAnyOrder(expected.isBlank() ? new String[0] : expected.trim().split(" "));
    }

    @Test
    void startingOnAPortInUseFailsWithItsNumber() {
        int taken = URI.create(sandbox.instanceUrl()).getPort();

        assertThatThrownBy(() -> SalesforceSandbox.start(
                        SandboxFixture.options(clock).port(taken).build()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(String.valueOf(taken));
    }

    @Test
    void countQueryHasASizeAndNoRecords() throws Exception {
        lead("A", Map.of("Status", "Working - Contacted"));
        lead("B", Map.of());

        QueryResult result = connection.query("SELECT COUNT() FROM Lead WHERE Status = 'Working - Contacted'");

        assertThat(result.getSize()).isEqualTo(1);
        assertThat(result.getRecords()).isEmpty();
    }

    /** Six leads each test row filters; the expected names are those the row's WHERE clause keeps. */
    @ParameterizedTest(name = "WHERE {0} keeps [{1}]")
    @CsvSource(delimiter = '|', value = {
        "Title = 'VP Sales'                                              | Ada",
        "title = 'vp sales'                                              | Ada",
        "Title != 'VP Sales'                                             | Bo Cy Di Ed Fay",
        "Title = null                                                    | Ed Fay",
        "Title != null                                                   | Ada Bo Cy Di",
        "NumberOfEmployees > 100                                         | Ada Di",
        "NumberOfEmployees >= 250                                        | Ada Di",
        "NumberOfEmployees < 50                                          | Bo",
        "NumberOfEmployees <= 50                                         | Bo Cy",
        "AnnualRevenue > 1000000.5                                       | Ada",
        "Country IN ('US', 'CA')                                         | Ada Bo Ed",
        "Country NOT IN ('US', 'CA')                                     | Cy Di Fay",
        "Email LIKE '%@gmail.com'                                        | Bo",
        "Title LIKE 'vp%'                                                | Ada",
        "Title LIKE '_ead of Marketing'                                  | Di",
        "HasOptedOutOfEmail = true                                       | Cy",
        "Country = 'US' AND NumberOfEmployees > 100                      | Ada",
        "Country = 'US' OR Country = 'DE'                                | Ada Bo Cy",
        "(Country = 'US' OR Country = 'DE') AND HasOptedOutOfEmail = false | Ada Bo",
        "NOT (Country = 'US')                                            | Cy Di Ed Fay",
        "CreatedDate > 2026-11-20T10:30:00Z                              | Di Ed Fay",
        "CreatedDate >= 2026-11-20T11:30:00.000+01:00                    | Di Ed Fay",
        "CreatedDate < 2026-11-20T10:30:00Z AND Country = 'DE'           | Cy",
        "MQL_Next_Rescore_At__c <= 2026-11-21T00:00:00Z                  | Ed",
        "Owner.Email = 'integration@mqlsync.sandbox' AND Country = 'CA'  | Ed",
    })
    void whereClauseKeepsExactlyTheMatchingRecords(String where, String expected) throws Exception {
        Map<String, Map<String, Object>> leads = new LinkedHashMap<>();
        leads.put("Ada", Map.of("Title", "VP Sales", "NumberOfEmployees", 250, "Country", "US",
                "AnnualRevenue", 5_000_000.0));
        leads.put("Bo", Map.of("Title", "Student", "NumberOfEmployees", 5, "Country", "US",
                "Email", "bo@gmail.com"));
        leads.put("Cy", Map.of("Title", "Engineer", "NumberOfEmployees", 50, "Country", "DE",
                "HasOptedOutOfEmail", true));
        for (Map.Entry<String, Map<String, Object>> e : leads.entrySet()) {
            lead(e.getKey(), e.getValue());
        }
        clock.advance(Duration.ofHours(1));
        lead("Di", Map.of("Title", "Head of Marketing", "NumberOfEmployees", 1000, "Country", "FR"));
        lead("Ed", Map.of("Country", "CA", "MQL_Next_Rescore_At__c", "2026-11-20T23:00:00Z"));
        lead("Fay", Map.of("MQL_Next_Rescore_At__c", "2026-11-22T00:00:00Z"));

        QueryResult result = connection.query("SELECT LastName FROM Lead WHERE " + where);

        assertThat(Arrays.stream(result.getRecords()).map(r -> (String) r.getField("LastName")))
                .containsExactlyInAnyOrder(expected.trim().split(" "));
    }

    @Test
    void idsOrderAsCreatedAndMatchIn15OrAnyCase18CharacterForm() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            ids.add(lead("L" + i, Map.of()));
        }
        String probe = ids.get(42);

        QueryResult ordered = connection.query("SELECT Id FROM Lead ORDER BY Id DESC");
        QueryResult after = connection.query("SELECT Id FROM Lead WHERE Id > '" + ids.get(60) + "' ORDER BY Id");
        QueryResult byShort = connection.query("SELECT Id FROM Lead WHERE Id = '" + probe.substring(0, 15) + "'");
        QueryResult byLower = connection.query("SELECT Id FROM Lead WHERE Id IN ('" + probe.toLowerCase() + "')");

        List<String> reversed = new ArrayList<>(ids);
        Collections.reverse(reversed);
        assertThat(Arrays.stream(ordered.getRecords()).map(SObject::getId)).containsExactlyElementsOf(reversed);
        assertThat(Arrays.stream(after.getRecords()).map(SObject::getId)).containsExactlyElementsOf(ids.subList(61, 70));
        assertThat(byShort.getRecords()[0].getId()).isEqualTo(probe);
        assertThat(byLower.getRecords()[0].getId()).isEqualTo(probe);
    }

    @Test
    void orderByDescendingPutsNullsLastAndLimitCuts() throws Exception {
        lead("A", Map.of("NumberOfEmployees", 10));
        lead("B", Map.of());
        lead("C", Map.of("NumberOfEmployees", 30));
        lead("D", Map.of("NumberOfEmployees", 20));

        QueryResult all = connection.query("SELECT LastName FROM Lead ORDER BY NumberOfEmployees DESC");
        QueryResult firstTwo = connection.query("SELECT LastName FROM Lead ORDER BY NumberOfEmployees NULLS LAST "
                + "LIMIT 2");

        assertThat(Arrays.stream(all.getRecords()).map(r -> r.getField("LastName"))).containsExactly("C", "D", "A",
                "B");
        assertThat(Arrays.stream(firstTwo.getRecords()).map(r -> r.getField("LastName"))).containsExactly("A", "D");
        assertThat(firstTwo.getSize()).isEqualTo(2);
    }

    @Test
    void mixingAndWithOrWithoutParenthesesIsAMalformedQuery() {
        MalformedQueryFault fault = catchThrowableOfType(MalformedQueryFault.class, () -> connection.query(
                "SELECT Id FROM Lead WHERE Country = 'US' AND Title = 'x' OR Title = 'y'"));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.MALFORMED_QUERY);
        assertThat(fault.getRow()).isEqualTo(1);
        assertThat(fault.getColumn()).as("column of the OR").isEqualTo(58);
    }

    @Test
    void unknownFieldIsAnInvalidFieldFault() {
        InvalidFieldFault fault = catchThrowableOfType(InvalidFieldFault.class,
                () -> connection.query("SELECT Id, Nickname FROM Lead"));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_FIELD);
        assertThat(fault.getExceptionMessage()).contains("No such column 'Nickname' on entity 'Lead'");
    }

    @Test
    void quotedDateTimeFilterIsAnInvalidFieldFault() {
        InvalidFieldFault fault = catchThrowableOfType(InvalidFieldFault.class, () -> connection.query(
                "SELECT Id FROM Lead WHERE SystemModstamp > '2026-11-20T10:00:00Z'"));

        assertThat(fault.getExceptionMessage()).contains("must be of type dateTime and should not be enclosed in quotes");
    }

    @Test
    void longTextAreaCanBeNeitherFilteredNorSorted() {
        InvalidFieldFault filtered = catchThrowableOfType(InvalidFieldFault.class, () -> connection.query(
                "SELECT Id FROM Task WHERE Description LIKE '%mqlsync:%'"));
        InvalidFieldFault sorted = catchThrowableOfType(InvalidFieldFault.class, () -> connection.query(
                "SELECT Id FROM Lead ORDER BY MQL_Reasons__c"));

        assertThat(filtered.getExceptionMessage()).contains("field 'Description' can not be filtered");
        assertThat(sorted.getExceptionMessage()).contains("field 'MQL_Reasons__c' can not be sorted");
    }

    @Test
    void unknownObjectIsAnInvalidSObjectFault() {
        InvalidSObjectFault fault = catchThrowableOfType(InvalidSObjectFault.class,
                () -> connection.query("SELECT Id FROM Contract"));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_TYPE);
    }

    @Test
    void retrieveReturnsTheAskedFieldsPerIdAndNilForUnknownIds() throws Exception {
        String id = lead("Doe", Map.of("Title", "CTO"));
        String missing = "00Q5g0000009ZZZEA2";

        SObject[] results = connection.retrieve("Title, Owner.Email", "Lead", new String[] {missing, id});

        assertThat(results[0]).isNull();
        assertThat(results[1].getId()).isEqualTo(id);
        assertThat(results[1].getField("Title")).isEqualTo("CTO");
        assertThat(results[1].getChild("Owner").getField("Email")).isEqualTo("integration@mqlsync.sandbox");
        assertThat(catchThrowableOfType(InvalidFieldFault.class,
                () -> connection.retrieve("Nickname", "Lead", new String[] {id}))).isNotNull();
    }

    @Test
    void serverTimestampIsTheOrgClock() throws Exception {
        clock.advance(Duration.ofMillis(1_234));

        assertThat(connection.getServerTimestamp().getTimestamp().toInstant())
                .isEqualTo(T0.plusMillis(1_234));
    }

    @Test
    void leadStatusValuesAreQueryable() throws Exception {
        QueryResult result = connection.query("SELECT MasterLabel, IsConverted FROM LeadStatus ORDER BY SortOrder");

        assertThat(Arrays.stream(result.getRecords()).map(r -> r.getField("MasterLabel"))).containsExactly(
                "Open - Not Contacted", "Working - Contacted", "Closed - Converted", "Closed - Not Converted");
        assertThat(result.getRecords()[2].getField("IsConverted")).isEqualTo("true");
    }
}
