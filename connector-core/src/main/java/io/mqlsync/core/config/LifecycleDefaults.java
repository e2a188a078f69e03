package io.mqlsync.core.config;

import io.mqlsync.core.lifecycle.CrmValues;
import io.mqlsync.core.lifecycle.ReasonRule;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.ValueSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code lifecycle} values an instance config may leave out (DESIGN sections 4 and 7). */
final class LifecycleDefaults {
    static final Duration EXPIRE_AFTER = Duration.ofDays(14);
    static final Duration COOLDOWN = Duration.ofDays(30);
    static final int MAX_RECYCLES = 3;
    /** HubSpot's default lifecycle stages, first to last. */
    static final List<String> HUBSPOT_STAGES = List.of("subscriber", "lead", "marketingqualifiedlead",
            "salesqualifiedlead", "opportunity", "customer", "evangelist", "other");

    private LifecycleDefaults() {
    }

    /** HubSpot: sales working the lead ({@code hs_lead_status}) accepts it. Salesforce: none, Status differs per org. */
    static Optional<Condition> acceptedWhen(CrmKind crm) {
        return crm == CrmKind.HUBSPOT
                ? Optional.of(in(CanonicalField.LEAD_STATUS, "IN_PROGRESS", "CONNECTED"))
                : Optional.empty();
    }

    /** HubSpot: the stage has reached SQL. Salesforce: only conversion, unless configured. */
    static Optional<Condition> sqlWhen(CrmKind crm) {
        return crm == CrmKind.HUBSPOT
                ? Optional.of(in(CanonicalField.LIFECYCLE_STAGE, "salesqualifiedlead", "opportunity", "customer"))
                : Optional.empty();
    }

    static CrmValues onQualify(CrmKind crm) {
        return crm == CrmKind.HUBSPOT ? CrmValues.of("marketingqualifiedlead", "NEW") : CrmValues.none();
    }

    static CrmValues onRecycle(CrmKind crm) {
        return crm == CrmKind.HUBSPOT ? CrmValues.of("lead", "UNQUALIFIED") : CrmValues.none();
    }

    static List<String> stageOrder(CrmKind crm) {
        return crm == CrmKind.HUBSPOT ? HUBSPOT_STAGES : List.of();
    }

    /** DESIGN's reason codes: who will never buy is disqualified, who might later is recycled. */
    static Map<ReasonCode, ReasonRule> reasons() {
        Map<ReasonCode, ReasonRule> reasons = new LinkedHashMap<>();
        reasons.put(new ReasonCode("poor_fit"), ReasonRule.disqualify());
        reasons.put(new ReasonCode("no_budget"), ReasonRule.recycle(Duration.ofDays(90)));
        reasons.put(new ReasonCode("no_authority"), ReasonRule.recycle());
        reasons.put(new ReasonCode("timing"), ReasonRule.recycle());
        reasons.put(new ReasonCode("no_intent"), ReasonRule.recycle());
        reasons.put(new ReasonCode("unresponsive"), ReasonRule.recycle());
        reasons.put(new ReasonCode("chose_competitor"), ReasonRule.recycle());
        reasons.put(new ReasonCode("student_researcher"), ReasonRule.disqualify());
        reasons.put(new ReasonCode("competitor"), ReasonRule.disqualify());
        reasons.put(new ReasonCode("duplicate"), ReasonRule.disqualify());
        return reasons;
    }

    private static Condition in(String field, String... values) {
        return new Condition.In(field,
                ValueSet.of(Arrays.stream(values).map(v -> FieldValue.ofText(v).orElseThrow()).toList()),
                Optional.empty());
    }
}
