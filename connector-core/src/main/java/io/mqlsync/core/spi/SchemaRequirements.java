package io.mqlsync.core.spi;

import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.planning.WriteBackConfig;
import java.util.List;
import java.util.Objects;

/**
 * What mqlsync needs in the CRM's schema (DESIGN section 6): its {@code mql_*} properties named with the
 * configured prefix, the rejection reasons as options of the rejection input, and the lead status values
 * the lifecycle config writes or reads.
 */
public record SchemaRequirements(WriteBackConfig writeBack, List<ReasonCode> reasons, List<String> leadStatuses) {
    public SchemaRequirements {
        Objects.requireNonNull(writeBack, "writeBack");
        reasons = List.copyOf(reasons);
        leadStatuses = List.copyOf(leadStatuses);
    }
}
