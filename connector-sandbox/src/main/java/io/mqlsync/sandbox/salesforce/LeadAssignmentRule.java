package io.mqlsync.sandbox.salesforce;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A Lead assignment rule of the fake org, as an admin sets one up under Setup > Lead Assignment Rules: ordered
 * entries, the first whose condition the saved lead meets names its new owner. It runs only on a create or
 * update that carries the {@code AssignmentRuleHeader}: the active rule for {@code useDefaultRule}, any rule by
 * {@code assignmentRuleId}. When no entry matches, the lead keeps its owner (a real org would give it the default
 * lead owner of Lead Settings: end the rule with {@link Entry#always} for that).
 *
 * @param id      the rule's AssignmentRule id ({@code 01Q...}, 15 or 18 characters)
 * @param active  whether it is the org's active rule, which {@code useDefaultRule} runs (one at most)
 * @param entries the rule entries in order
 */
public record LeadAssignmentRule(String id, boolean active, List<Entry> entries) {
    private static final Pattern RULE_ID = Pattern.compile("01Q[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?");

    /** Checks the id and copies the entries. */
    public LeadAssignmentRule {
        Objects.requireNonNull(id, "id");
        if (!RULE_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("an AssignmentRule id starts with 01Q and has 15 or 18 characters");
        }
        entries = List.copyOf(entries);
    }

    /** @return the org's active rule with these entries */
    public static LeadAssignmentRule active(String id, List<Entry> entries) {
        return new LeadAssignmentRule(id, true, entries);
    }

    /** @return a rule that runs only when named by id */
    public static LeadAssignmentRule inactive(String id, List<Entry> entries) {
        return new LeadAssignmentRule(id, false, entries);
    }

    /** @return whether {@code ruleId} names this rule (15 or 18 characters) */
    public boolean hasId(String ruleId) {
        return ruleId.length() >= 15 && id.substring(0, 15).equals(ruleId.substring(0, 15));
    }

    /**
     * One rule entry: "{@code field} equals one of {@code values}" (case-insensitive, as Salesforce's criteria
     * compare text) or no condition, and who gets the lead.
     *
     * @param field    the Lead field the criterion reads after the save; empty matches every lead
     * @param values   the values that match
     * @param assignee a User or queue ({@code Group}) id, or a username or queue name resolved when the rule runs,
     *                 so options can name owners the org has not made yet
     */
    public record Entry(Optional<String> field, List<String> values, String assignee) {
        /** Copies the values. */
        public Entry {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            Objects.requireNonNull(assignee, "assignee");
        }

        /** @return an entry for leads whose {@code field} is one of {@code values} */
        public static Entry when(String field, List<String> values, String assignee) {
            return new Entry(Optional.of(field), values, assignee);
        }

        /** @return an entry every lead meets */
        public static Entry always(String assignee) {
            return new Entry(Optional.empty(), List.of(), assignee);
        }
    }
}
