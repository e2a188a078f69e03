package io.mqlsync.core.state;

import io.mqlsync.core.model.LeadId;
import java.time.Instant;
import java.util.Objects;

/**
 * When mqlsync first scored a lead, and where the lead came from then (first touch): the KPI report's
 * "leads scored" and the start of its "time to MQL".
 *
 * @param lead        the CRM id of the lead
 * @param firstSeen   the instant of its first score
 * @param attribution its source, medium and campaign at that score
 */
public record LeadSeen(LeadId lead, Instant firstSeen, Attribution attribution) {
    public LeadSeen {
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(firstSeen, "firstSeen");
        Objects.requireNonNull(attribution, "attribution");
    }
}
