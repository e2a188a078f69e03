package io.mqlsync.core.spi;

import java.util.List;
import java.util.Objects;

/**
 * One page of a read.
 *
 * @param leads    the records, at most the page size asked for; may be empty; a record may appear again
 *                 on a later page or run (reads overlap to survive a CRM's search lag): processing is idempotent
 * @param resumeAt where the next read starts; the engine checkpoints it once this page is written
 * @param hasMore  whether another page follows now; when false, {@code resumeAt} is where the next run starts
 */
public record LeadPage(List<SourceLead> leads, Cursor resumeAt, boolean hasMore) {
    public LeadPage {
        leads = List.copyOf(leads);
        Objects.requireNonNull(resumeAt, "resumeAt");
    }
}
