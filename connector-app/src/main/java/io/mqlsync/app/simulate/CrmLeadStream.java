package io.mqlsync.app.simulate;

import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.SourceLead;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Every record of the CRM (or those modified since a date), a page at a time with the page's events, read
 * through the adapter's read side only: {@code leads()} and {@code engagement()}, never the sink.
 */
public final class CrmLeadStream implements LeadStream {
    static final int PAGE_SIZE = 100;

    private final CrmAdapter crm;
    private final Optional<Instant> modifiedSince;
    private final Instant now;

    /**
     * @param modifiedSince when present, only records modified since then
     * @param now           the run's clock reading, for the engagement read
     */
    public CrmLeadStream(CrmAdapter crm, Optional<Instant> modifiedSince, Instant now) {
        this.crm = Objects.requireNonNull(crm, "crm");
        this.modifiedSince = Objects.requireNonNull(modifiedSince, "modifiedSince");
        this.now = Objects.requireNonNull(now, "now");
    }

    @Override
    public long forEach(Visitor visitor) {
        Optional<Cursor> cursor = Optional.empty();
        while (true) {
            LeadPage page = crm.leads().all(cursor, modifiedSince, PAGE_SIZE);
            Engagement engagement = crm.engagement().eventsFor(page.leads(), now);
            for (SourceLead lead : page.leads()) {
                visitor.accept(lead.record(), engagement.of(lead.record().id()));
            }
            if (!page.hasMore()) {
                return 0;
            }
            cursor = Optional.of(page.resumeAt());
        }
    }
}
