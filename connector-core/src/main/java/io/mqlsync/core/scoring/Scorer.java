package io.mqlsync.core.scoring;

import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.RuleKind;
import io.mqlsync.core.model.ScoreCard;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Scores leads with one model, exactly as DESIGN section 5 specifies. Pure and deterministic: the card
 * is a function of (model, lead, events, now, baseline) and nothing else. Thread-safe; build one per
 * model and share it.
 */
public final class Scorer {
    private static final Comparator<Event> NEWEST_FIRST = Comparator.comparing(Event::at).reversed();

    private final ScoringModel model;
    private final int[] fitGroupIndex;
    private final int fitGroupCount;
    private final List<Evidence> fitEvidence;
    private final List<IntentRuleScorer> intentRules;

    public Scorer(ScoringModel model) {
        this.model = Objects.requireNonNull(model, "model");
        Map<String, Integer> groups = new HashMap<>();
        List<FitRule> fitRules = model.fit().rules();
        this.fitGroupIndex = new int[fitRules.size()];
        for (int i = 0; i < fitRules.size(); i++) {
            fitGroupIndex[i] = fitRules.get(i).group()
                    .map(g -> groups.computeIfAbsent(g, k -> groups.size()))
                    .orElse(-1);
        }
        this.fitGroupCount = groups.size();
        this.fitEvidence = fitRules.stream().map(r -> Evidence.forFit(r.condition())).toList();
        this.intentRules = model.intent().rules().stream().map(IntentRuleScorer::new).toList();
    }

    public ScoringModel model() {
        return model;
    }

    /** Scores {@code lead} at {@code now} counting all its events. */
    public ScoreCard score(LeadRecord lead, List<Event> events, Instant now) {
        return score(lead, events, now, Optional.empty());
    }

    /**
     * Scores {@code lead} at {@code now}.
     *
     * @param events   the lead's events in any order; never null
     * @param baseline when present, events before it are ignored (re-qualification after a recycle
     *                 counts only what happened since)
     */
    public ScoreCard score(LeadRecord lead, List<Event> events, Instant now, Optional<Instant> baseline) {
        Fields fields = lead.fields();
        List<Contribution> contributions = new ArrayList<>();
        double fit = clamp(scoreFit(fields, contributions), model.fit().min(), model.fit().max());

        Event[] newestFirst = newestFirst(events, baseline);
        long nowMillis = now.toEpochMilli();
        double intentSum = 0;
        for (IntentRuleScorer rule : intentRules) {
            Optional<Contribution> contribution = rule.contribution(newestFirst, nowMillis);
            if (contribution.isPresent()) {
                contributions.add(contribution.get());
                intentSum += contribution.get().points();
            }
        }
        double multiplier = sourceMultiplier(fields);
        IntentSection intentSection = model.intent();
        double intent = clamp(intentSum * multiplier, intentSection.min(), intentSection.max());
        double score = fit + intent;

        Qualification qualify = model.qualify();
        boolean disqualified = qualify.disqualifyIf().map(c -> c.test(fields)).orElse(false);
        boolean qualifies = !disqualified && qualify.thresholdsMet(fit, intent, score);
        return new ScoreCard(model.id(), now, fit, intent, multiplier, score, qualifies, disqualified,
                model.quadrants().quadrantOf(fit, intent), contributions);
    }

    private double scoreFit(Fields fields, List<Contribution> contributions) {
        boolean[] groupTaken = new boolean[fitGroupCount];
        List<FitRule> rules = model.fit().rules();
        double sum = 0;
        for (int i = 0; i < rules.size(); i++) {
            int group = fitGroupIndex[i];
            if (group >= 0 && groupTaken[group]) {
                continue;
            }
            FitRule rule = rules.get(i);
            if (rule.condition().test(fields)) {
                if (group >= 0) {
                    groupTaken[group] = true;
                }
                sum += rule.points();
                contributions.add(new Contribution(rule.id(), rule.label(), RuleKind.FIT, rule.points(), 1.0,
                        fitEvidence.get(i).ofFields(fields), false, Optional.empty()));
            }
        }
        return sum;
    }

    private double sourceMultiplier(Fields fields) {
        for (SourceMultiplier source : model.intent().sources()) {
            if (source.condition().test(fields)) {
                return source.multiplier();
            }
        }
        return 1.0;
    }

    private static Event[] newestFirst(List<Event> events, Optional<Instant> baseline) {
        Event[] array = events.toArray(new Event[0]);
        if (baseline.isPresent()) {
            Instant since = baseline.get();
            int kept = 0;
            for (Event event : array) {
                if (!event.at().isBefore(since)) {
                    array[kept++] = event;
                }
            }
            array = Arrays.copyOf(array, kept);
        }
        return inNewestFirstOrder(array);
    }

    /** CRMs hand events over oldest or newest first: only sort when they did neither. */
    private static Event[] inNewestFirstOrder(Event[] events) {
        boolean newestFirst = true;
        boolean oldestFirst = true;
        for (int i = 1; i < events.length && (newestFirst || oldestFirst); i++) {
            int order = events[i - 1].at().compareTo(events[i].at());
            newestFirst &= order >= 0;
            oldestFirst &= order <= 0;
        }
        if (newestFirst) {
            return events;
        }
        if (oldestFirst) {
            for (int i = 0, j = events.length - 1; i < j; i++, j--) {
                Event swap = events[i];
                events[i] = events[j];
                events[j] = swap;
            }
            return events;
        }
        Arrays.sort(events, NEWEST_FIRST);
        return events;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}
