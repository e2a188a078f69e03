package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Meetings and their contact associations: seeded from demo requests, booked through the Java API with the
 * contact's aggregates following, served by the v4 associations batch read and the meetings batch read (checked
 * against the contacts file, as deals are), refused with 403 on demand.
 */
class HubSpotMeetingsTest {
    private static final Instant NOW = Instant.parse("2026-11-21T09:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(500).clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
            .rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @AfterEach
    void reset() {
        HUBSPOT.sandbox().grantAllScopes();
        HUBSPOT.sandbox().specViolations().drain();
    }

    private static List<Long> contacts(boolean withMeetings) {
        return IntStream.rangeClosed(1, 500).mapToObj(i -> (long) i)
                .filter(i -> HUBSPOT.sandbox().meetingsOf(i).isEmpty() != withMeetings).toList();
    }

    private HubSpotHttp.Reply associations(List<Long> contacts) throws IOException {
        return http.post("/crm/v4/associations/contacts/meetings/batch/read",
                Map.of("inputs", contacts.stream().map(id -> Map.of("id", Long.toString(id))).toList()));
    }

    private HubSpotHttp.Reply meetings(List<Long> ids) throws IOException {
        return http.post("/crm/v3/objects/meetings/batch/read", Map.of(
                "inputs", ids.stream().map(id -> Map.of("id", Long.toString(id))).toList(),
                "properties", List.of("hs_meeting_title", "hs_meeting_outcome", "hs_meeting_source",
                        "hs_meeting_external_url", "hs_createdate"),
                "propertiesWithHistory", List.of()));
    }

    @Test
    void demoRequestsBookMeetingsAndTheContactCarriesTheLatestBooking() {
        List<Long> with = contacts(true);

        assertThat(with).as("some generated contacts asked for a demo").isNotEmpty();
        assertThat(contacts(false)).as("most did not").hasSizeGreaterThan(with.size());
        for (long contact : with.subList(0, Math.min(20, with.size()))) {
            List<Instant> booked = HUBSPOT.sandbox().meetingsOf(contact).stream()
                    .map(id -> Instant.parse(HUBSPOT.sandbox().meeting(id).orElseThrow().get("hs_createdate"))).toList();
            Instant latest = booked.stream().max(Instant::compareTo).orElseThrow();
            assertThat(HUBSPOT.sandbox().contact(contact).orElseThrow().get("engagements_last_meeting_booked"))
                    .isEqualTo(HubSpotJson.timestamp(latest));
        }
        assertThat(contacts(false).subList(0, 20)).allSatisfy(c -> assertThat(HUBSPOT.sandbox().contact(c).orElseThrow())
                .doesNotContainKey("engagements_last_meeting_booked"));
    }

    @Test
    void associationsListEachContactsMeetingsWithTypeIdAndAContactWithoutAnyIsAnErrorOfA207() throws IOException {
        long with = contacts(true).get(0);
        long without = contacts(false).get(0);

        HubSpotHttp.Reply reply = associations(List.of(with, without));

        assertThat(reply.status()).isEqualTo(207);
        JsonNode result = reply.json().path("results").get(0);
        assertThat(result.path("from").path("id").asText()).isEqualTo(Long.toString(with));
        assertThat(result.path("to")).hasSize(HUBSPOT.sandbox().meetingsOf(with).size());
        assertThat(result.path("to").get(0).path("associationTypes").get(0).path("typeId").asInt())
                .isEqualTo(MeetingBook.CONTACT_TO_MEETING);
        assertThat(reply.json().path("errors").get(0).path("context").path("toObjectType").get(0).asText())
                .isEqualTo("MEETING");
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void bookingAMeetingMovesTheContactsAggregatesAndItsLastModifiedDate() throws IOException {
        long contact = contacts(false).get(1);
        HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(5));
        Instant bookedAt = HUBSPOT.sandbox().clock().instant();

        long meeting = HUBSPOT.sandbox().bookMeeting(Map.of("hs_meeting_title", "Intro call",
                "hs_meeting_start_time", "2026-11-28T15:00:00Z"), List.of(contact));

        Map<String, String> after = HUBSPOT.sandbox().contact(contact).orElseThrow();
        assertThat(after.get("engagements_last_meeting_booked")).isEqualTo(HubSpotJson.timestamp(bookedAt));
        assertThat(after.get("hs_latest_meeting_activity")).isEqualTo("2026-11-28T15:00:00.000Z");
        assertThat(after.get("lastmodifieddate")).isEqualTo(HubSpotJson.timestamp(bookedAt));
        JsonNode read = meetings(List.of(meeting)).json().path("results").get(0).path("properties");
        assertThat(read.path("hs_meeting_title").asText()).isEqualTo("Intro call");
        assertThat(read.path("hs_meeting_outcome").asText()).isEqualTo("SCHEDULED");
        assertThat(read.path("hs_meeting_source").asText()).isEqualTo("MEETINGS_PUBLIC");
        assertThat(read.path("hs_meeting_external_url").isNull()).isTrue();
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void meetingsBatchReadAnswersSeededMeetingsAndA207ForAMissingOne() throws IOException {
        long seeded = contacts(true).stream().flatMap(c -> HUBSPOT.sandbox().meetingsOf(c).stream())
                .filter(id -> id < MeetingBook.CREATED_BASE).findFirst().orElseThrow();

        HubSpotHttp.Reply reply = meetings(List.of(seeded, 1L));

        assertThat(reply.status()).isEqualTo(207);
        JsonNode properties = reply.json().path("results").get(0).path("properties");
        assertThat(properties.path("hs_meeting_title").asText()).isEqualTo("Product demo");
        assertThat(properties.path("hs_meeting_outcome").asText())
                .isIn("SCHEDULED", "COMPLETED", "NO_SHOW", "CANCELED", "RESCHEDULED");
        assertThat(reply.json().path("errors").get(0).path("context").path("ids").get(0).asText()).isEqualTo("1");
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    @Test
    void aRefusedOperationAnswers403MissingScopesUntilScopesAreGrantedAgain() throws IOException {
        HUBSPOT.sandbox().refuseWithMissingScopes("meetings.batchRead");

        HubSpotHttp.Reply refused = meetings(List.of(1L));
        HubSpotHttp.Reply associations = associations(List.of(1L));
        HUBSPOT.sandbox().grantAllScopes();
        HubSpotHttp.Reply granted = meetings(List.of(1L));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("category").asText()).isEqualTo("MISSING_SCOPES");
        assertThat(associations.status()).as("only the refused operation").isNotEqualTo(403);
        assertThat(granted.status()).isEqualTo(207);
    }
}
