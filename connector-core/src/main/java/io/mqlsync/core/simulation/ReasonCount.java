package io.mqlsync.core.simulation;

import java.util.Objects;

/**
 * How often a flagged handoff ended with one rejection reason ({@code sla_expired} for expiries,
 * {@code no_response} for handoffs nobody answered).
 *
 * @param reason the reason code
 * @param cases  how many flagged handoffs ended with it
 */
public record ReasonCount(String reason, long cases) {
    public ReasonCount {
        Objects.requireNonNull(reason, "reason");
    }
}
