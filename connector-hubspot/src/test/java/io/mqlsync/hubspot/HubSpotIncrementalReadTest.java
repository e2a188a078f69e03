package io.mqlsync.hubspot;

import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.WriteResult;
import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxExtension;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Incremental reads past HubSpot's 10,000-result search cap, including more than 10,000 contacts on one
 * {@code lastmodifieddate} (our own batch writes give them that), without looping or skipping.
 */
class HubSpotIncrementalReadTest {
    private static final int CONTACTS = 10_100;

    @RegisterExtension
    static final HubSpotSandboxExtension HUBSPOT = new HubSpotSandboxExtension(HubSpotSandboxOptions.builder()
            .contacts(CONTACTS).clock(AdjustableClock.fixedAt(Instant.parse("2026-11-20T12:00:00Z")))
            .searchLag(Duration.ZERO).rateLimits(TestAdapter.GENEROUS).journalCapacity(1_000));

    @Test
    void everyContactIsReadOnceEvenWhenMoreThanTenThousandShareOneTimestamp() {
        // few mapped fields: ten thousand contacts a read, and the mapping is not the point here
        FieldMapping lean = new FieldMapping(Map.of(CanonicalField.EMAIL, "email", CanonicalField.LIFECYCLE_STAGE, "lifecyclestage"));
        try (TestAdapter hubspot = TestAdapter.open(HUBSPOT.sandbox(), lean)) {
            CrmAdapter adapter = hubspot.adapter;
            adapter.schema().apply(Reads.REQUIREMENTS);

            Reads.Run first = Reads.changed(adapter.leads(), Optional.empty(), 200);
            assertThat(first.ids()).doesNotHaveDuplicates().hasSize(CONTACTS);

            HUBSPOT.sandbox().clock().advance(Duration.ofHours(1));
            List<LeadChange> touchAll = IntStream.rangeClosed(1, CONTACTS)
                    .mapToObj(i -> Reads.set(Integer.toString(i), "mql_score", "7")).toList();
            assertThat(adapter.sink().write(touchAll)).allMatch(WriteResult::isWritten);
            HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(10));
            long searchesBefore = hubspot.calls("contacts.search");

            Reads.Run second = Reads.changed(adapter.leads(), Optional.of(first.resumeAt()), 200);

            assertThat(second.ids()).doesNotHaveDuplicates().hasSize(CONTACTS);
            assertThat(second.leads()).allSatisfy(l -> assertThat(l.snapshot().written().scores().score()).hasValue(7));
            // one search per 200 contacts, plus the switch into id order and the final empty page
            assertThat(hubspot.calls("contacts.search") - searchesBefore).isLessThanOrEqualTo(CONTACTS / 200 + 3);

            HUBSPOT.sandbox().clock().advance(Duration.ofMinutes(10));
            assertThat(Reads.changed(adapter.leads(), Optional.of(second.resumeAt()), 200).leads()).isEmpty();
        }
    }
}
