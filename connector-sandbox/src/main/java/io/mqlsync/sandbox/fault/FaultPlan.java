package io.mqlsync.sandbox.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The fault rules of one sandbox, consulted for every vendor request. Each rule counts the requests
 * it matches; the first rule (in the order added) whose trigger fires decides the fault. Thread-safe:
 * rules can be added and cleared while requests are served.
 */
public final class FaultPlan {

    private final List<CountedRule> rules = new ArrayList<>();

    /** Adds a rule after the existing ones. */
    public synchronized void add(FaultRule rule) {
        rules.add(new CountedRule(rule));
    }

    /** Removes every rule; requests are served normally again. */
    public synchronized void clear() {
        rules.clear();
    }

    /**
     * Counts the request against every rule that matches it and returns the fault to answer with.
     *
     * @return the fault of the first matching rule that fires, or empty to serve the request normally
     */
    public synchronized Optional<Fault> decide(RequestFacts request) {
        Optional<Fault> decided = Optional.empty();
        for (CountedRule counted : rules) {
            if (!counted.rule.matcher().matches(request)) {
                continue;
            }
            counted.matches++;
            // Every matching rule counts the request, so "the 3rd search" means the 3rd search
            // even when an earlier rule already failed one of them.
            if (decided.isEmpty() && counted.rule.trigger().fires(counted.matches)) {
                decided = Optional.of(counted.rule.fault());
            }
        }
        return decided;
    }

    private static final class CountedRule {
        private final FaultRule rule;
        private long matches;

        CountedRule(FaultRule rule) {
            this.rule = rule;
        }
    }
}
