package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.ReasonAction;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one configured rejection reason code does.
 *
 * @param action   recycle or disqualify
 * @param cooldown for a recycle, how long the lead waits before it may qualify again; empty to use
 *                 {@code lifecycle.cooldown}. Never present for a disqualification.
 */
public record ReasonRule(ReasonAction action, Optional<Duration> cooldown) {
    public ReasonRule {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(cooldown, "cooldown");
        if (cooldown.isPresent() && action != ReasonAction.RECYCLE) {
            throw new IllegalArgumentException("only a recycle reason has a cooldown");
        }
        if (cooldown.filter(Duration::isNegative).isPresent()) {
            throw new IllegalArgumentException("a cooldown must not be negative");
        }
    }

    public static ReasonRule recycle() {
        return new ReasonRule(ReasonAction.RECYCLE, Optional.empty());
    }

    public static ReasonRule recycle(Duration cooldown) {
        return new ReasonRule(ReasonAction.RECYCLE, Optional.of(cooldown));
    }

    public static ReasonRule disqualify() {
        return new ReasonRule(ReasonAction.DISQUALIFY, Optional.empty());
    }
}
