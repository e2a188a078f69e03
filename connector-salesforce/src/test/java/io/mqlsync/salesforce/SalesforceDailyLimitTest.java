package io.mqlsync.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.sandbox.salesforce.SalesforceSandboxOptions;
import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SalesforceDailyLimitTest {
    private final SalesforceOrgFixture org = new SalesforceOrgFixture(SalesforceSandboxOptions.builder()
            .dailyApiRequestLimit(1000));

    @AfterEach
    void close() {
        org.close();
    }

    @Test
    void aRunStopsAtItsShareOfTheDailyLimitAndTheNextRunResumesFromItsCursor() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            ids.add(org.sandbox.admin().insert("Lead", Map.of("LastName", "L" + i, "Company", "C")));
        }
        org.sandbox.admin().setApiRequestsUsed(795);
        List<String> read = new ArrayList<>();
        AtomicReference<Optional<Cursor>> checkpoint = new AtomicReference<>(Optional.empty());
        try (SalesforceAdapter adapter = org.openLeads()) {
            assertThatThrownBy(() -> readToEnd(adapter, checkpoint, read)).isInstanceOf(ApiBudgetExhaustedException.class);
        }
        assertThat(org.sandbox.admin().apiRequestsUsed()).isLessThanOrEqualTo(800);
        assertThat(read).hasSizeLessThan(30);

        org.sandbox.admin().setApiRequestsUsed(0); // a day later
        try (SalesforceAdapter nextRun = org.openLeads()) {
            readToEnd(nextRun, checkpoint, read);
        }
        assertThat(read).containsExactlyElementsOf(ids);
    }

    /** Reads pages of three, checkpointing each page's cursor as the engine does once the page is processed. */
    private static void readToEnd(SalesforceAdapter adapter, AtomicReference<Optional<Cursor>> checkpoint, List<String> read) {
        while (true) {
            LeadPage page = adapter.leads().changed(checkpoint.get(), 3);
            page.leads().forEach(l -> read.add(l.record().id().value()));
            checkpoint.set(Optional.of(page.resumeAt()));
            if (!page.hasMore()) {
                return;
            }
        }
    }

    @Test
    void theOrgsOwnRequestLimitFaultIsABudgetStopNotARetry() {
        org.sandbox.admin().insert("Lead", Map.of("LastName", "L", "Company", "C"));
        try (SalesforceAdapter adapter = org.openLeads()) {
            org.sandbox.admin().addCallRule(SoapCallRule.exhaustDailyLimit().withOperation(SoapOperation.QUERY));

            assertThatThrownBy(() -> adapter.leads().changed(Optional.empty(), 200))
                    .isInstanceOf(ApiBudgetExhaustedException.class).hasMessageContaining("REQUEST_LIMIT_EXCEEDED");
        }
        assertThat(org.sandbox.journal().faults()).containsEntry("REQUEST_LIMIT_EXCEEDED", 1L);
        assertThat(org.waits).isEmpty();
    }
}
