package io.mqlsync.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A lead's lifecycle history as written to the CRM ({@code mql_qualified_at}, {@code mql_recycled_at},
 * {@code mql_recycle_count}, {@code mql_last_rejection_reason}).
 *
 * @param qualifiedAt         when the lead last became an MQL
 * @param recycledAt          when the lead was last recycled; scoring ignores events before it
 * @param recycleCount        how often the lead was recycled, never negative
 * @param lastRejectionReason the reason of the last recycle or disqualification
 */
public record LeadHistory(Optional<Instant> qualifiedAt, Optional<Instant> recycledAt, int recycleCount,
                          Optional<ReasonCode> lastRejectionReason) {
    private static final LeadHistory NONE = new LeadHistory(Optional.empty(), Optional.empty(), 0, Optional.empty());

    public LeadHistory {
        Objects.requireNonNull(qualifiedAt, "qualifiedAt");
        Objects.requireNonNull(recycledAt, "recycledAt");
        Objects.requireNonNull(lastRejectionReason, "lastRejectionReason");
        if (recycleCount < 0) {
            throw new IllegalArgumentException("recycleCount must not be negative");
        }
    }

    /** A lead that was never qualified, recycled or rejected. */
    public static LeadHistory none() {
        return NONE;
    }

    public LeadHistory qualified(Instant at) {
        return new LeadHistory(Optional.of(at), recycledAt, recycleCount, lastRejectionReason);
    }

    /** One more recycle at {@code at}, for {@code reason}. */
    public LeadHistory recycled(Instant at, ReasonCode reason) {
        return new LeadHistory(qualifiedAt, Optional.of(at), recycleCount + 1, Optional.of(reason));
    }

    public LeadHistory rejected(ReasonCode reason) {
        return new LeadHistory(qualifiedAt, recycledAt, recycleCount, Optional.of(reason));
    }

    /** Whether the lead was ever recycled (by sales or by expiry). */
    public boolean wasRecycled() {
        return recycleCount > 0 || recycledAt.isPresent();
    }
}
