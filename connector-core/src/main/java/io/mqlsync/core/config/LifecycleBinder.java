package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.lifecycle.ReasonRule;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.ReasonAction;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.scoring.Condition;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code lifecycle} block with the CRM's defaults. HubSpot has defaults for everything;
 * Salesforce's {@code Status} picklist differs per org, so {@code acceptedWhen} and the {@code leadStatus}
 * of {@code onQualify} and {@code onRecycle} must be given, and it has no lifecycle stage.
 */
public final class LifecycleBinder {
    private static final Map<String, ReasonAction> ACTIONS = actions();

    private LifecycleBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    public static Optional<LifecycleConfig> bind(JsonNode node, String path, ProblemCollector problems, CrmKind crm,
                                                 ConditionReader conditions) {
        Binding binding = new Binding(problems);
        Optional<BlockReader> block = BlockReader.of(node, path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        BlockReader b = block.get();
        b.allowOnly(Set.of("acceptedWhen", "sqlWhen", "onQualify", "onRecycle", "onDisqualify", "expireAfter",
                "cooldown", "maxRecycles", "nurtureOwner", "reasons", "stageOrder"));
        Optional<Condition> acceptedWhen = condition(b, "acceptedWhen", conditions).or(() -> LifecycleDefaults.acceptedWhen(crm));
        if (crm == CrmKind.SALESFORCE && !b.has("acceptedWhen")) {
            problems.add(b.at("acceptedWhen"), "required for salesforce: which Status values mean sales accepted the lead");
        }
        Optional<Condition> sqlWhen = condition(b, "sqlWhen", conditions).or(() -> LifecycleDefaults.sqlWhen(crm));
        CrmValues onQualify = values(b, "onQualify", crm, Status.REQUIRED).orElse(LifecycleDefaults.onQualify(crm));
        CrmValues onRecycle = values(b, "onRecycle", crm, Status.REQUIRED).orElse(LifecycleDefaults.onRecycle(crm));
        CrmValues onDisqualify = values(b, "onDisqualify", crm, Status.OPTIONAL).orElse(CrmValues.none());
        Duration expireAfter = b.duration("expireAfter").orElse(LifecycleDefaults.EXPIRE_AFTER);
        Duration cooldown = b.duration("cooldown").orElse(LifecycleDefaults.COOLDOWN);
        int maxRecycles = b.count("maxRecycles").orElse(LifecycleDefaults.MAX_RECYCLES);
        Optional<OwnerEmail> nurtureOwner = b.string("nurtureOwner").flatMap(email -> owner(email, b));
        Map<ReasonCode, ReasonRule> reasons = b.has("reasons") ? reasons(b).orElse(Map.of()) : LifecycleDefaults.reasons();
        List<String> stageOrder = stageOrder(b, crm);
        return binding.result(() -> new LifecycleConfig(acceptedWhen, sqlWhen, onQualify, onRecycle, onDisqualify,
                expireAfter, cooldown, maxRecycles, nurtureOwner, reasons, stageOrder));
    }

    private static Optional<Condition> condition(BlockReader b, String key, ConditionReader conditions) {
        return b.node(key).flatMap(n -> conditions.read(n, b.at(key), b.problems()));
    }

    /** Whether a Salesforce config must give the Status value of a block (HubSpot has defaults). */
    private enum Status {
        REQUIRED,
        OPTIONAL
    }

    private static Optional<CrmValues> values(BlockReader b, String key, CrmKind crm, Status status) {
        boolean statusRequired = crm == CrmKind.SALESFORCE && status == Status.REQUIRED;
        if (!b.has(key)) {
            if (statusRequired) {
                b.problems().add(b.at(key), "required for salesforce: the Status value to write");
            }
            return Optional.empty();
        }
        return b.block(key).flatMap(v -> {
            v.allowOnly(crm == CrmKind.HUBSPOT ? Set.of("lifecycleStage", "leadStatus") : Set.of("leadStatus"));
            Optional<String> stage = crm == CrmKind.HUBSPOT ? v.string("lifecycleStage") : Optional.empty();
            Optional<String> leadStatus = v.string("leadStatus");
            if (statusRequired && !v.has("leadStatus")) {
                b.problems().add(v.at("leadStatus"), "required for salesforce: the Status value to write");
            }
            return Optional.of(new CrmValues(stage, leadStatus));
        });
    }

    private static Optional<OwnerEmail> owner(String email, BlockReader b) {
        if (!OwnerEmail.looksLikeEmail(email)) {
            b.problems().add(b.at("nurtureOwner"), "is not an email address");
            return Optional.empty();
        }
        return Optional.of(new OwnerEmail(email));
    }

    private static Optional<Map<ReasonCode, ReasonRule>> reasons(BlockReader b) {
        if (b.node("reasons").filter(JsonNode::isEmpty).isPresent()) {
            b.problems().add(b.at("reasons"), "must name at least one reason code");
        }
        return b.map("reasons", (value, where) -> reason(b, value, where)).map(byName -> {
            Map<ReasonCode, ReasonRule> reasons = new LinkedHashMap<>();
            byName.forEach((name, rule) -> reasons.put(new ReasonCode(name), rule));
            return reasons;
        });
    }

    private static Optional<ReasonRule> reason(BlockReader b, JsonNode value, String where) {
        String code = where.substring(where.lastIndexOf('.') + 1);
        if (!ReasonCode.isWellFormed(code)) {
            b.problems().add(where, "is not a valid reason code (letters, digits, _ . -)");
            return Optional.empty();
        }
        if (new ReasonCode(code).isReserved()) {
            b.problems().add(where, "is reserved for the connector's own reasons (model, sla_expired, max_recycles)");
            return Optional.empty();
        }
        if (value.isTextual()) {
            return b.choice(value, where, ACTIONS).map(a -> new ReasonRule(a, Optional.empty()));
        }
        return BlockReader.of(value, where, b.problems()).flatMap(r -> {
            r.allowOnly(Set.of("action", "cooldown"));
            Optional<ReasonAction> action = r.choice("action", ACTIONS);
            if (!r.has("action")) {
                b.problems().add(r.at("action"), "required: recycle or disqualify");
            }
            Optional<Duration> cooldown = r.duration("cooldown");
            if (cooldown.isPresent() && action.filter(a -> a == ReasonAction.DISQUALIFY).isPresent()) {
                b.problems().add(r.at("cooldown"), "only a recycle has a cooldown");
                return Optional.empty();
            }
            return action.map(a -> new ReasonRule(a, cooldown));
        });
    }

    private static Map<String, ReasonAction> actions() {
        Map<String, ReasonAction> actions = new LinkedHashMap<>();
        actions.put("recycle", ReasonAction.RECYCLE);
        actions.put("disqualify", ReasonAction.DISQUALIFY);
        return actions;
    }

    private static List<String> stageOrder(BlockReader b, CrmKind crm) {
        if (crm == CrmKind.SALESFORCE && b.has("stageOrder")) {
            b.problems().add(b.at("stageOrder"), "salesforce has no lifecycle stage");
        }
        return b.list("stageOrder", b.text()).orElse(LifecycleDefaults.stageOrder(crm));
    }
}
