package io.mqlsync.core.report;

import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.TransitionRecord;
import java.time.Instant;
import java.util.Optional;

/**
 * What the report follows of one lead that qualified in the range: the only per-lead state it keeps.
 * Not thread-safe.
 */
final class Journey {
    final Instant firstQualified;
    /** Whether the range's first qualification was the lead's first ever (not a re-qualification after a recycle). */
    final boolean firstEver;
    final Quadrant quadrant;
    Attribution attribution;
    boolean accepted;
    boolean sql;
    boolean rejected;
    boolean won;
    /** The qualification still waiting for a sales response, if any. */
    Optional<Instant> awaitingSince = Optional.empty();
    private Optional<RevenueTally> revenue = Optional.empty();

    Journey(TransitionRecord qualified) {
        this.firstQualified = qualified.at();
        this.firstEver = qualified.from() != MqlStatus.RECYCLED;
        this.quadrant = qualified.quadrant();
        this.attribution = qualified.attribution();
    }

    /** A won deal of this lead; its amount counts here only when {@code credited} (not yet counted for another lead). */
    void won(Deal deal, boolean credited) {
        won = true;
        if (credited) {
            revenue = revenue.or(() -> Optional.of(new RevenueTally()));
            revenue.get().add(deal);
        }
    }

    void addRevenueTo(RevenueTally total) {
        revenue.ifPresent(total::addAll);
    }
}
