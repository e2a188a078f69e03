package io.mqlsync.core.sync;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.spi.OutcomeSource;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.state.OutcomeRead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the deals of SQL leads through the adapter's {@link OutcomeSource}, at most a page of leads per
 * call. Outcomes are evidence for the report, not part of the handoff: when the CRM refuses them for
 * good (a missing scope or permission), the run goes on without them, with a warning and an error line,
 * and asks no more this run. Transient failures, an exhausted budget and refused credentials stop the
 * run as for any read. Not thread-safe: the engine's thread.
 */
final class OutcomeReader {
    private static final Logger LOG = LoggerFactory.getLogger(OutcomeReader.class);

    private final OutcomeSource source;
    private final RunTally tally;
    private boolean refused;

    OutcomeReader(OutcomeSource source, RunTally tally) {
        this.source = source;
        this.tally = tally;
    }

    /**
     * @param leads SQL leads whose deals are wanted, at most {@link SyncEngine#PAGE_SIZE}; may be empty
     * @return what was read at {@code now}; none when {@code leads} is empty or the CRM refused outcomes
     */
    OutcomeRead read(List<LeadId> leads, Instant now) {
        List<LeadId> checked = List.copyOf(new LinkedHashSet<>(leads));
        if (checked.isEmpty() || refused) {
            return OutcomeRead.none();
        }
        if (checked.size() > SyncEngine.PAGE_SIZE) {
            throw new IllegalArgumentException("at most " + SyncEngine.PAGE_SIZE + " leads per outcome read");
        }
        List<Deal> deals;
        try {
            deals = source.dealsOf(checked);
        } catch (PermanentCrmException e) {
            refused = true;
            tally.error("outcomes not read: " + e.getMessage());
            LOG.warn("the CRM refused to read deals ({}); this run goes on without outcomes", e.getMessage());
            return OutcomeRead.none();
        }
        List<Deal> own = attached(deals, checked);
        tally.dealsRead(own.size());
        return new OutcomeRead(now, checked, own);
    }

    /** The deals of the leads asked about; an adapter answering for others is a bug worth a warning, not a stop. */
    private static List<Deal> attached(List<Deal> deals, List<LeadId> leads) {
        Set<LeadId> asked = Set.copyOf(leads);
        List<Deal> own = new ArrayList<>();
        Set<DealOfLead> seen = new HashSet<>();
        for (Deal deal : deals) {
            if (!asked.contains(deal.lead())) {
                LOG.warn("deal {}: attached to lead {}, which was not asked about; ignored", deal.id(), deal.lead());
            } else if (seen.add(new DealOfLead(deal.id(), deal.lead()))) {
                // the same deal of the same lead twice (a CRM listing an association twice) is saved once
                own.add(deal);
            }
        }
        return own;
    }

    /** What identifies a deal row: the deal and the lead it is attached to. */
    private record DealOfLead(String id, LeadId lead) {
    }
}
