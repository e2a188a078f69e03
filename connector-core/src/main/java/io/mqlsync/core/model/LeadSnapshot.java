package io.mqlsync.core.model;

import java.util.Objects;

/**
 * Everything the lifecycle and the change planner need to know about a lead's current CRM state: the
 * CRM's own lifecycle fields and what mqlsync (and sales, through the rejection input) wrote before.
 * The planner diffs against it, so a re-run with nothing new writes nothing.
 *
 * @param lead    the record's id
 * @param crm     the CRM's lifecycle fields and owner
 * @param written the {@code mql_*} properties
 */
public record LeadSnapshot(LeadId lead, CrmState crm, WrittenState written) {
    public LeadSnapshot {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(written, "written");
    }

    public MqlStatus status() {
        return written.status();
    }

    public LeadHistory history() {
        return written.history();
    }
}
