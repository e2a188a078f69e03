package io.mqlsync.core.planning;

import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.scoring.ScoringModel;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Finds {@code mql_next_rescore_at}: the first whole second after {@code now} at which decay changes a
 * written integer score, the quadrant or qualification. Empty when nothing changes within
 * {@link #HORIZON}.
 *
 * <p>Time only enters a card through the decay of each event, so each intent contribution moves one way:
 * a rule with positive points only shrinks, a penalty only fades towards 0. Over an interval
 * {@code [a, b]} the intent sum is therefore bounded by {@code P(b) + N(a)} and {@code P(a) + N(b)}
 * (P the positive, N the negative contributions), and every written value is a monotone function of that
 * sum. An interval whose bounds give the same written values as now cannot hold a change; others are
 * halved down to one second. The scorer is only ever called, never re-implemented, except for the
 * clamp and multiplier that turn the sum into intent, which are checked against the card at {@code now}.
 * The search is on whole epoch seconds, so the answer does not depend on when it is asked.
 */
public final class NextRescore {
    /** Changes further away than this are treated as never. */
    public static final Duration HORIZON = Duration.ofDays(3653);
    private static final long FIRST_STEP_SECONDS = 60;
    /** Rounding noise between the scorer's sum and ours; widening the bounds only costs extra probes. */
    private static final double SLACK = 1e-7;
    private static final int MAX_PROBES = 4_000;

    private final ScoringModel model;

    public NextRescore(ScoringModel model) {
        this.model = Objects.requireNonNull(model, "model");
    }

    /**
     * @param cards    scores the lead
     * @param baseline the baseline the written card was scored with
     * @param now      the card's instant
     * @param current  the card at {@code now}, as written
     * @return the first whole second at which a written value would differ, or empty
     */
    public Optional<Instant> after(CardSource cards, Optional<Instant> baseline, Instant now, ScoreCard current) {
        Search search = new Search(cards, baseline, outcome(current));
        long start = now.getEpochSecond() + 1;
        long horizon = now.plus(HORIZON).getEpochSecond();
        ScoreCard first = search.card(start);
        if (search.changed(first)) {
            return Optional.of(Instant.ofEpochSecond(start));
        }
        boolean boundsHold = Math.abs(intentOf(sums(current), current) - current.intent()) <= SLACK;
        // Most leads never change (no decaying intent, or all of it long gone): two probes settle them.
        if (boundsHold && search.bounded(start, first, horizon, search.card(horizon), Search.Depth.SHALLOW).isEmpty()) {
            return Optional.empty();
        }
        long a = start;
        ScoreCard cardA = first;
        for (long step = FIRST_STEP_SECONDS; a < horizon; step = Math.min(step * 2, HORIZON.toSeconds())) {
            long b = Math.min(a + step, horizon);
            ScoreCard cardB = search.card(b);
            Optional<Long> found = boundsHold ? search.bounded(a, cardA, b, cardB, Search.Depth.FULL)
                    : search.monotone(a, b, cardB);
            if (found.isPresent()) {
                return found.map(Instant::ofEpochSecond);
            }
            a = b;
            cardA = cardB;
        }
        return Optional.empty();
    }

    /** What is written for a card, as far as decay can change it. */
    record Outcome(long fit, long intent, long score, Quadrant quadrant, boolean qualifies) {
    }

    static Outcome outcome(ScoreCard card) {
        return new Outcome(Written.integer(card.fit()), Written.integer(card.intent()), Written.integer(card.score()),
                card.quadrant(), card.qualifies());
    }

    private Outcome outcomeOfSum(double sum, ScoreCard like) {
        double intent = intentOf(sum, like);
        double score = like.fit() + intent;
        boolean qualifies = !like.disqualified() && model.qualify().thresholdsMet(like.fit(), intent, score);
        return new Outcome(Written.integer(like.fit()), Written.integer(intent), Written.integer(score),
                model.quadrants().quadrantOf(like.fit(), intent), qualifies);
    }

    private double intentOf(double sum, ScoreCard like) {
        double intent = sum * like.multiplier();
        return Math.max(model.intent().min(), Math.min(model.intent().max(), intent));
    }

    private static double sums(ScoreCard card) {
        return positive(card) + negative(card);
    }

    private static double positive(ScoreCard card) {
        return card.contributions().stream().filter(c -> c.kind() == RuleKind.INTENT)
                .mapToDouble(Contribution::points).filter(p -> p > 0).sum();
    }

    private static double negative(ScoreCard card) {
        return card.contributions().stream().filter(c -> c.kind() == RuleKind.INTENT)
                .mapToDouble(Contribution::points).filter(p -> p < 0).sum();
    }

    /** One search: the lead's cards, the outcome as written now, and a probe budget. */
    private final class Search {
        private final CardSource cards;
        private final Optional<Instant> baseline;
        private final Outcome written;
        private int probes;

        Search(CardSource cards, Optional<Instant> baseline, Outcome written) {
            this.cards = cards;
            this.baseline = baseline;
            this.written = written;
        }

        ScoreCard card(long second) {
            probes++;
            return cards.scoreAt(Instant.ofEpochSecond(second), baseline);
        }

        boolean changed(ScoreCard card) {
            return !outcome(card).equals(written);
        }

        /** How far {@link #bounded} goes: to the second, or only to say whether a change is possible. */
        enum Depth {
            FULL,
            /** Present (with {@code b}) when a change cannot be ruled out, empty when it can. */
            SHALLOW
        }

        /** The first second in (a, b] whose outcome differs, given the outcome at a is the written one. */
        Optional<Long> bounded(long a, ScoreCard cardA, long b, ScoreCard cardB, Depth depth) {
            if (!changed(cardB) && cannotChange(cardA, cardB)) {
                return Optional.empty();
            }
            if (depth == Depth.SHALLOW) {
                return Optional.of(b);
            }
            if (b - a == 1) {
                return changed(cardB) ? Optional.of(b) : Optional.empty();
            }
            if (probes >= MAX_PROBES) {
                // Out of budget: rescoring too early is harmless, too late is not.
                return Optional.of(a + 1);
            }
            long m = a + (b - a) / 2;
            ScoreCard cardM = card(m);
            if (changed(cardM)) {
                return bounded(a, cardA, m, cardM, depth).or(() -> Optional.of(m));
            }
            return bounded(a, cardA, m, cardM, depth).or(() -> bounded(m, cardM, b, cardB, depth));
        }

        /** Bisection for when the bounds cannot be trusted: assumes a change, once made, stays. */
        Optional<Long> monotone(long a, long b, ScoreCard cardB) {
            if (!changed(cardB)) {
                return Optional.empty();
            }
            long lo = a;
            long hi = b;
            while (hi - lo > 1) {
                long m = lo + (hi - lo) / 2;
                if (changed(card(m))) {
                    hi = m;
                } else {
                    lo = m;
                }
            }
            return Optional.of(hi);
        }

        private boolean cannotChange(ScoreCard cardA, ScoreCard cardB) {
            double low = positive(cardB) + negative(cardA);
            double high = positive(cardA) + negative(cardB);
            if (high - low <= SLACK) {
                // Nothing decays within (a, b]: the outcome is the one at a throughout. Widening flat bounds by the
                // slack would make a score sitting exactly on a threshold look as if it could cross it.
                return true;
            }
            return outcomeOfSum(low - SLACK, cardA).equals(written) && outcomeOfSum(high + SLACK, cardA).equals(written);
        }
    }
}
