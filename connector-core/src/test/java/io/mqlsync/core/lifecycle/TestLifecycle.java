package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.ValueSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The HubSpot-style lifecycle config of DESIGN section 4, for tests. */
public final class TestLifecycle {
    public static final Duration EXPIRE_AFTER = Duration.ofDays(14);
    public static final Duration COOLDOWN = Duration.ofDays(30);
    public static final Duration NO_BUDGET_COOLDOWN = Duration.ofDays(90);
    public static final int MAX_RECYCLES = 3;

    private TestLifecycle() {
    }

    public static LifecycleConfig config() {
        return config(Optional.of(new OwnerEmail("nurture@acme.com")));
    }

    public static LifecycleConfig config(Optional<OwnerEmail> nurtureOwner) {
        Map<ReasonCode, ReasonRule> reasons = new LinkedHashMap<>();
        reasons.put(new ReasonCode("competitor"), ReasonRule.disqualify());
        reasons.put(new ReasonCode("duplicate"), ReasonRule.disqualify());
        reasons.put(new ReasonCode("timing"), ReasonRule.recycle());
        reasons.put(new ReasonCode("no_budget"), ReasonRule.recycle(NO_BUDGET_COOLDOWN));
        return new LifecycleConfig(
                Optional.of(in(CanonicalField.LEAD_STATUS, "IN_PROGRESS", "CONNECTED")),
                Optional.of(in(CanonicalField.LIFECYCLE_STAGE, "salesqualifiedlead", "opportunity", "customer")),
                CrmValues.of("marketingqualifiedlead", "NEW"), CrmValues.of("lead", "UNQUALIFIED"),
                CrmValues.none(), EXPIRE_AFTER, COOLDOWN, MAX_RECYCLES, nurtureOwner, reasons,
                List.of("subscriber", "lead", "marketingqualifiedlead", "salesqualifiedlead", "opportunity",
                        "customer", "evangelist", "other"));
    }

    public static Condition in(String field, String... values) {
        return new Condition.In(field,
                ValueSet.of(Arrays.stream(values).map(v -> FieldValue.ofText(v).orElseThrow()).toList()),
                Optional.empty());
    }
}
