package io.mqlsync.salesforce;

import com.sforce.soap.partner.AssignmentRuleHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import io.mqlsync.core.spi.ConfigBlock;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The {@code salesforce.assignmentRules} setting: the Lead assignment rule Salesforce runs, through the
 * {@code AssignmentRuleHeader}, on the update that qualifies a lead. {@code default} is the org's active rule
 * ({@code useDefaultRule}); {@code {ruleId: 01Q...}} one rule by id, active or not
 * ({@code assignmentRuleId}; Salesforce's docs: give one of the two, never both).
 *
 * @param ruleId the AssignmentRule id; empty runs the org's active rule
 */
record AssignmentRules(Optional<String> ruleId) {
    static final String KEY = "assignmentRules";
    static final String ACTIVE_RULE = "default";
    /** AssignmentRule ids start with the key prefix 01Q; 15 or 18 characters like every Salesforce id. */
    private static final Pattern RULE_ID = Pattern.compile("01Q[a-zA-Z0-9]{12}([a-zA-Z0-9]{3})?");

    /** Reports the setting's problems through {@code block}; empty when it is absent or wrong. */
    static Optional<AssignmentRules> read(ConfigBlock block) {
        if (block.text(KEY).isPresent()) {
            // any other word is the schema's to report ("must be one of default")
            return block.text(KEY).filter(ACTIVE_RULE::equals).map(t -> new AssignmentRules(Optional.empty()));
        }
        Optional<ConfigBlock> byId = block.block(KEY);
        if (byId.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> id = byId.get().text("ruleId").map(String::strip);
        if (id.isEmpty()) {
            byId.get().problem("ruleId", "is required: the id of the AssignmentRule to run (01Q...), or write assignmentRules: default");
            return Optional.empty();
        }
        if (!RULE_ID.matcher(id.get()).matches()) {
            byId.get().problem("ruleId", "is not an AssignmentRule id (01Q and 12 or 15 more letters or digits)");
            return Optional.empty();
        }
        return Optional.of(new AssignmentRules(id));
    }

    /** Makes the connection's next calls run this rule, until {@link #clear}. */
    void applyTo(PartnerConnection connection) {
        AssignmentRuleHeader_element header = new AssignmentRuleHeader_element();
        ruleId.ifPresentOrElse(header::setAssignmentRuleId, () -> header.setUseDefaultRule(true));
        connection.__setAssignmentRuleHeader(header);
    }

    /** Ordinary updates must never reassign a lead that is merely rescored. */
    static void clear(PartnerConnection connection) {
        connection.clearAssignmentRuleHeader();
    }
}
