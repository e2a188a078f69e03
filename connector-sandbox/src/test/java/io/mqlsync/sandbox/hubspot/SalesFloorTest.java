package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.DispositionKind;
import io.mqlsync.sandbox.data.SyntheticDisposition;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SalesFloorTest {

    static final Instant T0 = Instant.parse("2026-11-21T09:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(200).clock(AdjustableClock.fixedAt(T0)).searchLag(Duration.ZERO)
            .rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @Test
    void repsAnswerEachDueHandoffOnceBySeededDisposition() throws IOException {
        http.post("/crm/v3/properties/contacts/groups", Map.of("name", "mqlsync", "label", "mqlsync"));
        http.post("/crm/v3/properties/contacts", Map.of("name", "mql_rejection_reason", "label", "Rejection reason",
                "type", "enumeration", "fieldType", "select", "groupName", "mqlsync", "options",
                List.of("poor_fit", "no_budget", "no_authority", "timing", "no_intent", "unresponsive",
                        "chose_competitor", "student_researcher", "competitor", "duplicate").stream()
                        .map(r -> Map.of("label", r, "value", r, "hidden", false)).toList()));
        String owner = http.get("/crm/v3/owners?limit=1").json().path("results").get(0).path("id").asText();
        List<Integer> handedOff = IntStream.rangeClosed(101, 120).boxed().toList();
        for (int id : handedOff) {
            // Clear first: some seeded contacts are already past MQL and the stage only moves forward.
            http.patch("/crm/v3/objects/contacts/" + id, Map.of("properties", Map.of("lifecyclestage", "")));
            http.patch("/crm/v3/objects/contacts/" + id, Map.of("properties", Map.of(
                    "lifecyclestage", "marketingqualifiedlead", "hubspot_owner_id", owner, "hs_lead_status", "NEW")));
        }
        HUBSPOT.sandbox().clock().advance(Duration.ofDays(4));
        int responded = HUBSPOT.sandbox().respondAsSales("mql_");

        int expected = 0;
        for (int id : handedOff) {
            SyntheticDisposition disposition = HUBSPOT.sandbox().data().disposition(id - 1);
            Map<String, String> contact = HUBSPOT.sandbox().contact(id).orElseThrow();
            switch (disposition.kind()) {
                case ACCEPTED -> assertThat(contact).containsEntry("hs_lead_status", "IN_PROGRESS");
                case REJECTED -> assertThat(contact).containsEntry("hs_lead_status", "UNQUALIFIED")
                        .containsEntry("mql_rejection_reason", disposition.reason().orElseThrow());
                case NO_RESPONSE -> assertThat(contact).containsEntry("hs_lead_status", "NEW");
            }
            expected += disposition.kind() == DispositionKind.NO_RESPONSE ? 0 : 1;
        }
        // Seeded contacts that were already marketing-qualified with an owner get answered too.
        assertThat(responded).isGreaterThanOrEqualTo(expected);
        assertThat(expected).isPositive();
        assertThat(HUBSPOT.sandbox().respondAsSales("mql_")).as("each handoff is answered once").isZero();
    }
}
