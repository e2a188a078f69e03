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
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Read, score and write end to end against the sandbox with core's real scorer, lifecycle and planner:
 * a backfill costs what the batch sizes allow, and a second pass with nothing new writes nothing.
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
            // the sandbox's create answer carries no task bodies: one batch read per task batch tells them apart
            assertThat(hubspot.calls("tasks.batchRead")).isLessThanOrEqualTo(hubspot.calls("tasks.batchCreate"));

            long updates = hubspot.calls("contacts.batchUpdate");
            PlanningRun.Totals second = run.backfill(hubspot.adapter, NOW, 100);

            assertThat(second.changes()).isZero();
            assertThat(hubspot.calls("contacts.batchUpdate")).isEqualTo(updates);
            assertThat(sandbox.taskCount()).isEqualTo(first.tasks());

            // the backfill touched every contact: the next sync reads each once, plans nothing (scored at the same
            // instant, so decay changes nothing) and stops
            sandbox.clock().advance(Duration.ofMinutes(10));
            PlanningRun.Sync sync = run.sync(hubspot.adapter, Optional.of(beforeBackfill), NOW);
            assertThat(sync.read()).doesNotHaveDuplicates().hasSize(CONTACTS);
            assertThat(sync.written()).isEmpty();
        }
    }
}
