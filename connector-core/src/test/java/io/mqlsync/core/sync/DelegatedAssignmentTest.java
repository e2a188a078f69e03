package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.state.TaskEntry;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CRM whose own assignment rules pick the owner of a handoff: the owner its write reports, not the one
 * planned, is the handoff's owner in the task ledger and in the open-handoff counts.
 */
class DelegatedAssignmentTest {
    private static final String INSTANCE = """
            instance: acme
            crm: hubspot
            hubspot: { baseUrl: "http://localhost:1" }
            model: model.yaml
            tasks: { sla: PT4H }
            lifecycle: { expireAfter: P14D }
            """;
    private static final OwnerId RULE_OWNER = new OwnerId("R");

    @TempDir
    Path dir;

    private EngineFixture fx;

    @BeforeEach
    void open() {
        fx = new EngineFixture(dir, INSTANCE);
    }

    @AfterEach
    void close() {
        fx.close();
    }

    @Test
    void theOwnerTheCrmAssignedIsTheHandoffsOwnerInTheLedger() {
        fx.crm.assignsHandoffsTo(RULE_OWNER);
        fx.mql("1").mql("2");

        fx.engine().sync();

        assertThat(fx.store.tasks().ofLead(new LeadId("1"))).extracting(TaskEntry::owner).containsExactly(Optional.of(RULE_OWNER));
        assertThat(fx.store.tasks().openByOwner()).isEqualTo(Map.of(RULE_OWNER, 2));
        assertThat(fx.crm.ownerOf("2")).contains(RULE_OWNER);
    }
}
