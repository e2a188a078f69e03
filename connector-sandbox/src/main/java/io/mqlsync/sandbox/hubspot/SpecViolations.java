package io.mqlsync.sandbox.hubspot;

import java.util.ArrayList;
import java.util.List;

/**
 * The spec violations a sandbox has seen and not yet handed out. A test (or
 * {@link HubSpotSandboxExtension}) drains them after each test and fails when there are any.
 * Thread-safe.
 */
public final class SpecViolations {

    private final List<SpecViolation> pending = new ArrayList<>();

    synchronized void add(List<SpecViolation> violations) {
        pending.addAll(violations);
    }

    /** Returns and forgets the violations seen so far. */
    public synchronized List<SpecViolation> drain() {
        List<SpecViolation> drained = List.copyOf(pending);
        pending.clear();
        return drained;
    }

    /**
     * Drains the violations and fails when there were any: what a test calls after it talked to the
     * sandbox ({@link HubSpotSandboxExtension} does it after every test).
     *
     * @throws AssertionError listing every violation
     */
    public void assertNone() {
        List<SpecViolation> violations = drain();
        if (!violations.isEmpty()) {
            StringBuilder message = new StringBuilder("the HubSpot sandbox saw ").append(violations.size())
                    .append(" violation(s) of HubSpot's OpenAPI spec:");
            violations.forEach(v -> message.append("\n  ").append(v));
            throw new AssertionError(message.toString());
        }
    }

    /** The violations seen so far, without forgetting them. */
    public synchronized List<SpecViolation> peek() {
        return List.copyOf(pending);
    }
}
