package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.RecordErrorRule;
import io.mqlsync.sandbox.salesforce.SoapOperation;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** The per-record error rules in force, each with the failures it has left. Not thread-safe: the org serialises use. */
public final class RuleBook {
    private final List<Active> rules = new ArrayList<>();
    private final Random random;

    private static final class Active {
        final RecordErrorRule rule;
        int left;

        Active(RecordErrorRule rule) {
            this.rule = rule;
            this.left = rule.times();
        }
    }

    /** @param seed seed of the probabilistic rules' draws */
    public RuleBook(long seed) {
        this.random = new Random(seed);
    }

    /** Adds a rule; earlier rules are tried first. */
    public void add(RecordErrorRule rule) {
        rules.add(new Active(rule));
    }

    /** Removes every rule. */
    public void clear() {
        rules.clear();
    }

    /** @return the error of the first rule matching this record write, which uses one of that rule's failures */
    public Optional<RecordError> match(SoapOperation op, String type, Optional<String> id, Set<String> fieldsWritten) {
        for (Iterator<Active> it = rules.iterator(); it.hasNext(); ) {
            Active a = it.next();
            RecordErrorRule r = a.rule;
            boolean applies = r.operation() == op
                    && r.sObjectType().map(t -> t.equalsIgnoreCase(type)).orElse(true)
                    && (r.recordIds().isEmpty() || id.map(r.recordIds()::contains).orElse(false))
                    && r.whenWriting().map(f -> fieldsWritten.stream().anyMatch(f::equalsIgnoreCase)).orElse(true);
            if (applies && (r.probability() >= 1.0 || random.nextDouble() < r.probability())) {
                if (--a.left == 0) {
                    it.remove();
                }
                return Optional.of(new RecordError(r.statusCode(), r.message(), r.fields()));
            }
        }
        return Optional.empty();
    }
}
