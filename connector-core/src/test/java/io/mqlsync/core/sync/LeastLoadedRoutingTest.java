package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.OwnerId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code strategy: least-loaded} in real engine runs: the open MQLs per owner come from the state store
 * when a run starts and move with every handoff the run makes.
 */
class LeastLoadedRoutingTest {
    private static final String INSTANCE = """
            instance: acme
            crm: hubspot
            hubspot: { baseUrl: "http://localhost:1" }
            model: model.yaml
            routing:
              strategy: least-loaded
              defaultPool: [alice@acme.com, bob@acme.com, carol@acme.com]
            tasks: { sla: PT4H }
            lifecycle: { expireAfter: P14D, nurtureOwner: nurture@acme.com }
            """;
    private static final OwnerId ALICE = new OwnerId("A");
    private static final OwnerId BOB = new OwnerId("B");
    private static final OwnerId CAROL = new OwnerId("C");

    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void open() {
        fx = new EngineFixture(dir, INSTANCE);
        fx.crm.owner("C", "carol@acme.com");
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void newMqlsGoToTheOwnerWhoseHandoffsWereClosedUntilTheLoadIsEven() {
        fx.mql("1").mql("2").mql("3").mql("4").mql("5").mql("6");
        fx.engine().sync();
        assertThat(List.of("1", "2", "3", "4", "5", "6")).extracting(id -> fx.crm.ownerOf(id).orElseThrow())
                .as("even load at every step: ties go in turn").containsExactly(ALICE, BOB, CAROL, ALICE, BOB, CAROL);
        assertThat(fx.store.tasks().openByOwner()).isEqualTo(Map.of(ALICE, 2, BOB, 2, CAROL, 2));

        fx.advance(Duration.ofHours(2));
        fx.crm.set("1", "mql_rejection_reason", "timing").set("4", "mql_rejection_reason", "unresponsive");
        fx.crm.set("2", CanonicalField.LEAD_STATUS, "IN_PROGRESS");
        fx.engine().sync();
        assertThat(fx.store.tasks().openByOwner()).as("recycled handoffs are closed; an accepted one (SAL) stays open")
                .isEqualTo(Map.of(BOB, 2, CAROL, 2));

        fx.advance(Duration.ofHours(1));
        fx.mql("7").mql("8").mql("9").mql("10");
        fx.engine().sync();

        assertThat(List.of("7", "8")).extracting(id -> fx.crm.ownerOf(id).orElseThrow())
                .as("the owner with no open MQL catches up, counting the handoffs of this very run")
                .containsExactly(ALICE, ALICE);
        Map<OwnerId, Integer> open = fx.store.tasks().openByOwner();
        assertThat(open.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(8);
        assertThat(open).containsOnlyKeys(ALICE, BOB, CAROL);
        assertThat(open.values().stream().mapToInt(Integer::intValue).max().orElseThrow()
                - open.values().stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
    }
}
