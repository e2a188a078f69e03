package io.mqlsync.hubspot;

import io.mqlsync.core.spi.Cursor;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read, score and write end to end against the sandbox with core's real scorer, lifecycle and planner:
 * a backfill costs what the batch sizes allow (meetings included), and a second pass with nothing new writes
 * nothing and reads no meetings again.
 */
class HubSpotEndToEndTest {
    /** Enough for four pages; the quota is a ratio, calls per 1,000 contacts. */
    private static final int CONTACTS = 400;
    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(NOW)).searchLag(Duration.ZERO)
            .rateLimits(TestAdapter.GENEROUS));

    @Test
    void aBackfillCostsTheBatchMinimumAndASecondPassWritesNothing() {
        HubSpotSandbox sandbox = HUBSPOT.sandbox();
        try (TestAdapter setup = TestAdapter.open(sandbox)) {
            setup.adapter.schema().apply(Reads.REQUIREMENTS);
        }
        PlanningRun run = new PlanningRun(Path.of("../config/models/smb.yaml"));
        try (TestAdapter hubspot = TestAdapter.open(sandbox)) {
            Cursor beforeBackfill = Reads.changed(hubspot.adapter.leads(), Optional.empty(), 200).resumeAt();
            PlanningRun.Totals first = run.backfill(hubspot.adapter, NOW, 100);

            assertThat(first.failed()).isZero();
            assertThat(first.changes()).isEqualTo(CONTACTS);
            assertThat(first.tasks()).isPositive();
            assertThat(sandbox.taskCount()).isEqualTo(first.tasks());
            long contactCalls = hubspot.calls("contacts.list") + hubspot.calls("contacts.batchUpdate")
                    + hubspot.calls("tasks.batchCreate");
            assertThat(contactCalls).isLessThanOrEqualTo(Math.round(first.minimumCalls() * 1.05));
            // meetings come on top, and only for pages with a contact who ever had one: per such page of 100, one
            // associations read (it takes 1,000 contacts) and one meetings read per 100 of the page's meetings
            long meetingCalls = hubspot.calls("associations.meetings.batchRead") + hubspot.calls("meetings.batchRead");
            assertThat(meetingCalls).isEqualTo(meetingMinimum(sandbox, 100)).isPositive();
            // the sandbox's create answer carries no task bodies: one batch read per task batch tells them apart
            assertThat(hubspot.calls("tasks.batchRead")).isLessThanOrEqualTo(hubspot.calls("tasks.batchCreate"));

            long updates = hubspot.calls("contacts.batchUpdate");
            PlanningRun.Totals second = run.backfill(hubspot.adapter, NOW, 100);

            assertThat(second.changes()).isZero();
            assertThat(hubspot.calls("contacts.batchUpdate")).isEqualTo(updates);
            assertThat(hubspot.calls("associations.meetings.batchRead") + hubspot.calls("meetings.batchRead"))
                    .as("no contact's meeting aggregates moved: no meetings read again").isEqualTo(meetingCalls);
            assertThat(sandbox.taskCount()).isEqualTo(first.tasks());

            // the backfill touched every contact: the next sync reads each once, plans nothing (scored at the same
            // instant, so decay changes nothing) and stops
            sandbox.clock().advance(Duration.ofMinutes(10));
            PlanningRun.Sync sync = run.sync(hubspot.adapter, Optional.of(beforeBackfill), NOW);
            assertThat(sync.read()).doesNotHaveDuplicates().hasSize(CONTACTS);
            assertThat(sync.written()).isEmpty();
        }
    }

    /**
     * The fewest meetings calls a backfill in pages of {@code pageSize} can make: none for a page where no contact
     * has a meeting aggregate, else one associations read plus one meetings read per 100 of the page's meetings.
     */
    private static long meetingMinimum(HubSpotSandbox sandbox, int pageSize) {
        long calls = 0;
        for (long first = 1; first <= CONTACTS; first += pageSize) {
            List<Long> page = LongStream.range(first, Math.min(CONTACTS + 1, first + pageSize)).boxed().toList();
            boolean gated = page.stream().anyMatch(id -> sandbox.contact(id).orElseThrow()
                    .containsKey("engagements_last_meeting_booked"));
            long meetings = page.stream().mapToLong(id -> sandbox.meetingsOf(id).size()).sum();
            calls += gated ? 1 + (meetings + 99) / 100 : 0;
        }
        return calls;
    }
}
