package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.LeadAssignmentRule;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.StandardObjects;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The org's Lead assignment rules and how a save that carries the {@code AssignmentRuleHeader} runs one: the
 * first matching entry's assignee becomes the lead's owner. Not thread-safe: the org's lock guards it.
 */
final class AssignmentRules {
    private final List<LeadAssignmentRule> rules = new ArrayList<>();
    private final StandardObjects objects;
    private final OrgRecords records;

    AssignmentRules(List<LeadAssignmentRule> initial, StandardObjects objects, OrgRecords records) {
        this.objects = objects;
        this.records = records;
        initial.forEach(this::add);
    }

    /** @throws IllegalArgumentException for a second active rule or a taken id */
    void add(LeadAssignmentRule rule) {
        if (rule.active() && rules.stream().anyMatch(LeadAssignmentRule::active)) {
            throw new IllegalArgumentException("an org has one active Lead assignment rule");
        }
        if (rules.stream().anyMatch(r -> r.hasId(rule.id()))) {
            throw new IllegalArgumentException("the org has a rule with this id already");
        }
        rules.add(rule);
    }

    /**
     * The rule a header names: {@link SoapRequest#DEFAULT_RULE} the active one, else the one with that id; empty
     * when there is none (the lead keeps its owner).
     */
    Optional<LeadAssignmentRule> named(String header) {
        return header.equals(SoapRequest.DEFAULT_RULE) ? rules.stream().filter(LeadAssignmentRule::active).findFirst()
                : rules.stream().filter(r -> r.hasId(header)).findFirst();
    }

    /** Gives {@code lead} the owner of the rule's first entry it meets; no entry met leaves the owner. */
    void run(LeadAssignmentRule rule, OrgRecord lead) {
        for (LeadAssignmentRule.Entry entry : rule.entries()) {
            if (meets(lead, entry)) {
                lead.set("OwnerId", Optional.of(resolve(entry.assignee())));
                return;
            }
        }
    }

    private static boolean meets(OrgRecord lead, LeadAssignmentRule.Entry entry) {
        if (entry.field().isEmpty()) {
            return true;
        }
        Optional<String> value = lead.get(entry.field().get()).map(Object::toString).map(v -> v.toLowerCase(Locale.ROOT));
        return value.filter(v -> entry.values().stream().anyMatch(x -> x.toLowerCase(Locale.ROOT).equals(v))).isPresent();
    }

    /** A rule names its owners when it is set up; here they may still be a username or queue name. */
    private String resolve(String assignee) {
        Optional<OrgRecord> byId = records.byId(assignee)
                .filter(r -> r.schema().name().equals("User") || r.schema().name().equals("Group"));
        if (byId.isPresent()) {
            return byId.get().id();
        }
        Optional<String> user = all("User").stream().filter(u -> u.get("Username").map(assignee::equals).orElse(false))
                .map(OrgRecord::id).findFirst();
        return user.or(() -> all("Group").stream().filter(g -> g.get("Type").map("Queue"::equals).orElse(false)
                        && (g.get("Name").map(assignee::equals).orElse(false)
                        || g.get("DeveloperName").map(assignee::equals).orElse(false)))
                .map(OrgRecord::id).findFirst())
                .orElseThrow(() -> new IllegalStateException("an assignment rule entry names no user or queue of the org"));
    }

    private List<OrgRecord> all(String type) {
        return objects.object(type).map(records::all).orElse(List.of());
    }
}
