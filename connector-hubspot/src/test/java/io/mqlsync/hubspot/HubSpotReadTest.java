package io.mqlsync.hubspot;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.hubspot.mapping.ContactMapping;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticEventType;
import io.mqlsync.sandbox.data.SyntheticLead;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Incremental reads under search lag, the backfill, the decay sweep, single reads and engagement. */
class HubSpotReadTest {
    private static final int CONTACTS = 400;
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(T0)).searchLag(Duration.ofSeconds(2))
            .rateLimits(TestAdapter.GENEROUS));

    @BeforeAll
    static void setUp() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            hubspot.adapter.schema().apply(Reads.REQUIREMENTS);
        }
    }

    private static void write(CrmAdapter adapter, String id, String property, String value) {
        assertThat(adapter.sink().write(List.of(Reads.set(id, property, value)))).allMatch(WriteResult::isWritten);
    }

    @Test
    void aWriteJustBeforeARunIsPickedUpByTheNextRunAndOnlyOnce() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            CrmAdapter adapter = hubspot.adapter;
            sandbox.clock().advance(Duration.ofMinutes(10));
            Reads.Run caughtUp = Reads.changed(adapter.leads(), Optional.empty(), 100);

            write(adapter, "5", "mql_score", "3");
            Reads.Run lagging = Reads.changed(adapter.leads(), Optional.of(caughtUp.resumeAt()), 100);
            assertThat(lagging.ids()).doesNotContain("5");

            sandbox.clock().advance(Duration.ofMinutes(15));
            Reads.Run next = Reads.changed(adapter.leads(), Optional.of(lagging.resumeAt()), 100);
            assertThat(next.ids()).containsOnlyOnce("5");

            sandbox.clock().advance(Duration.ofMinutes(15));
            assertThat(Reads.changed(adapter.leads(), Optional.of(next.resumeAt()), 100).ids()).doesNotContain("5");
        }
    }

    @Test
    void aBackfillReadsEveryContactOnceThroughTheListEndpoint() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            Reads.Run all = Reads.run(Optional.empty(), c -> hubspot.adapter.leads().all(c, Optional.empty(), 100));

            assertThat(all.ids()).doesNotHaveDuplicates().hasSize(CONTACTS);
            assertThat(hubspot.calls("contacts.list")).isEqualTo(CONTACTS / 100);
            assertThat(hubspot.calls("contacts.search")).isZero();
        }
    }

    @Test
    void aBackfillSinceADateReadsOnlyContactsChangedSince() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            sandbox.clock().advance(Duration.ofDays(1));
            Instant since = sandbox.clock().instant();
            IntStream.of(200, 201, 202).forEach(i -> write(hubspot.adapter, Integer.toString(i), "mql_model", "m@1"));
            sandbox.clock().advance(Duration.ofMinutes(5));

            Reads.Run run = Reads.run(Optional.empty(), c -> hubspot.adapter.leads().all(c, Optional.of(since), 100));

            long expected = IntStream.rangeClosed(1, CONTACTS).mapToObj(i -> sandbox.contact(i).orElseThrow())
                    .filter(c -> !ContactMapping.instant(c.get("lastmodifieddate")).orElseThrow().isBefore(since)).count();
            assertThat(run.ids()).contains("200", "201", "202").doesNotHaveDuplicates().hasSize((int) expected);
        }
    }

    @Test
    void theDecaySweepReadsContactsDueForRescoreAndNoOthers() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            Instant now = sandbox.clock().instant();
            write(hubspot.adapter, "300", "mql_next_rescore_at", now.minus(Duration.ofHours(1)).toString());
            write(hubspot.adapter, "301", "mql_next_rescore_at", now.plus(Duration.ofHours(1)).toString());
            write(hubspot.adapter, "302", "mql_next_rescore_at", now.minus(Duration.ofDays(3)).toString());
            sandbox.clock().advance(Duration.ofSeconds(10));

            Reads.Run due = Reads.run(Optional.empty(),
                    c -> hubspot.adapter.leads().dueForRescore(sandbox.clock().instant(), c, 1));

            assertThat(due.ids()).containsExactly("300", "302");
        }
    }

    @Test
    void oneContactIsReadByIdAndAMissingOneIsEmpty() {
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            assertThat(hubspot.adapter.leads().get(new LeadId("7"))).hasValueSatisfying(
                    l -> assertThat(l.record().id()).isEqualTo(new LeadId("7")));
            assertThat(hubspot.adapter.leads().get(new LeadId("99999999"))).isEmpty();
            assertThat(hubspot.adapter.leads().get(new LeadId("not-an-id"))).isEmpty();
        }
    }

    @Test
    void formSubmissionsBecomeEventsOfTheContactThatSubmittedThem() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        SyntheticCrm data = sandbox.data();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            List<SourceLead> page = hubspot.adapter.leads().all(Optional.empty(), Optional.empty(), 100).leads();
            Instant now = sandbox.clock().instant();
            long formCalls = hubspot.calls("forms.list");

            Engagement engagement = hubspot.adapter.engagement().eventsFor(page, now);

            for (SourceLead lead : page) {
                int index = Integer.parseInt(lead.record().id().value()) - 1;
                Optional<String> email = data.lead(index).field(SyntheticLead.EMAIL).map(e -> e.toLowerCase(Locale.ROOT));
                long expected = email.map(e -> IntStream.range(0, CONTACTS)
                        .filter(j -> data.lead(j).field(SyntheticLead.EMAIL).map(x -> x.toLowerCase(Locale.ROOT)).equals(email))
                        .mapToLong(j -> data.events(j).stream().filter(ev -> ev.type() == SyntheticEventType.FORM_SUBMITTED
                                && ev.at().isAfter(now.minus(HubSpotProvider.ENGAGEMENT_HORIZON))).count()).sum()).orElse(0L);
                List<Event> forms = engagement.of(lead.record().id()).stream()
                        .filter(e -> e.type() == EventType.FORM_SUBMITTED).toList();
                assertThat(forms).as("contact %s", lead.record().id()).hasSize((int) expected)
                        .allSatisfy(e -> assertThat(e.attrs().has("form")).isTrue())
                        .allSatisfy(e -> assertThat(e.attrs().has("email")).isFalse());
            }
            assertThat(engagement.events().values().stream().mapToLong(List::size).sum()).isPositive();
            assertThat(hubspot.calls("forms.list") - formCalls).isEqualTo(1);

            hubspot.adapter.engagement().eventsFor(page, now);
            assertThat(hubspot.calls("forms.list") - formCalls).as("read once per refresh interval").isEqualTo(1);
        }
    }

    @Test
    void aLongRunningAdapterForgetsSubmissionsPastTheHorizonAsAFreshOneWould() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        Instant now = sandbox.clock().instant();
        Instant later = now.plus(Duration.ofDays(300));
        try (TestAdapter running = TestAdapter.open(sandbox); TestAdapter fresh = TestAdapter.open(sandbox)) {
            List<SourceLead> page = running.adapter.leads().all(Optional.empty(), Optional.empty(), 100).leads();
            Instant laterCutoff = later.minus(HubSpotProvider.ENGAGEMENT_HORIZON);
            assertThat(formsOf(running.adapter.engagement().eventsFor(page, now)))
                    .as("the first read holds submissions that fall past the horizon 300 days on")
                    .anyMatch(e -> e.at().isBefore(laterCutoff));

            List<Event> kept = formsOf(running.adapter.engagement().eventsFor(page, later));

            assertThat(kept).noneMatch(e -> e.at().isBefore(laterCutoff))
                    .containsExactlyInAnyOrderElementsOf(formsOf(fresh.adapter.engagement().eventsFor(page, later)));
        }
    }

    private static List<Event> formsOf(Engagement engagement) {
        return engagement.events().values().stream().flatMap(List::stream)
                .filter(e -> e.type() == EventType.FORM_SUBMITTED).toList();
    }

    @Test
    void pageViewsAreReadPerContactOnlyWhenItsViewCounterChanged() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        SyntheticCrm data = sandbox.data();
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            List<SourceLead> page = hubspot.adapter.leads().all(Optional.empty(), Optional.empty(), 40).leads();
            Instant now = sandbox.clock().instant();
            long viewed = page.stream().filter(l -> !sandbox.contact(Long.parseLong(l.record().id().value())).orElseThrow()
                    .getOrDefault("hs_analytics_num_page_views", "0").equals("0")).count();

            Engagement engagement = hubspot.adapter.engagement().eventsFor(page, now);

            for (SourceLead lead : page) {
                int index = Integer.parseInt(lead.record().id().value()) - 1;
                long expected = data.events(index).stream().filter(e -> e.type() == SyntheticEventType.PAGE_VIEWED
                        && e.at().isAfter(now.minus(HubSpotProvider.ENGAGEMENT_HORIZON))).count();
                assertThat(engagement.of(lead.record().id()).stream().filter(e -> e.type() == EventType.PAGE_VIEWED))
                        .as("contact %s", lead.record().id()).hasSize((int) expected)
                        .allSatisfy(e -> assertThat(e.attrs().has("url")).isTrue());
            }
            assertThat(viewed).isPositive();
            assertThat(hubspot.calls("events.list")).isGreaterThanOrEqualTo(viewed);
            long calls = hubspot.calls("events.list");

            hubspot.adapter.engagement().eventsFor(page, now);
            assertThat(hubspot.calls("events.list")).as("counters unchanged: no new calls").isEqualTo(calls);
        }
    }

    @Test
    void emailEventsAreReadPerRecipientAndNeedNoNote() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        SyntheticCrm data = sandbox.data();
        Map<String, Long> emails = IntStream.rangeClosed(1, CONTACTS).mapToObj(i -> sandbox.contact(i).orElseThrow().get("email"))
                .filter(e -> e != null).collect(Collectors.groupingBy(e -> e.toLowerCase(Locale.ROOT), Collectors.counting()));
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            List<SourceLead> page = hubspot.adapter.leads().all(Optional.empty(), Optional.empty(), 100).leads();
            Instant now = sandbox.clock().instant();

            Engagement engagement = hubspot.adapter.engagement().eventsFor(page, now);

            int checked = 0;
            int bounceOnly = 0;
            for (SourceLead lead : page) {
                Optional<String> email = lead.record().fields().text("email").map(e -> e.toLowerCase(Locale.ROOT));
                if (email.isEmpty() || emails.get(email.get()) != 1) {
                    continue;
                }
                int index = Integer.parseInt(lead.record().id().value()) - 1;
                long opens = data.events(index).stream().filter(e -> e.type() == SyntheticEventType.EMAIL_OPENED
                        && !e.at().isBefore(now.minus(HubSpotProvider.ENGAGEMENT_HORIZON))).count();
                assertThat(engagement.of(lead.record().id()).stream().filter(e -> e.type() == EventType.EMAIL_OPENED))
                        .as("contact %s", lead.record().id()).hasSize((int) opens);
                long bounces = data.events(index).stream().filter(e -> e.type() == SyntheticEventType.EMAIL_BOUNCED
                        && !e.at().isBefore(now.minus(HubSpotProvider.ENGAGEMENT_HORIZON))).count();
                assertThat(engagement.of(lead.record().id()).stream().filter(e -> e.type() == EventType.EMAIL_BOUNCED))
                        .as("bounces of contact %s", lead.record().id()).hasSize((int) bounces);
                bounceOnly += bounces > 0 && data.events(index).stream().noneMatch(e -> e.type() == SyntheticEventType.EMAIL_OPENED
                        || e.type() == SyntheticEventType.EMAIL_CLICKED || e.type() == SyntheticEventType.EMAIL_UNSUBSCRIBED) ? 1 : 0;
                assertThat(engagement.noteFor(lead.record().id())).isEmpty();
                checked++;
            }
            assertThat(checked).isGreaterThan(10);
            assertThat(bounceOnly).as("contacts whose only email engagement is a bounce").isPositive();
            assertThat(hubspot.calls("emailEvents.list")).isPositive();
        }
    }
}
