package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine keeps each scored lead's first sighting, for the KPI report, in the page commit. */
class LeadsSeenRecordingTest {
    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void open() {
        fx = new EngineFixture(dir);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void everyScoredLeadIsKeptAsFirstSeenWithItsAttributionAndLaterRunsChangeNothing() {
        fx.mql("1");
        fx.crm.lead("2", Map.of("jobTitle", "Office manager", "utm.source", "webinar"));
        fx.engine().sync();
        fx.advance(Duration.ofDays(1));
        fx.crm.lead("2", Map.of("jobTitle", "Office manager", "utm.source", "newsletter"));
        fx.engine().backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.LIVE, false), new RunListener() {
        });

        assertThat(fx.store.leadsSeen().of(new LeadId("1")).map(LeadSeen::firstSeen)).contains(EngineFixture.NOW);
        assertThat(fx.store.leadsSeen().of(new LeadId("2")))
                .contains(new LeadSeen(new LeadId("2"), EngineFixture.NOW, new Attribution(Optional.of("webinar"), Optional.empty(),
                        Optional.empty())));
    }

    @Test
    void aDryRunKeepsNoSighting() {
        fx.mql("1").cold("2");

        fx.engine().backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(), WriteMode.DRY_RUN, false), new RunListener() {
        });

        List<LeadSeen> seen = new ArrayList<>();
        fx.store.leadsSeen().forEachFirstSeenBetween(Instant.EPOCH, EngineFixture.NOW.plusSeconds(1), seen::add);
        assertThat(seen).isEmpty();
    }
}
