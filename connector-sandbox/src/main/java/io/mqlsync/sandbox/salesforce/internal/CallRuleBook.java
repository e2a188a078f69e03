package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.SoapCallRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/** The whole-call rules in force, with the calls each has seen and the effects it has left. Not thread-safe. */
final class CallRuleBook {
    private final List<Active> rules = new ArrayList<>();
    private final Random random;

    private static final class Active {
        final SoapCallRule rule;
        int seen;
        int left;

        Active(SoapCallRule rule) {
            this.rule = rule;
            this.left = rule.times();
        }
    }

    CallRuleBook(long seed) {
        this.random = new Random(seed);
    }

    void add(SoapCallRule rule) {
        rules.add(new Active(rule));
    }

    void clear() {
        rules.clear();
    }

    /** @return the rule that fires on this call, if any; counts the call for every matching rule */
    Optional<SoapCallRule> fire(SoapOperation op) {
        Optional<SoapCallRule> fired = Optional.empty();
        for (Iterator<Active> it = rules.iterator(); it.hasNext(); ) {
            Active a = it.next();
            if (a.rule.operation().map(o -> o == op).orElse(true) && a.seen++ >= a.rule.skip() && fired.isEmpty()
                    && (a.rule.probability() >= 1.0 || random.nextDouble() < a.rule.probability())) {
                fired = Optional.of(a.rule);
                if (--a.left == 0) {
                    it.remove();
                }
            }
        }
        return fired;
    }
}
