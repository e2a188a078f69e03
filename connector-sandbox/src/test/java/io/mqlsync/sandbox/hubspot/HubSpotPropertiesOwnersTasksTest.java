package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotPropertiesOwnersTasksTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(50).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @Test
    void defaultLifecycleAndLeadStatusOptionsAreReadableFromThePropertiesApi() throws IOException {
        JsonNode stage = http.get("/crm/v3/properties/contacts/lifecyclestage").json();
        assertThat(values(stage)).startsWith("subscriber", "lead", "marketingqualifiedlead");
        JsonNode status = http.get("/crm/v3/properties/contacts/hs_lead_status").json();
        assertThat(values(status)).contains("NEW", "IN_PROGRESS", "UNQUALIFIED", "BAD_TIMING");
    }

    @Test
    void setupCreatesAGroupAndPropertiesInABatchThatThenAcceptWrites() throws IOException {
        assertThat(http.post("/crm/v3/properties/contacts/groups",
                Map.of("name", "mqlsync", "label", "mqlsync", "displayOrder", -1)).status()).isEqualTo(201);
        assertThat(http.get("/crm/v3/properties/contacts/groups/mqlsync").status()).isEqualTo(200);
        HubSpotHttp.Reply created = http.post("/crm/v3/properties/contacts/batch/create", Map.of("inputs", List.of(
                Map.of("name", "mql_score", "label", "MQL score", "type", "number", "fieldType", "number",
                        "groupName", "mqlsync"),
                Map.of("name", "mql_status", "label", "MQL status", "type", "enumeration", "fieldType", "select",
                        "groupName", "mqlsync", "options", List.of(
                                Map.of("label", "None", "value", "NONE", "hidden", false),
                                Map.of("label", "MQL", "value", "MQL", "hidden", false))))));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("results")).hasSize(2);

        assertThat(http.patch("/crm/v3/objects/contacts/1",
                Map.of("properties", Map.of("mql_score", "72", "mql_status", "MQL"))).status()).isEqualTo(200);
        assertThat(http.patch("/crm/v3/objects/contacts/1",
                Map.of("properties", Map.of("mql_score", "high"))).status()).isEqualTo(400);

        HubSpotHttp.Reply again = http.post("/crm/v3/properties/contacts", Map.of("name", "mql_score",
                "label", "MQL score", "type", "number", "fieldType", "number", "groupName", "mqlsync"));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void enumerationOptionsCanBeReplaced() throws IOException {
        http.post("/crm/v3/properties/contacts/groups", Map.of("name", "mqlsync_opts", "label", "opts"));
        http.post("/crm/v3/properties/contacts", Map.of("name", "mql_rejection_reason", "label", "Rejection reason",
                "type", "enumeration", "fieldType", "select", "groupName", "mqlsync_opts",
                "options", List.of(Map.of("label", "Timing", "value", "timing", "hidden", false))));
        HubSpotHttp.Reply updated = http.patch("/crm/v3/properties/contacts/mql_rejection_reason", Map.of("options",
                List.of(Map.of("label", "Timing", "value", "timing", "hidden", false),
                        Map.of("label", "No budget", "value", "no_budget", "hidden", false))));
        assertThat(values(updated.json())).containsExactly("timing", "no_budget");
        assertThat(http.patch("/crm/v3/objects/contacts/2",
                Map.of("properties", Map.of("mql_rejection_reason", "no_budget"))).status()).isEqualTo(200);
    }

    @Test
    void ownersHideArchivedPeopleUnlessAskedAndIncludeAQueue() throws IOException {
        JsonNode active = http.get("/crm/v3/owners?limit=100").json();
        List<String> types = new ArrayList<>();
        active.path("results").forEach(o -> types.add(o.path("type").asText()));
        assertThat(types).hasSize(11).contains("PERSON", "QUEUE");
        JsonNode archived = http.get("/crm/v3/owners?archived=true").json();
        assertThat(archived.path("results")).hasSize(2);
        archived.path("results").forEach(o -> assertThat(o.path("archived").asBoolean()).isTrue());
    }

    @Test
    void ownersPageWithAfterAndFilterByEmail() throws IOException {
        JsonNode first = http.get("/crm/v3/owners?limit=4").json();
        assertThat(first.path("results")).hasSize(4);
        String after = first.path("paging").path("next").path("after").asText();
        JsonNode second = http.get("/crm/v3/owners?limit=4&after=" + after).json();
        assertThat(second.path("results").get(0).path("id").asText())
                .isNotEqualTo(first.path("results").get(3).path("id").asText());
        String email = first.path("results").get(1).path("email").asText();
        JsonNode byEmail = http.get("/crm/v3/owners?email=" + email).json();
        assertThat(byEmail.path("results")).hasSize(1);
        assertThat(byEmail.path("results").get(0).path("email").asText()).isEqualTo(email);
    }

    @Test
    void taskCreatedWithAssociation204IsLinkedToItsContact() throws IOException {
        String owner = http.get("/crm/v3/owners?limit=1").json().path("results").get(0).path("id").asText();
        HubSpotHttp.Reply created = http.post("/crm/v3/objects/tasks", task("7", owner, 204));
        assertThat(created.status()).isEqualTo(201);
        long taskId = created.json().path("id").asLong();
        assertThat(HUBSPOT.sandbox().taskContacts(taskId)).containsExactly(7L);
        JsonNode fromContact = http.get("/crm/v4/objects/contacts/7/associations/tasks").json();
        assertThat(fromContact.path("results").get(0).path("toObjectId").asText()).isEqualTo(String.valueOf(taskId));
        JsonNode fromTask = http.get("/crm/v4/objects/tasks/" + taskId + "/associations/contacts").json();
        assertThat(fromTask.path("results").get(0).path("associationTypes").get(0).path("typeId").asInt())
                .isEqualTo(204);
        JsonNode labels = http.get("/crm/associations/v4/tasks/contacts/labels").json();
        assertThat(labels.path("results").get(0).path("typeId").asInt()).isEqualTo(204);
    }

    @Test
    void taskBatchCreateRefusesAWrongAssociationTypeForTheWholeBatch() throws IOException {
        long before = HUBSPOT.sandbox().taskCount();
        String owner = http.get("/crm/v3/owners?limit=1").json().path("results").get(0).path("id").asText();
        HubSpotHttp.Reply refused = http.post("/crm/v3/objects/tasks/batch/create",
                Map.of("inputs", List.of(task("8", owner, 204), task("9", owner, 1))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(HUBSPOT.sandbox().taskCount()).isEqualTo(before);
        HubSpotHttp.Reply ok = http.post("/crm/v3/objects/tasks/batch/create",
                Map.of("inputs", List.of(task("8", owner, 204), task("9", owner, 204))));
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.json().path("results")).hasSize(2);
    }

    @Test
    void tasksAreSearchableBySubject() throws IOException {
        String owner = http.get("/crm/v3/owners?limit=1").json().path("results").get(0).path("id").asText();
        Map<String, Object> input = task("11", owner, 204);
        http.post("/crm/v3/objects/tasks", input);
        JsonNode found = http.post("/crm/v3/objects/tasks/search", HubSpotHttp.search(
                List.of(Map.of("filters", List.of(HubSpotHttp.filter("hs_task_subject", "EQ", "New MQL: contact 11")))),
                List.of(), 10, "0", "hs_task_subject", "hubspot_owner_id")).json();
        assertThat(found.path("total").asInt()).isEqualTo(1);
        assertThat(found.path("results").get(0).path("properties").path("hubspot_owner_id").asText()).isEqualTo(owner);
    }

    @Test
    void taskWithoutADueTimeIsRefused() throws IOException {
        HubSpotHttp.Reply refused = http.post("/crm/v3/objects/tasks", Map.of("properties",
                Map.of("hs_task_subject", "no due"), "associations", List.of()));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("message").asText()).contains("hs_timestamp");
    }

    private static Map<String, Object> task(String contactId, String owner, int type) {
        return Map.of("properties", Map.of("hs_timestamp", "2026-11-21T13:00:00Z",
                        "hs_task_subject", "New MQL: contact " + contactId, "hs_task_status", "NOT_STARTED",
                        "hs_task_priority", "HIGH", "hs_task_type", "TODO", "hubspot_owner_id", owner),
                "associations", List.of(Map.of("to", Map.of("id", contactId),
                        "types", List.of(Map.of("associationCategory", "HUBSPOT_DEFINED", "associationTypeId", type)))));
    }

    private static List<String> values(JsonNode property) {
        List<String> values = new ArrayList<>();
        property.path("options").forEach(o -> values.add(o.path("value").asText()));
        return values;
    }
}
