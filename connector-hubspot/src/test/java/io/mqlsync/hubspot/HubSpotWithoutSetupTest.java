package io.mqlsync.hubspot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A portal that never ran {@code mqlsync setup}: one clear failure, not a dead letter per record. */
class HubSpotWithoutSetupTest {
    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(50).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(TestAdapter.GENEROUS));

    @Test
    void writingPropertiesThePortalLacksStopsWithOneCallAndNamesSetup() {
        List<LeadChange> changes = IntStream.rangeClosed(1, 40).mapToObj(id -> new LeadChange(new LeadId(String.valueOf(id)),
                Map.of("mql_score", "42", "mql_fit_score", "10"), Set.of(), Optional.empty(), Optional.empty(),
                LeadChange.StageMove.DIRECT)).toList();
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox())) {
            Throwable thrown = catchThrowable(() -> hubspot.adapter.sink().write(changes));

            assertThat(thrown).isInstanceOf(PermanentCrmException.class)
                    .hasMessage("contacts.batchUpdate: the portal has no property mql_fit_score, mql_score: "
                            + "run `mqlsync setup -c <config>` to create mqlsync's properties");
            assertThat(hubspot.calls("contacts.batchUpdate")).as("no splitting of the batch").isEqualTo(1);
        }
    }
}
