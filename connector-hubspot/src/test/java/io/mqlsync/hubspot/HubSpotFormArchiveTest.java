package io.mqlsync.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.EngagementArchive;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.core.spi.TransientCrmException;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Form submissions kept in the engagement archive between processes: a later run walks each form only down
 * to where the last complete walk reached, and a walk cut short is read again rather than skipped.
 */
class HubSpotFormArchiveTest {
    private static final Instant T0 = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(400).clock(AdjustableClock.fixedAt(T0)).rateLimits(TestAdapter.GENEROUS));

    @AfterEach
    void clearFaults() {
        HUBSPOT.sandbox().faults().clear();
    }

    @TempDir
    Path dir;

    @Test
    void aLaterProcessReadsEachFormOnlyDownToTheArchivedMarkAndFindsTheSameSubmissions() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        StateDatabase db = StateDatabase.open(StateStoreSettings.sqliteIn(dir, "forms"), sandbox.clock());
        EngagementArchive archive = db.forInstance("forms").engagementArchive();
        Map<String, List<Event>> first;
        long firstWalk;
        long forms;
        try (TestAdapter run = TestAdapter.open(sandbox, archive)) {
            first = submissions(run, T0);
            firstWalk = run.calls("forms.submissions");
            forms = sandbox.data().forms().size();
        }
        assertThat(firstWalk).as("the first walk pages through forms with many submissions").isGreaterThan(forms);

        try (TestAdapter next = TestAdapter.open(sandbox, archive)) {
            Map<String, List<Event>> again = submissions(next, T0.plus(Duration.ofHours(1)));

            assertThat(next.calls("forms.submissions")).as("one page per form reaches the mark").isEqualTo(forms);
            assertThat(again).isEqualTo(first);
        } finally {
            db.close();
        }
    }

    @Test
    void aWalkCutShortLeavesNoMarkSoTheNextRunReadsTheRestAndLosesNothing() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        Map<String, List<Event>> complete;
        try (TestAdapter fresh = TestAdapter.open(sandbox, EngagementArchive.inMemory())) {
            complete = submissions(fresh, T0);
        }
        EngagementArchive archive = EngagementArchive.inMemory();
        // the second page read fails for good: the run dies mid-walk, after filing what it had read
        sandbox.faults().add(new FaultRule(RequestMatcher.operation("forms.submissions"), FaultTrigger.times(2, 1_000),
                Fault.of(FaultKind.SERVER_ERROR)));
        try (TestAdapter crashed = TestAdapter.open(sandbox, archive)) {
            assertThatThrownBy(() -> submissions(crashed, T0)).isInstanceOf(TransientCrmException.class);
        }
        sandbox.faults().clear();

        try (TestAdapter next = TestAdapter.open(sandbox, archive)) {
            assertThat(submissions(next, T0.plusSeconds(60))).isEqualTo(complete);
        }
    }

    /** The form submissions of every contact, by lead id, as one page of engagement reads them. */
    private static Map<String, List<Event>> submissions(TestAdapter hubspot, Instant now) {
        Engagement engagement = hubspot.adapter.engagement().eventsFor(everyContact(hubspot), now);
        return engagement.events().entrySet().stream()
                .collect(Collectors.toMap(e -> e.getKey().value(), e -> e.getValue().stream()
                        .filter(ev -> ev.type() == EventType.FORM_SUBMITTED).sorted(Comparator.comparing(Event::at)
                                .thenComparing(ev -> ev.attrs().toString())).toList()))
                .entrySet().stream().filter(e -> !e.getValue().isEmpty())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private static List<SourceLead> everyContact(TestAdapter hubspot) {
        List<SourceLead> all = new ArrayList<>();
        Optional<Cursor> after = Optional.empty();
        LeadPage page;
        do {
            page = hubspot.adapter.leads().all(after, Optional.empty(), 100);
            all.addAll(page.leads());
            after = Optional.of(page.resumeAt());
        } while (page.hasMore());
        return all;
    }
}
