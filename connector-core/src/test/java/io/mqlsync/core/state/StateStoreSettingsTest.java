package io.mqlsync.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.model.Secret;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StateStoreSettingsTest {
    @Test
    void anInstancesDefaultStoreIsASqliteFileNamedAfterItInTheDataFolder() {
        StateStoreSettings settings = StateStoreSettings.sqliteIn(Path.of("data"), "acme-hubspot");
        assertThat(settings.url()).isEqualTo("jdbc:sqlite:data/acme-hubspot.db");
        assertThat(settings.isSqlite()).isTrue();
    }

    @Test
    void neitherThePasswordNorTheUrlsQueryIsPrinted() {
        StateStoreSettings settings = StateStoreSettings.of("jdbc:postgresql://db.internal:5432/mqlsync?password=hunter2-secret")
                .withCredentials("mqlsync", new Secret("s3cret-pw"));
        assertThat(settings.toString()).doesNotContain("hunter2-secret").doesNotContain("s3cret-pw")
                .contains("jdbc:postgresql://db.internal:5432/mqlsync");
        assertThat(StateStoreSettings.of("jdbc:postgresql://mqlsync:pw-in-url@db:5432/x").safeUrl())
                .isEqualTo("jdbc:postgresql://***@db:5432/x");
    }

    @Test
    void onlySqliteAndPostgresqlUrlsAreAccepted() {
        assertThatThrownBy(() -> StateStoreSettings.of("jdbc:mysql://db/x?password=p"))
                .hasMessage("state.url must start with jdbc:sqlite: or jdbc:postgresql:");
        assertThatThrownBy(() -> StateStoreSettings.of("jdbc:sqlite:x.db").withMaxPoolSize(0))
                .hasMessage("maxPoolSize must be at least 1");
    }
}
