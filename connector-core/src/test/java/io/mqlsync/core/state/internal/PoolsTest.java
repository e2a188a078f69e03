package io.mqlsync.core.state.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PoolsTest {
    @Test
    void theFileOfASqliteUrlIsFoundWithOrWithoutItsQueryOrFileScheme() {
        assertThat(Pools.sqliteFile("jdbc:sqlite:data/acme.db")).contains(Path.of("data/acme.db"));
        assertThat(Pools.sqliteFile("jdbc:sqlite:/var/lib/mqlsync/acme.db?cache=shared")).contains(Path.of("/var/lib/mqlsync/acme.db"));
        assertThat(Pools.sqliteFile("jdbc:sqlite:file:/tmp/acme.db")).contains(Path.of("/tmp/acme.db"));
        assertThat(Pools.sqliteFile("jdbc:sqlite::memory:")).isEmpty();
    }
}
