package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.journal.EndpointStats;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * HubSpot meetings as MEETING_BOOKED events, against the sandbox with spec validation on: dated by the booking,
 * read in bulk only for contacts whose meeting aggregates changed, and the latest booking standing in when the
 * portal refuses meetings.
 */
class HubSpotMeetingsTest {
    private static final int CONTACTS = 400;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
            .rateLimits(TestAdapter.GENEROUS));

    /** The next contact not yet used by a test, among those the generator gave no meeting. */
    private static long nextContact = 1;

    @AfterEach
    void reset() {
        HUBSPOT.sandbox().grantAllScopes();
        HUBSPOT.sandbox().specViolations().assertNone();
    }

    private static synchronized long freshContact() {
        while (!HUBSPOT.sandbox().meetingsOf(nextContact).isEmpty()) {
            nextContact++;
        }
        return nextContact++;
    }

    /** The contacts with these ids as the lead source reads them, so the engagement source has their aggregates. */
    private static List<SourceLead> page(TestAdapter hubspot, List<Long> ids) {
        List<String> wanted = ids.stream().map(String::valueOf).toList();
        return Reads.run(Optional.empty(), c -> hubspot.adapter.leads().all(c, Optional.empty(), 100)).leads().stream()
                .filter(l -> wanted.contains(l.record().id().value())).toList();
    }

    private static EndpointStats journal(String operation) {
        return HUBSPOT.sandbox().journal().endpoint(operation);
    }

    private static List<Event> meetings(Engagement engagement, long contact) {
        return engagement.of(new LeadId(Long.toString(contact))).stream()
                .filter(e -> e.type() == EventType.MEETING_BOOKED).toList();
    }

    @Test
    void aMeetingIsBookedWhenItWasBookedWithItsTitleOutcomeSourceAndCalendarLink() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        long contact = freshContact();
        sandbox.clock().advance(Duration.ofMinutes(1));
        Instant booked = sandbox.clock().instant();
        sandbox.bookMeeting(Map.of("hs_meeting_title", "Discovery call", "hs_meeting_start_time", "2026-11-27T15:00:00Z",
                "hs_meeting_external_url", "https://calendar.example.com/e/1"), List.of(contact));

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            Engagement engagement = hubspot.adapter.engagement().eventsFor(page(hubspot, List.of(contact)),
                    sandbox.clock().instant());

            assertThat(meetings(engagement, contact)).singleElement().satisfies(e -> {
                assertThat(e.at()).as("the booking, not the start next week").isEqualTo(booked);
                assertThat(e.attrs().text("title")).contains("Discovery call");
                assertThat(e.attrs().text("outcome")).contains("SCHEDULED");
                assertThat(e.attrs().text("source")).contains("MEETINGS_PUBLIC");
                assertThat(e.attrs().text("url")).contains("https://calendar.example.com/e/1");
            });
            assertThat(engagement.noteFor(new LeadId(Long.toString(contact)))).isEmpty();
        }
    }

    @Test
    void seededMeetingsOfAPageComeFromOneAssociationsReadAndCancelledOnesKeepTheirOutcome() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        List<Long> withMeetings = LongStream.rangeClosed(1, CONTACTS).filter(c -> !sandbox.meetingsOf(c).isEmpty())
                .boxed().toList();
        long associations = journal("associations.batchRead").requests();
        long reads = journal("meetings.batchRead").requests();

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            Engagement engagement = hubspot.adapter.engagement().eventsFor(page(hubspot, withMeetings), NOW);

            assertThat(journal("associations.batchRead").requests() - associations).isEqualTo(1);
            long distinct = withMeetings.stream().mapToLong(c -> sandbox.meetingsOf(c).size()).sum();
            assertThat(journal("meetings.batchRead").requests() - reads).isEqualTo((distinct + 99) / 100);
            for (long contact : withMeetings) {
                // meetings booked before the engagement horizon (365 days) are not read
                Map<Instant, Map<String, String>> seeded = sandbox.meetingsOf(contact).stream()
                        .map(id -> sandbox.meeting(id).orElseThrow())
                        .filter(m -> Instant.parse(m.get("hs_createdate")).isAfter(NOW.minus(Duration.ofDays(365))))
                        .collect(Collectors.toMap(m -> Instant.parse(m.get("hs_createdate")), m -> m));
                List<Event> events = meetings(engagement, contact);
                assertThat(events).extracting(Event::at).containsExactlyInAnyOrderElementsOf(seeded.keySet());
                assertThat(events).allSatisfy(e -> {
                    Map<String, String> meeting = seeded.get(e.at());
                    assertThat(e.attrs().text("outcome")).contains(meeting.get("hs_meeting_outcome"));
                    assertThat(e.attrs().text("url")).isEqualTo(Optional.ofNullable(meeting.get("hs_meeting_external_url")));
                });
            }
            assertThat(withMeetings.stream().flatMap(c -> meetings(engagement, c).stream()))
                    .as("cancelled meetings are events too, with their outcome")
                    .anySatisfy(e -> assertThat(e.attrs().text("outcome")).contains("CANCELED"));
        }
    }

    @Test
    void aPageWithoutMeetingAggregatesOrWithUnchangedOnesCostsNoMeetingsCall() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        List<Long> without = LongStream.rangeClosed(1, CONTACTS).filter(c -> sandbox.meetingsOf(c).isEmpty())
                .limit(100).boxed().toList();
        List<Long> with = LongStream.rangeClosed(1, CONTACTS).filter(c -> !sandbox.meetingsOf(c).isEmpty())
                .limit(20).boxed().toList();

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            hubspot.adapter.engagement().eventsFor(page(hubspot, without), NOW);
            assertThat(hubspot.calls("associations.meetings.batchRead")).as("nobody on the page ever had a meeting")
                    .isZero();

            List<SourceLead> busy = page(hubspot, with);
            Engagement first = hubspot.adapter.engagement().eventsFor(busy, NOW);
            long associations = journal("associations.batchRead").requests();
            long reads = journal("meetings.batchRead").requests();
            Engagement second = hubspot.adapter.engagement().eventsFor(page(hubspot, with), NOW.plus(Duration.ofHours(1)));

            assertThat(journal("associations.batchRead").requests()).as("aggregates unchanged").isEqualTo(associations);
            assertThat(journal("meetings.batchRead").requests()).isEqualTo(reads);
            assertThat(with).allSatisfy(c -> assertThat(meetings(second, c)).isEqualTo(meetings(first, c)).isNotEmpty());
        }
    }

    @Test
    void aNewMeetingIsReadForItsContactOnlyOnTheNextRun() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        List<Long> with = LongStream.rangeClosed(1, CONTACTS).filter(c -> !sandbox.meetingsOf(c).isEmpty())
                .limit(30).boxed().toList();
        long contact = with.get(7);

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            hubspot.adapter.engagement().eventsFor(page(hubspot, with), NOW);
            sandbox.clock().advance(Duration.ofHours(2));
            long meeting = sandbox.bookMeeting(Map.of("hs_meeting_title", "Pricing review"), List.of(contact));
            EndpointStats associations = journal("associations.batchRead");
            EndpointStats reads = journal("meetings.batchRead");

            Engagement next = hubspot.adapter.engagement().eventsFor(page(hubspot, with), sandbox.clock().instant());

            assertThat(journal("associations.batchRead").requests() - associations.requests()).isEqualTo(1);
            assertThat(journal("associations.batchRead").bytesIn() - associations.bytesIn())
                    .as("one input: the contact whose booking date moved")
                    .isEqualTo(("{\"inputs\":[{\"id\":\"" + contact + "\"}]}").length());
            assertThat(journal("meetings.batchRead").requests() - reads.requests()).isEqualTo(1);
            assertThat(meetings(next, contact)).hasSize(sandbox.meetingsOf(contact).size())
                    .anySatisfy(e -> assertThat(e.attrs().text("title")).contains("Pricing review"));
            assertThat(sandbox.meetingsOf(contact)).contains(meeting);
        }
    }

    @Test
    void refusedMeetingsFallBackToTheLatestBookingWithANoteAndAreNotAskedAgain() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        List<Long> with = LongStream.rangeClosed(1, CONTACTS).filter(c -> !sandbox.meetingsOf(c).isEmpty())
                .limit(10).boxed().toList();
        long without = freshContact();
        sandbox.refuseWithMissingScopes("meetings.batchRead");

        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            List<Long> ids = new ArrayList<>(with);
            ids.add(without);
            Engagement first = hubspot.adapter.engagement().eventsFor(page(hubspot, ids), NOW);
            long reads = hubspot.calls("meetings.batchRead");
            Engagement second = hubspot.adapter.engagement().eventsFor(page(hubspot, ids), NOW.plus(Duration.ofHours(1)));

            for (long contact : with) {
                Instant latest = Instant.parse(sandbox.contact(contact).orElseThrow().get("engagements_last_meeting_booked"));
                assertThat(meetings(first, contact)).singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(latest));
                assertThat(first.noteFor(new LeadId(Long.toString(contact))))
                        .hasValueSatisfying(n -> assertThat(n).contains("meetings from the latest meetings-tool booking"));
                assertThat(meetings(second, contact)).hasSize(1);
            }
            assertThat(meetings(first, without)).isEmpty();
            assertThat(reads).as("refused once").isEqualTo(1);
            assertThat(hubspot.calls("meetings.batchRead")).as("and not asked again").isEqualTo(reads);
        }
    }
}
