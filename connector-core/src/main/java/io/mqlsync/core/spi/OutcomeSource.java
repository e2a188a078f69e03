package io.mqlsync.core.spi;

import io.mqlsync.core.model.Deal;
import java.util.List;

/**
 * Reads what happened after the handoff: the deals or opportunities attached to leads (DESIGN section 8,
 * the source of SQL-to-won and revenue in the KPI report). The engine asks only for leads at SQL or
 * beyond, in bulk per page, so the API budget is spent where an outcome can exist. Not thread-safe.
 */
public interface OutcomeSource {

    /**
     * @param leads leads of one page whose outcome is wanted; may be empty
     * @return their deals, each attached to one of {@code leads}; a lead without any has none listed
     * @throws CrmException when the whole read failed
     */
    List<Deal> dealsOf(List<SourceLead> leads);

    /** For a CRM without deals: reads nothing and calls nothing. */
    static OutcomeSource none() {
        return leads -> List.of();
    }
}
