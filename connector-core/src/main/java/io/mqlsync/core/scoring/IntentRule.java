package io.mqlsync.core.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * An intent rule. Without a window, matching events (newest first) each add
 * {@code points × decay(age)} and the running sum stops at {@code cap} (a floor when points are
 * negative). With a window, the rule fires once when {@code atLeast} matching events fall within
 * {@code within}, worth {@code points × decay(age of the newest event of the newest such window)}.
 *
 * @param id        the rule id, unique in the model
 * @param points    points per matching event (negative for a penalty)
 * @param cap       the most the rule adds ({@code max}, default {@code points}); same sign as points
 * @param label     the human label, if any
 * @param handRaise whether firing counts as a hand-raise (bypasses the recycle cooldown)
 * @param event     which events match
 * @param window    the {@code atLeast}/{@code within} window, if the rule has one
 * @param decay     the effective decay: the rule's own, else the model's ({@link Decay#none()} for {@code decay: false})
 */
public record IntentRule(String id, double points, double cap, Optional<String> label, boolean handRaise,
                         EventPattern event, Optional<Window> window, Decay decay) {
    public IntentRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(decay, "decay");
        if (points != 0 && Math.signum(cap) != Math.signum(points)) {
            throw new IllegalArgumentException("rule " + id + ": max must have the sign of points");
        }
    }
}
