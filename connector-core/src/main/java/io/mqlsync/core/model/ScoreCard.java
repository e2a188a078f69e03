package io.mqlsync.core.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The explained result of scoring one lead at one instant: a deterministic function of the model, the
 * lead's fields, its events and {@code at}.
 *
 * @param model         the model's {@code name@version}
 * @param at            the instant the lead was scored at (decay is measured to it)
 * @param fit           fit after clamping
 * @param intent        intent after the source multiplier and clamping
 * @param multiplier    the first matching source multiplier applied to intent, 1 when none matched
 * @param score         fit + intent
 * @param qualifies     not disqualified and every configured threshold met
 * @param disqualified  the model's {@code disqualifyIf} matched
 * @param quadrant      the fit/intent quadrant
 * @param contributions every rule that matched, fit rules first, each in model order
 */
public record ScoreCard(String model, Instant at, double fit, double intent, double multiplier,
                        double score, boolean qualifies,
                        boolean disqualified, Quadrant quadrant, List<Contribution> contributions) {
    public ScoreCard {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(quadrant, "quadrant");
        contributions = List.copyOf(contributions);
    }

    /** Whether a hand-raise rule (a demo request, say) counted on this card. */
    public boolean handRaised() {
        return contributions.stream().anyMatch(c -> c.handRaise() && c.points() > 0);
    }
}
