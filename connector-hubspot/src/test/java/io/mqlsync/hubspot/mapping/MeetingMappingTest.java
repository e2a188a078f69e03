package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.hubspot.client.HubSpotObject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class MeetingMappingTest {

    @Test
    void aMeetingIsBookedAtItsCreationWithEveryAttributeHubSpotHas() {
        HubSpotObject meeting = new HubSpotObject("9", Map.of("hs_createdate", "2026-11-20T09:30:00.000Z",
                "hs_meeting_title", "Demo", "hs_meeting_outcome", "CANCELED", "hs_meeting_source", "MEETINGS_PUBLIC",
                "hs_meeting_external_url", "https://cal.example.com/1", "hs_meeting_start_time", "2026-11-27T15:00:00Z"));

        Event event = MeetingMapping.toEvent(meeting).orElseThrow();

        assertThat(event.type()).isEqualTo(EventType.MEETING_BOOKED);
        assertThat(event.at()).isEqualTo(Instant.parse("2026-11-20T09:30:00Z"));
        assertThat(event.attrs().text("title")).contains("Demo");
        assertThat(event.attrs().text("outcome")).contains("CANCELED");
        assertThat(event.attrs().text("source")).contains("MEETINGS_PUBLIC");
        assertThat(event.attrs().text("url")).contains("https://cal.example.com/1");
    }

    @Test
    void blankOrMissingAttributesAreLeftOutNotEmpty() {
        HubSpotObject meeting = new HubSpotObject("9", Map.of("hs_createdate", "1763631000000", "hs_meeting_title", "  "));

        Event event = MeetingMapping.toEvent(meeting).orElseThrow();

        assertThat(event.at()).isEqualTo(Instant.ofEpochMilli(1763631000000L));
        assertThat(event.attrs().text("title")).isEmpty();
        assertThat(event.attrs().text("url")).isEmpty();
    }

    @Test
    void aMeetingWithoutAReadableCreationDateIsNoEvent() {
        assertThat(MeetingMapping.toEvent(new HubSpotObject("9", Map.of("hs_meeting_title", "Demo")))).isEmpty();
        assertThat(MeetingMapping.toEvent(new HubSpotObject("9", Map.of("hs_createdate", "soon")))).isEmpty();
    }
}
