package io.mqlsync.core.state;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The deals read for some SQL leads at one instant: saved as the leads' deals, and as when each lead's
 * outcome was last checked, so the outcome sweep revisits the leads whose deals are not all closed.
 *
 * @param at      when the CRM was asked
 * @param checked the leads whose deals were read, each once; a lead without deals is checked too
 * @param deals   what the CRM answered, each attached to one of {@code checked}
 */
public record OutcomeRead(Instant at, List<LeadId> checked, List<Deal> deals) {
    private static final OutcomeRead NONE = new OutcomeRead(Instant.EPOCH, List.of(), List.of());

    public OutcomeRead {
        Objects.requireNonNull(at, "at");
        checked = List.copyOf(checked);
        deals = List.copyOf(deals);
        Set<LeadId> leads = new HashSet<>(checked);
        if (leads.size() != checked.size()) {
            throw new IllegalArgumentException("a lead is checked once per read");
        }
        for (Deal deal : deals) {
            if (!leads.contains(deal.lead())) {
                throw new IllegalArgumentException("deal " + deal.id() + " is attached to lead " + deal.lead()
                        + ", which was not checked");
            }
        }
    }

    /** Nothing read (a page without SQL leads); its instant means nothing. */
    public static OutcomeRead none() {
        return NONE;
    }

    /** Whether nothing was checked. */
    public boolean isEmpty() {
        return checked.isEmpty();
    }

    /**
     * Whether the lead's outcome is settled: it has deals and every one is closed. An unsettled lead (no
     * deal yet, or one still open) is revisited by the outcome sweep.
     */
    public boolean settled(LeadId lead) {
        List<Deal> own = deals.stream().filter(d -> d.lead().equals(lead)).toList();
        return !own.isEmpty() && own.stream().noneMatch(d -> d.stage() == DealStage.OPEN);
    }
}
