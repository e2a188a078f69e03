package io.mqlsync.sandbox.hubspot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.FormPurpose;
import io.mqlsync.sandbox.data.SyntheticEvent;
import io.mqlsync.sandbox.data.SyntheticEventType;
import io.mqlsync.sandbox.data.SyntheticLead;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class HubSpotEngagementTest {

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(400).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-21T09:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(new RateLimits(1_000_000, 1_000_000, 100_000_000)));

    private final HubSpotHttp http = new HubSpotHttp(HUBSPOT.sandbox());

    @Test
    void formDefinitionsListTheGeneratedFormsWithHiddenUtmFields() throws IOException {
        JsonNode forms = http.get("/marketing/v3/forms?limit=50").json();
        assertThat(forms.path("results")).hasSize(HUBSPOT.sandbox().data().forms().size());
        List<String> hidden = new ArrayList<>();
        forms.path("results").get(0).path("fieldGroups").get(0).path("fields").forEach(f -> {
            if (f.path("hidden").asBoolean()) {
                hidden.add(f.path("name").asText());
            }
        });
        assertThat(hidden).contains("utm_source", "utm_campaign");
    }

    @Test
    void formSubmissionsArePerFormNewestFirstWithUtmValuesAndPaging() throws IOException {
        String demo = HUBSPOT.sandbox().data().forms().stream().filter(f -> f.purpose() == FormPurpose.DEMO_REQUEST)
                .findFirst().orElseThrow().id();
        long expected = IntStream.range(0, 400).mapToObj(HUBSPOT.sandbox().data()::events).flatMap(List::stream)
                .filter(e -> e.type() == SyntheticEventType.FORM_SUBMITTED && demo.equals(e.attrs().get("form"))).count();
        List<Long> times = new ArrayList<>();
        boolean sawUtm = false;
        String after = "0";
        while (after != null) {
            JsonNode page = http.get("/form-integrations/v1/submissions/forms/" + demo + "?limit=50&after=" + after).json();
            for (JsonNode submission : page.path("results")) {
                times.add(submission.path("submittedAt").asLong());
                for (JsonNode value : submission.path("values")) {
                    sawUtm |= value.path("name").asText().equals("utm_campaign");
                }
            }
            assertThat(page.path("results").size()).isLessThanOrEqualTo(50);
            after = page.path("paging").path("next").path("after").textValue();
        }
        assertThat(times).hasSize((int) expected).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(expected).isPositive();
        assertThat(sawUtm).isTrue();
    }

    @Test
    void webEventsOfAContactAreItsPageViews() throws IOException {
        int index = IntStream.range(0, 400).filter(i -> HUBSPOT.sandbox().data().events(i).stream()
                .filter(e -> e.type() == SyntheticEventType.PAGE_VIEWED).count() >= 3).findFirst().orElseThrow();
        List<SyntheticEvent> views = HUBSPOT.sandbox().data().events(index).stream()
                .filter(e -> e.type() == SyntheticEventType.PAGE_VIEWED).toList();
        JsonNode page = http.get("/events/v3/events?objectType=contact&objectId=" + (index + 1)
                + "&eventType=e_visited_page&limit=100").json();
        assertThat(page.path("results")).hasSize(views.size());
        assertThat(page.path("results").get(0).path("properties").path("hs_url").asText())
                .isEqualTo(views.get(0).attrs().get("url"));
        JsonNode later = http.get("/events/v3/events?objectType=contact&objectId=" + (index + 1)
                + "&eventType=e_visited_page&occurredAfter=" + views.get(views.size() - 1).at()).json();
        assertThat(later.path("results")).isEmpty();
    }

    @Test
    void emailEventsAreFoundByRecipient() throws IOException {
        int index = IntStream.range(0, 400).filter(i -> HUBSPOT.sandbox().data().lead(i).field(SyntheticLead.EMAIL)
                .filter(e -> e.matches("[a-z]+\\.[a-z]+\\d+@.+")).isPresent()
                && HUBSPOT.sandbox().data().events(i).stream().anyMatch(e -> e.type() == SyntheticEventType.EMAIL_OPENED))
                .findFirst().orElseThrow();
        String email = HUBSPOT.sandbox().data().lead(index).field(SyntheticLead.EMAIL).orElseThrow();
        long opens = HUBSPOT.sandbox().data().events(index).stream()
                .filter(e -> e.type() == SyntheticEventType.EMAIL_OPENED).count();
        JsonNode page = http.get("/email/public/v1/events?eventType=OPEN&recipient=" + email).json();
        assertThat(page.path("events")).hasSize((int) opens);
        page.path("events").forEach(e -> assertThat(e.path("recipient").asText()).isEqualTo(email));
        assertThat(page.path("hasMore").asBoolean()).isFalse();
    }

    @Test
    void contactAggregatesAgreeWithTheGeneratedHistory() throws IOException {
        int index = 3;
        long views = HUBSPOT.sandbox().data().events(index).stream()
                .filter(e -> e.type() == SyntheticEventType.PAGE_VIEWED).count();
        JsonNode contact = http.get("/crm/v3/objects/contacts/" + (index + 1)
                + "?properties=hs_analytics_num_page_views,num_conversion_events").json();
        assertThat(contact.path("properties").path("hs_analytics_num_page_views").asLong()).isEqualTo(views);
    }
}
