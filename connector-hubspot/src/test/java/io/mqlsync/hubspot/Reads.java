package io.mqlsync.hubspot;

import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.spi.Cursor;
import io.mqlsync.core.spi.LeadPage;
import io.mqlsync.core.spi.LeadSource;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.core.spi.SourceLead;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/** Reads to the end the way the engine does, and small fixtures shared by the adapter's tests. */
final class Reads {
    /** The requirements of the lifecycle config of DESIGN section 4. */
    static final SchemaRequirements REQUIREMENTS = new SchemaRequirements(WriteBackConfig.defaults(),
            List.of(new ReasonCode("competitor"), new ReasonCode("timing"), new ReasonCode("no_budget")),
            List.of("NEW", "UNQUALIFIED", "IN_PROGRESS"));

    private Reads() {
    }

    /** Every lead, in order, from {@code after} until a page says there is no more. */
    record Run(List<SourceLead> leads, Cursor resumeAt, int pages) {
        List<String> ids() {
            return leads.stream().map(l -> l.record().id().value()).toList();
        }
    }

    static Run changed(LeadSource source, Optional<Cursor> after, int pageSize) {
        return run(after, c -> source.changed(c, pageSize));
    }

    static Run run(Optional<Cursor> after, Function<Optional<Cursor>, LeadPage> read) {
        List<SourceLead> leads = new ArrayList<>();
        Optional<Cursor> cursor = after;
        int pages = 0;
        while (true) {
            LeadPage page = read.apply(cursor);
            pages++;
            leads.addAll(page.leads());
            cursor = Optional.of(page.resumeAt());
            if (!page.hasMore()) {
                return new Run(leads, page.resumeAt(), pages);
            }
            if (pages > 100_000) {
                throw new AssertionError("the read does not end");
            }
        }
    }

    /** A change that sets one property. */
    static LeadChange set(String id, String property, String value) {
        return new LeadChange(new LeadId(id), Map.of(property, value), Set.of(), Optional.empty(), Optional.empty(),
                LeadChange.StageMove.DIRECT);
    }
}
