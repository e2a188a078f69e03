package io.mqlsync.sandbox.fault;

import java.time.Duration;
import java.util.Objects;

/**
 * One fault to answer a request with.
 *
 * @param kind     what fails
 * @param duration the Retry-After for {@link FaultKind#RATE_LIMITED}, the stall for {@link FaultKind#STALL};
 *                 ignored by the other kinds
 */
public record Fault(FaultKind kind, Duration duration) {

    /** The Retry-After a rate-limit fault advertises unless told otherwise. */
    public static final Duration DEFAULT_RETRY_AFTER = Duration.ofSeconds(1);
    /** How long a stall lasts unless told otherwise: longer than any client timeout mqlsync uses. */
    public static final Duration DEFAULT_STALL = Duration.ofSeconds(70);

    public Fault {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("duration must not be negative, was " + duration);
        }
    }

    /** A fault of {@code kind} with its default duration. */
    public static Fault of(FaultKind kind) {
        return new Fault(kind, kind == FaultKind.STALL ? DEFAULT_STALL : DEFAULT_RETRY_AFTER);
    }

    /** A 429 advertising {@code retryAfter}. */
    public static Fault rateLimited(Duration retryAfter) {
        return new Fault(FaultKind.RATE_LIMITED, retryAfter);
    }

    /** A stall of {@code length}. */
    public static Fault stall(Duration length) {
        return new Fault(FaultKind.STALL, length);
    }
}
