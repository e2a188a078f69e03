package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.RuleKind;
import java.time.Instant;
import java.util.Optional;

/** Computes one intent rule's contribution from a lead's events, newest first. Immutable, thread-safe. */
final class IntentRuleScorer {
    private final IntentRule rule;
    private final long typeMask;
    /** The rule's {@code where}, or null: read once per event on the hot path, so not an Optional. */
    private final Condition where;
    private final Evidence evidence;

    IntentRuleScorer(IntentRule rule) {
        this.rule = rule;
        this.evidence = Evidence.forIntent(rule.event());
        long mask = 0;
        for (EventType type : rule.event().types()) {
            mask |= 1L << type.ordinal();
        }
        this.typeMask = mask;
        this.where = rule.event().where().orElse(null);
    }

    /** @return empty when no event matches the rule */
    Optional<Contribution> contribution(Event[] newestFirst, long nowMillis) {
        return rule.window().isPresent()
                ? windowed(newestFirst, nowMillis, rule.window().get())
                : cumulative(newestFirst, nowMillis);
    }

    private boolean matches(Event event) {
        return (typeMask & (1L << event.type().ordinal())) != 0 && (where == null || where.test(event.attrs()));
    }

    /** Each matching event adds points × decay, newest first, until the running sum reaches the cap. */
    private Optional<Contribution> cumulative(Event[] newestFirst, long nowMillis) {
        double points = rule.points();
        double cap = rule.cap();
        double sum = 0;
        int counted = 0;
        boolean reachedMax = false;
        Event newest = null;
        double newestFactor = 0;
        for (Event event : newestFirst) {
            if (!matches(event)) {
                continue;
            }
            double factor = rule.decay().factor(nowMillis - event.at().toEpochMilli());
            if (newest == null) {
                newest = event;
                newestFactor = factor;
            }
            counted++;
            sum += points * factor;
            if (points >= 0 ? sum >= cap : sum <= cap) {
                sum = cap;
                reachedMax = counted > 1 || Math.abs(points * factor) > Math.abs(cap);
                break; // newest events decay least, so the cap is reached with the freshest evidence
            }
        }
        if (newest == null) {
            return Optional.empty();
        }
        return Optional.of(contribution(sum, newestFactor, newest.at(),
                evidence.ofEvents(newest, counted, reachedMax)));
    }

    /**
     * Fires once when some window of {@code within} holds {@code atLeast} matching events, worth
     * points × decay(age of the newest event of the newest such window).
     */
    private Optional<Contribution> windowed(Event[] newestFirst, long nowMillis, Window window) {
        int needed = window.atLeast();
        long within = window.within().toMillis();
        long[] times = new long[newestFirst.length];
        Event[] matching = new Event[newestFirst.length];
        int count = 0;
        for (Event event : newestFirst) {
            if (matches(event)) {
                times[count] = event.at().toEpochMilli();
                matching[count++] = event;
            }
        }
        for (int newest = 0; newest + needed - 1 < count; newest++) {
            if (times[newest] - times[newest + needed - 1] <= within) {
                double factor = rule.decay().factor(nowMillis - times[newest]);
                double points = rule.points() * factor;
                double capped = rule.points() >= 0 ? Math.min(points, rule.cap()) : Math.max(points, rule.cap());
                return Optional.of(contribution(capped, factor, matching[newest].at(),
                        evidence.ofWindow(needed, window.within(), matching[newest])));
            }
        }
        return Optional.empty();
    }

    private Contribution contribution(double points, double decay, Instant newest, String text) {
        return new Contribution(rule.id(), rule.label(), RuleKind.INTENT, points, decay, text,
                rule.handRaise(), Optional.of(newest));
    }
}
