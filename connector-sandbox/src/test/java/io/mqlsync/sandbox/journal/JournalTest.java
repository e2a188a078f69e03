package io.mqlsync.sandbox.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JournalTest {

    @Test
    void keepsOnlyTheNewestWritesButCountsThemAll() {
        Journal journal = new Journal(2);
        for (int i = 1; i <= 5; i++) {
            journal.wrote(new WriteEntry(Instant.EPOCH, "contacts", String.valueOf(i), Map.of("city", "x"),
                    WriteOrigin.API));
        }
        assertThat(journal.writes()).extracting(WriteEntry::objectId).containsExactly("4", "5");
        assertThat(journal.writeCount()).isEqualTo(5);
    }

    @Test
    void countsRequestsRateLimitsFaultsAndBytesPerOperation() {
        Journal journal = new Journal();
        journal.served(new ServedRequest("contacts.search", 200, 120, 4_000, false));
        journal.served(new ServedRequest("contacts.search", 429, 120, 200, false));
        journal.served(new ServedRequest("contacts.search", 0, 120, 0, true));
        journal.served(new ServedRequest("owners.list", 200, 0, 900, false));
        assertThat(journal.endpoint("contacts.search")).isEqualTo(new EndpointStats(3, 1, 1, 360, 4_200));
        assertThat(journal.totalRequests()).isEqualTo(4);
        assertThat(journal.totalRateLimited()).isEqualTo(1);
        assertThat(journal.endpoint("tasks.create")).isEqualTo(EndpointStats.NONE);
        journal.clear();
        assertThat(journal.totalRequests()).isZero();
    }
}
