package io.mqlsync.core.spi;

import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import java.util.Objects;

/**
 * One contact or lead as read from the CRM: its canonical fields for the scorer, and its current CRM
 * state (lifecycle fields, owner, the {@code mql_*} values written before) for the lifecycle and the
 * change planner.
 */
public record SourceLead(LeadRecord record, LeadSnapshot snapshot) {
    public SourceLead {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(snapshot, "snapshot");
        if (!record.id().equals(snapshot.lead())) {
            throw new IllegalArgumentException("record and snapshot must describe the same lead");
        }
    }
}
