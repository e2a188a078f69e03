package io.mqlsync.core.spi;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import java.util.List;

/**
 * Reads what happened after the handoff: the deals or opportunities attached to leads (DESIGN section 8,
 * the source of SQL-to-won and revenue in the KPI report). The engine asks only for leads at SQL or
 * beyond, in bulk, so the API budget is spent where an outcome can exist; it passes ids, not records, so
 * it can also revisit leads it has not read this run (an opportunity can close without its lead
 * changing). Not thread-safe.
 */
public interface OutcomeSource {

    /**
     * @param leads leads whose outcome is wanted (at most a page); may be empty
     * @return their deals, each attached to one of {@code leads}; a lead without any has none listed
     * @throws CrmException when the whole read failed
     */
    List<Deal> dealsOf(List<LeadId> leads);

    /** For a CRM without deals: reads nothing and calls nothing. */
    static OutcomeSource none() {
        return leads -> List.of();
    }
}
