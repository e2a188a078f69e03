package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.TaskPriority;
import io.mqlsync.core.spi.MapConfigBlock;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.sandbox.salesforce.LeadAssignmentRule;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import io.mqlsync.sandbox.salesforce.SoapWrite;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code assignmentRules}: the org's Lead assignment rule picks the owner of a qualifying lead, through force-wsc. */
class SalesforceAssignmentRulesTest {
    private static final String ACTIVE_RULE = "01Q5g000000AAAAEAA";
    private static final String OTHER_RULE = "01Q5g000000BBBB";

    private final SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
            .leadAssignmentRule(LeadAssignmentRule.active(ACTIVE_RULE, List.of(
                    LeadAssignmentRule.Entry.when("Country", List.of("US"), "us.rep@acme.test"),
                    LeadAssignmentRule.Entry.always("Inbound Queue"))))
            .leadAssignmentRule(LeadAssignmentRule.inactive(OTHER_RULE, List.of(
                    LeadAssignmentRule.Entry.always("other.rep@acme.test")))));
    private final String marketing = org.sandbox.admin().addUser("marketing@acme.test", "Mark", "Eting", true);
    private final String usRep = org.sandbox.admin().addUser("us.rep@acme.test", "Us", "Rep", true);
    private final String otherRep = org.sandbox.admin().addUser("other.rep@acme.test", "Other", "Rep", true);
    private final String queue = org.sandbox.admin().addQueue("Inbound Queue", "inbound@acme.test");

    @AfterEach
    void close() {
        org.close();
    }

    private SalesforceAdapter open(Object assignmentRules) {
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", org.sandbox.loginUrl(), "object", "Lead",
                "assignmentRules", assignmentRules,
                "oauth", Map.of("flow", "jwt", "clientId", org.sandbox.credentials().clientId(),
                        "username", org.sandbox.credentials().username(), "privateKey", SalesforceOrgFixture.privateKeyPem())));
        return (SalesforceAdapter) new SalesforceProvider().open(org.context(block, org.policy(0.8)));
    }

    private String lead(String country) {
        return org.sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme", "Country", country,
                "OwnerId", marketing));
    }

    /** The change the planner makes on the MQL transition of a lead still owned by marketing. */
    private LeadChange qualifying(String id) {
        HandoffTask task = new HandoffTask("test:" + id + ":1", Optional.of(new OwnerId(marketing)),
                Instant.parse("2026-11-21T03:30:00Z"), TaskPriority.HIGH, "New MQL", "Who: Jane Doe");
        return new LeadChange(new LeadId(id), Map.of("mql_status", "MQL", "mql_score", "120"), Set.of(), Optional.empty(),
                Optional.of(task), LeadChange.StageMove.DIRECT);
    }

    private static LeadChange rescored(String id) {
        return new LeadChange(new LeadId(id), Map.of("mql_score", "40"), Set.of(), Optional.empty(), Optional.empty(),
                LeadChange.StageMove.DIRECT);
    }

    private Map<String, Object> record(String id) {
        return org.sandbox.admin().record(id).orElseThrow();
    }

    private List<SoapWrite> writesOf(String id) {
        return org.sandbox.journal().writes().stream().filter(w -> w.id().filter(id::equals).isPresent()).toList();
    }

    @Test
    void aQualifyingLeadIsAssignedByTheOrgsRuleAndItsTaskIsOwnedByThatUser() {
        String id = lead("US");
        try (SalesforceAdapter adapter = open("default")) {
            WriteResult result = adapter.sink().write(List.of(qualifying(id))).getFirst();

            assertThat(result.isWritten()).isTrue();
            assertThat(result.assignedOwner()).contains(new OwnerId(usRep));
            assertThat(record(result.taskId().orElseThrow())).containsEntry("OwnerId", usRep).containsEntry("WhoId", id);
        }
        assertThat(record(id)).containsEntry("OwnerId", usRep).containsEntry("MQL_Status__c", "MQL");
        List<SoapWrite> writes = writesOf(id);
        assertThat(writes).hasSize(2);
        assertThat(writes.get(0).assignmentRule()).contains("default");
        assertThat(writes.get(0).values()).containsKey("MQL_Score__c").doesNotContainKey("MQL_Status__c");
        assertThat(writes.get(1).assignmentRule()).as("the status goes after the task, without the header").isEmpty();
        assertThat(writes.get(1).values()).containsOnlyKeys("MQL_Status__c");
        assertThat(org.sandbox.journal().calls(SoapOperation.QUERY)).as("the owners, read back once").isEqualTo(1);
        assertThat(org.sandbox.journal().calls(SoapOperation.CREATE)).isEqualTo(1);
    }

    @Test
    void aRescoreOnlyUpdateIsSentWithoutTheHeaderAndKeepsItsOwner() {
        String mql = lead("US");
        String rescore = lead("US");
        try (SalesforceAdapter adapter = open("default")) {
            List<WriteResult> results = adapter.sink().write(List.of(rescored(rescore), qualifying(mql)));

            assertThat(results).allMatch(WriteResult::isWritten);
            assertThat(results.getFirst().assignedOwner()).isEmpty();
        }
        assertThat(writesOf(rescore)).singleElement().satisfies(w -> assertThat(w.assignmentRule()).isEmpty());
        assertThat(record(rescore)).containsEntry("OwnerId", marketing).containsEntry("MQL_Score__c", 40.0);
        assertThat(record(mql)).containsEntry("OwnerId", usRep);
        assertThat(org.sandbox.journal().calls(SoapOperation.UPDATE)).as("one with the header, one without").isEqualTo(2);
    }

    @Test
    void whenTheRuleAssignsAQueueTheTaskIsLeftToTheIntegrationUser() {
        String id = lead("FR");
        try (SalesforceAdapter adapter = open("default")) {
            WriteResult result = adapter.sink().write(List.of(qualifying(id))).getFirst();

            assertThat(result.isWritten()).isTrue();
            assertThat(result.assignedOwner()).as("the handoff went to the queue").contains(new OwnerId(queue));
            assertThat(record(result.taskId().orElseThrow())).containsEntry("OwnerId", org.sandbox.admin().integrationUserId());
        }
        assertThat(record(id)).containsEntry("OwnerId", queue);
    }

    @Test
    void aRuleIdRunsThatRule() {
        String id = lead("US");
        try (SalesforceAdapter adapter = open(Map.of("ruleId", OTHER_RULE))) {
            WriteResult result = adapter.sink().write(List.of(qualifying(id))).getFirst();

            assertThat(result.assignedOwner()).contains(new OwnerId(otherRep));
        }
        assertThat(writesOf(id).getFirst().assignmentRule()).contains(OTHER_RULE);
        assertThat(record(id)).containsEntry("OwnerId", otherRep);
    }

    @Test
    void withTasksOffTheStatusGoesWithTheAssignmentInOneUpdate() {
        String id = lead("US");
        LeadChange noTask = new LeadChange(new LeadId(id), Map.of("mql_status", "MQL"), Set.of(), Optional.empty(),
                Optional.empty(), LeadChange.StageMove.DIRECT);
        try (SalesforceAdapter adapter = open("default")) {
            WriteResult result = adapter.sink().write(List.of(noTask)).getFirst();

            assertThat(result.assignedOwner()).contains(new OwnerId(usRep));
            assertThat(result.taskId()).isEmpty();
        }
        assertThat(writesOf(id)).singleElement().satisfies(w -> {
            assertThat(w.assignmentRule()).contains("default");
            assertThat(w.values()).containsEntry("MQL_Status__c", "MQL");
        });
        assertThat(org.sandbox.journal().calls(SoapOperation.CREATE)).isZero();
    }

    @Test
    void aCrashBetweenTheAssignmentAndTheTaskLeavesOneTaskAfterTheRestart() {
        String id = lead("US");
        org.sandbox.admin().addCallRule(SoapCallRule.fault("INVALID_OPERATION", "simulated crash").withOperation(SoapOperation.CREATE));
        try (SalesforceAdapter adapter = open("default")) {
            assertThatThrownBy(() -> adapter.sink().write(List.of(qualifying(id)))).isInstanceOf(PermanentCrmException.class);
        }
        assertThat(record(id)).as("assigned, but not yet an MQL: the next run plans the handoff again")
                .containsEntry("OwnerId", usRep).doesNotContainKey("MQL_Status__c");

        try (SalesforceAdapter restarted = open("default")) {
            assertThat(restarted.sink().findTask(new LeadId(id), "test:" + id + ":1")).isEmpty();
            WriteResult result = restarted.sink().write(List.of(qualifying(id))).getFirst();

            assertThat(result.isWritten()).isTrue();
            assertThat(result.assignedOwner()).contains(new OwnerId(usRep));
        }
        assertThat(org.sandbox.admin().records("Task")).singleElement().satisfies(t -> assertThat(t).containsEntry("OwnerId", usRep));
        assertThat(record(id)).containsEntry("MQL_Status__c", "MQL");
    }

    @Test
    void aCrashAfterTheTaskIsFoundByItsKeyAndTheRetryCreatesNoSecondTask() {
        String id = lead("US");
        org.sandbox.admin().addCallRule(SoapCallRule.fault("INVALID_OPERATION", "simulated crash").withOperation(SoapOperation.UPDATE)
                .withSkip(1));
        String task;
        try (SalesforceAdapter adapter = open("default")) {
            assertThatThrownBy(() -> adapter.sink().write(List.of(qualifying(id)))).isInstanceOf(PermanentCrmException.class);
        }
        try (SalesforceAdapter restarted = open("default")) {
            task = restarted.sink().findTask(new LeadId(id), "test:" + id + ":1").orElseThrow();
            // the ledger holds the task as created now, so the re-planned change comes without it
            LeadChange withoutTask = qualifying(id);
            withoutTask = new LeadChange(withoutTask.lead(), withoutTask.properties(), Set.of(), Optional.empty(), Optional.empty(),
                    LeadChange.StageMove.DIRECT);
            WriteResult result = restarted.sink().write(List.of(withoutTask)).getFirst();

            assertThat(result.isWritten()).isTrue();
            assertThat(result.taskId()).isEmpty();
        }
        assertThat(org.sandbox.admin().records("Task")).extracting(t -> t.get("Id")).containsExactly(task);
        assertThat(record(id)).containsEntry("MQL_Status__c", "MQL").containsEntry("OwnerId", usRep);
    }

    @Test
    void assignmentRulesNeedTheLeadObject() {
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", "https://login.salesforce.com",
                "object", "Contact", "assignmentRules", "default",
                "oauth", Map.of("flow", "client_credentials", "clientId", "3MVG9", "clientSecret", new io.mqlsync.core.model.Secret("s"))));

        new SalesforceProvider().validate(block);

        assertThat(block.problems()).containsExactly(
                "salesforce.assignmentRules: Salesforce has assignment rules for leads only: remove it or set object: Lead");
    }

    @Test
    void aRuleIdMustBeAnAssignmentRuleId() {
        MapConfigBlock block = new MapConfigBlock("salesforce", Map.of("loginUrl", "https://login.salesforce.com",
                "assignmentRules", Map.of("ruleId", "00Q5g000000AAAA"),
                "oauth", Map.of("flow", "client_credentials", "clientId", "3MVG9", "clientSecret", new io.mqlsync.core.model.Secret("s"))));

        new SalesforceProvider().validate(block);

        assertThat(block.problems()).containsExactly(
                "salesforce.assignmentRules.ruleId: is not an AssignmentRule id (01Q and 12 or 15 more letters or digits)");
    }

    @Test
    void assignmentRulesTakeOverRoutingFromMqlsync() {
        SalesforceProvider provider = new SalesforceProvider();

        assertThat(provider.delegatedRouting(new MapConfigBlock("salesforce", Map.of("assignmentRules", "default"))))
                .contains("assignmentRules");
        assertThat(provider.delegatedRouting(new MapConfigBlock("salesforce", Map.of("object", "Lead")))).isEmpty();
    }
}
