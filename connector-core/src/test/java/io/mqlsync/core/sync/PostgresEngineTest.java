package io.mqlsync.core.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.LeadId;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine on PostgreSQL, as clustered workers run it (zonky's embedded server, no Docker): the same
 * runs end in the same CRM state and the same history as on the default SQLite file.
 */
class PostgresEngineTest {
    @TempDir
    Path dir;

    @Test
    void runsOnPostgresEndInTheSameCrmStateAsOnSqlite() throws Exception {
        Outcome sqlite;
        try (EngineFixture fx = new EngineFixture(Files.createDirectories(dir.resolve("sqlite")))) {
            sqlite = journey(fx);
        }
        Outcome postgres;
        try (EmbeddedPostgres server = EmbeddedPostgres.builder().start()) {
            String url = server.getJdbcUrl("postgres", "postgres");
            String instance = EngineFixture.INSTANCE + "state: { url: \"" + url + "\" }\n";
            try (EngineFixture fx = new EngineFixture(Files.createDirectories(dir.resolve("postgres")), instance)) {
                assertThat(fx.config.state().url()).startsWith("jdbc:postgresql:");
                postgres = journey(fx);
            }
        }

        assertThat(postgres.crm()).isEqualTo(sqlite.crm());
        assertThat(postgres.tasks()).isEqualTo(sqlite.tasks());
        assertThat(postgres.history()).isEqualTo(sqlite.history());
        assertThat(sqlite.tasks()).hasSize(4);
    }

    /** What a run leaves behind, comparable across databases. */
    private record Outcome(Map<String, FakeCrm.Snapshot> crm, List<FakeCrm.Task> tasks, List<String> history) {
    }

    /** Four MQLs and a cold lead; sales rejects one; a sync later the others have expired. */
    private static Outcome journey(EngineFixture fx) {
        fx.mql("1").mql("2").mql("3").mql("4").cold("5");
        fx.engine().sync();
        fx.advance(Duration.ofHours(2));
        fx.crm.set("1", "mql_rejection_reason", "timing");
        fx.engine().sync();
        fx.advance(Duration.ofDays(15));
        fx.engine().sync();
        List<String> history = List.of("1", "2", "3", "4", "5").stream()
                .flatMap(id -> fx.store.transitions().ofLead(new LeadId(id)).stream()
                        .map(t -> id + ":" + t.kind() + t.reason().map(r -> "(" + r.value() + ")").orElse("") + "@" + t.at()))
                .toList();
        return new Outcome(fx.crm.state(), fx.crm.tasks(), history);
    }
}
