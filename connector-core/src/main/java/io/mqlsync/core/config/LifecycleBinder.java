package io.mqlsync.core.config;

import io.mqlsync.core.config.ConditionCompiler.Scope;
import io.mqlsync.core.config.DurationReader.Bound;
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

/**
 * Binds the {@code lifecycle} block with the CRM's defaults. HubSpot has defaults for everything;
 * Salesforce's {@code Status} picklist differs per org, so {@code acceptedWhen} and the {@code leadStatus}
 * of {@code onQualify} and {@code onRecycle} must be given, and it has no lifecycle stage.
 */
final class LifecycleBinder {
    private static final Map<String, ReasonAction> ACTIONS = Map.of("recycle", ReasonAction.RECYCLE,
            "disqualify", ReasonAction.DISQUALIFY);
    private static final String NO_STAGE = "salesforce has no lifecycle stage";

    private LifecycleBinder() {
    }

    /** Whether a Salesforce config must give the Status value of a block (HubSpot has defaults). */
    private enum Status {
        REQUIRED,
        OPTIONAL
    }

    /** @return the config, or empty when the block has problems (each reported) */
    static Optional<LifecycleConfig> bind(ConfigNode node, Findings findings, CrmKind crm, ConditionCompiler conditions) {
        Binding binding = new Binding(findings);
        BlockReader b = new BlockReader(node, findings);
        Optional<Condition> acceptedWhen = conditions.compile(b.child("acceptedWhen"), Scope.LEAD_FIELDS)
                .or(() -> LifecycleDefaults.acceptedWhen(crm));
        if (crm == CrmKind.SALESFORCE && !b.has("acceptedWhen")) {
            findings.add(b.child("acceptedWhen"),
                    "required for salesforce: which Status values mean sales accepted the lead");
        }
        Optional<Condition> sqlWhen = conditions.compile(b.child("sqlWhen"), Scope.LEAD_FIELDS)
                .or(() -> LifecycleDefaults.sqlWhen(crm));
        CrmValues onQualify = values(b, "onQualify", crm, Status.REQUIRED).orElse(LifecycleDefaults.onQualify(crm));
        CrmValues onRecycle = values(b, "onRecycle", crm, Status.REQUIRED).orElse(LifecycleDefaults.onRecycle(crm));
        CrmValues onDisqualify = values(b, "onDisqualify", crm, Status.OPTIONAL).orElse(CrmValues.none());
        Duration expireAfter = b.duration("expireAfter", Bound.POSITIVE).orElse(LifecycleDefaults.EXPIRE_AFTER);
        Duration cooldown = b.duration("cooldown", Bound.NOT_NEGATIVE).orElse(LifecycleDefaults.COOLDOWN);
        int maxRecycles = b.count("maxRecycles").orElse(LifecycleDefaults.MAX_RECYCLES);
        Optional<OwnerEmail> nurtureOwner = b.text("nurtureOwner").flatMap(email -> owner(email, b));
        Map<ReasonCode, ReasonRule> reasons = b.has("reasons") ? reasons(b).orElse(Map.of()) : LifecycleDefaults.reasons();
        List<String> stageOrder = stageOrder(b, crm);
        return binding.result(() -> new LifecycleConfig(acceptedWhen, sqlWhen, onQualify, onRecycle, onDisqualify,
                expireAfter, cooldown, maxRecycles, nurtureOwner, reasons, stageOrder));
    }

    private static Optional<CrmValues> values(BlockReader b, String key, CrmKind crm, Status status) {
        boolean statusRequired = crm == CrmKind.SALESFORCE && status == Status.REQUIRED;
        if (!b.has(key)) {
            if (statusRequired) {
                b.findings().add(b.child(key), "required for salesforce: the Status value to write");
            }
            return Optional.empty();
        }
        BlockReader v = b.block(key);
        if (crm == CrmKind.SALESFORCE && v.has("lifecycleStage")) {
            b.findings().add(v.child("lifecycleStage"), NO_STAGE);
        }
        Optional<String> stage = crm == CrmKind.HUBSPOT ? v.text("lifecycleStage") : Optional.empty();
        Optional<String> leadStatus = v.text("leadStatus");
        if (statusRequired && !v.has("leadStatus")) {
            b.findings().add(v.child("leadStatus"), "required for salesforce: the Status value to write");
        }
        return Optional.of(new CrmValues(stage, leadStatus));
    }

    private static Optional<OwnerEmail> owner(String email, BlockReader b) {
        if (!OwnerEmail.looksLikeEmail(email)) {
            b.findings().add(b.child("nurtureOwner"), "is not an email address");
            return Optional.empty();
        }
        return Optional.of(new OwnerEmail(email));
    }

    private static Optional<Map<ReasonCode, ReasonRule>> reasons(BlockReader b) {
        if (b.child("reasons").isObject() && b.child("reasons").keys().isEmpty()) {
            b.findings().add(b.child("reasons"), "must name at least one reason code");
        }
        return b.map("reasons", value -> reason(value, b.findings())).map(byName -> {
            Map<ReasonCode, ReasonRule> reasons = new LinkedHashMap<>();
            byName.forEach((name, rule) -> reasons.put(new ReasonCode(name), rule));
            return reasons;
        });
    }

    private static Optional<ReasonRule> reason(ConfigNode value, Findings findings) {
        String code = value.key();
        if (!ReasonCode.isWellFormed(code)) {
            findings.add(value, "is not a valid reason code (letters, digits, _ . -)");
            return Optional.empty();
        }
        if (new ReasonCode(code).isReserved()) {
            findings.add(value, "is reserved for the connector's own reasons (model, sla_expired, max_recycles)");
            return Optional.empty();
        }
        if (value.text().isPresent()) {
            return value.text().map(t -> ACTIONS.get(t.strip())).map(a -> new ReasonRule(a, Optional.empty()));
        }
        if (!value.isObject()) {
            return Optional.empty();
        }
        BlockReader r = new BlockReader(value, findings);
        Optional<ReasonAction> action = r.choice("action", ACTIONS);
        r.require("action", "recycle or disqualify");
        Optional<Duration> cooldown = r.duration("cooldown", Bound.NOT_NEGATIVE);
        if (cooldown.isPresent() && action.filter(a -> a == ReasonAction.DISQUALIFY).isPresent()) {
            findings.add(r.child("cooldown"), "only a recycle has a cooldown");
            return Optional.empty();
        }
        return action.map(a -> new ReasonRule(a, cooldown));
    }

    private static List<String> stageOrder(BlockReader b, CrmKind crm) {
        if (crm == CrmKind.SALESFORCE && b.has("stageOrder")) {
            b.findings().add(b.child("stageOrder"), NO_STAGE);
        }
        return b.list("stageOrder", b::text).orElse(LifecycleDefaults.stageOrder(crm));
    }
}
