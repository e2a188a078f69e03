package io.mqlsync.core.state;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import java.util.List;
import java.util.function.Consumer;

/**
 * The deals attached to an instance's leads, each at its latest known stage: the outcomes the KPI report
 * and backtests read beside the transition history. Thread-safe.
 */
public interface DealHistory {
    /**
     * Saves a deal of a lead, replacing what was known of the same deal of the same lead.
     *
     * @return whether anything changed (a deal read again unchanged changes nothing)
     */
    boolean record(Deal deal);

    /** The lead's deals, by id; empty when it has none. */
    List<Deal> ofLead(LeadId lead);

    /** Calls {@code action} for every deal of the instance, by lead and id, reading in chunks. */
    void forEach(Consumer<Deal> action);
}
