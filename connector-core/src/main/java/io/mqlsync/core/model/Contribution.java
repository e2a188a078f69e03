package io.mqlsync.core.model;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What one rule added to a score card, and why.
 *
 * @param rule           the rule id
 * @param label          the rule's human label, if the model gives one
 * @param kind           fit or intent
 * @param points         points added after decay and the rule's cap (negative for a penalty)
 * @param decay          the decay factor applied, in [0, 1]: for a rule counting several events, that
 *                       of the newest counted event; 1 for fit rules
 * @param evidence       human evidence, e.g. {@code jobTitle=VP Sales} or
 *                       {@code 3x PAGE_VIEWED /pricing in P7D, newest 2026-11-20}
 * @param handRaise      whether the rule is a hand-raise (bypasses the recycle cooldown)
 * @param newestEvidence when the newest event behind an intent contribution happened; empty for fit
 */
public record Contribution(String rule, Optional<String> label, RuleKind kind, double points, double decay,
                           String evidence, boolean handRaise, Optional<Instant> newestEvidence) {
    public Contribution {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(evidence, "evidence");
        Objects.requireNonNull(newestEvidence, "newestEvidence");
    }

    /** The label when there is one, else the rule id: what a person reads. */
    public String title() {
        return label.orElse(rule);
    }
}
