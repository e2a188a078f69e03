package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP admin API beside the Salesforce paths, over OkHttp. */
class AdminHttpApiTest {
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http = new OkHttpClient();
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private SalesforceSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).build());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private Answer call(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            return new Answer(response.code(), SandboxFixture.JSON.readTree(response.body().string()));
        }
    }

    private record Answer(int status, JsonNode body) {
    }

    @Test
    void journalShowsCallsPerOperationAndTheWrites() throws Exception {
        SandboxFixture.connect(sandbox).query("SELECT Id FROM Lead");
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        sandbox.admin().patch(id, Map.of("Title", "CTO"));

        Answer journal = call(new Request.Builder().url(sandbox.adminUrl() + "/journal").build());

        assertThat(journal.status()).isEqualTo(200);
        assertThat(journal.body().path("calls").path("query").asLong()).isEqualTo(1);
        assertThat(journal.body().path("tokenRequests").path("client_credentials:ok").asLong()).isEqualTo(1);
        assertThat(journal.body().path("writes").get(0).path("origin").asText()).isEqualTo("ADMIN");
        assertThat(journal.body().path("writes").get(0).path("id").asText()).isEqualTo(id);
    }

    @Test
    void patchEditsARecordAsASalesRepAndNullClears() throws Exception {
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme", "Title", "CTO"));
        String body = "{\"Status\":\"Working - Contacted\",\"MQL_Rejection_Reason__c\":\"timing\",\"Title\":null}";

        Answer patched = call(new Request.Builder().url(sandbox.adminUrl() + "/record/" + id)
                .patch(RequestBody.create(body, JSON_TYPE)).build());

        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().path("Status").asText()).isEqualTo("Working - Contacted");
        assertThat(patched.body().has("Title")).isFalse();
        assertThat(sandbox.admin().record(id).orElseThrow()).containsEntry("MQL_Rejection_Reason__c", "timing");
    }

    @Test
    void patchTheOrgRefusesIsA400NamingTheStatusCode() throws Exception {
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));

        Answer refused = call(new Request.Builder().url(sandbox.adminUrl() + "/record/" + id)
                .patch(RequestBody.create("{\"MQL_Rejection_Reason__c\":\"bored\"}", JSON_TYPE)).build());

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").asText()).contains("INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST");
    }

    @Test
    void convertAndStateDumpShowTheConvertedLead() throws Exception {
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));

        Answer converted = call(new Request.Builder().url(sandbox.adminUrl() + "/record/" + id + "/convert")
                .post(RequestBody.create("", JSON_TYPE)).build());
        Answer state = call(new Request.Builder().url(sandbox.adminUrl() + "/state").build());
        Answer leads = call(new Request.Builder().url(sandbox.adminUrl() + "/records/Lead").build());

        assertThat(converted.body().path("contactId").asText()).startsWith("003");
        assertThat(state.body().path("Contact").get(0).path("LastName").asText()).isEqualTo("Doe");
        assertThat(leads.body().get(0).path("IsConverted").asBoolean()).isTrue();
        assertThat(leads.body().get(0).path("CreatedDate").asText()).isEqualTo("2026-11-20T10:00:00.000Z");
    }
}
