package io.mqlsync.core.spi;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.Optional;

/**
 * Reads contacts or leads, a page at a time. Requests only the properties the model and config need.
 * Not thread-safe. Every method may throw a {@link CrmException}; a record with garbage values is
 * returned with those fields absent, never dropped or thrown.
 */
public interface LeadSource {

    /**
     * Records changed since {@code after} (from the beginning when empty), oldest change first.
     *
     * @param pageSize the most records to return; at least 1
     */
    LeadPage changed(Optional<Cursor> after, int pageSize);

    /** Every record, for a backfill; {@code modifiedSince} narrows it ({@code backfill --since}). */
    LeadPage all(Optional<Cursor> after, Optional<Instant> modifiedSince, int pageSize);

    /** Records whose {@code mql_next_rescore_at} is at or before {@code now}: the decay sweep. */
    LeadPage dueForRescore(Instant now, Optional<Cursor> after, int pageSize);

    /** One record by id ({@code explain}); empty when the CRM has no such record. */
    Optional<SourceLead> get(LeadId id);
}
