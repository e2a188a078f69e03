package io.mqlsync.sandbox.data;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How sales would treat a lead if it were handed to them.
 *
 * @param kind   accepted, rejected, or never answered
 * @param reason for a rejection, one of DESIGN.md's reason codes ({@code poor_fit}, {@code timing}, ...)
 * @param after  how long after the handoff the rep acts
 */
public record SyntheticDisposition(DispositionKind kind, Optional<String> reason, Duration after) {

    public SyntheticDisposition {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(after, "after");
        if (kind == DispositionKind.REJECTED && reason.isEmpty()) {
            throw new IllegalArgumentException("a rejection needs a reason");
        }
    }
}
