package io.mqlsync.core.lifecycle;

import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.scoring.Condition;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The {@code lifecycle} block of an instance config (DESIGN sections 4 and 7), validated.
 *
 * @param acceptedWhen the CRM signal that sales accepted an MQL (MQL to SAL); empty: never
 * @param sqlWhen      the CRM signal that the lead is sales-qualified (to SQL); empty: only conversion
 * @param onQualify    CRM values written on the MQL transition
 * @param onRecycle    CRM values written when the lead is recycled or expires
 * @param onDisqualify CRM values written when sales or {@code maxRecycles} disqualify the lead
 * @param expireAfter  an MQL without disposition for this long is recycled with reason {@code sla_expired}
 * @param cooldown     how long a recycled lead waits before it may qualify again (unless it raises a hand)
 * @param maxRecycles  how many recycles a lead may have; the next one disqualifies it
 * @param nurtureOwner the owner a recycled lead goes to; empty: the owner is cleared
 * @param reasons      the reason codes sales may set, in configured order
 * @param stageOrder   the CRM's lifecycle stages from first to last; moving to an earlier one needs the
 *                     stage cleared first (HubSpot). Empty when stages may move freely.
 */
public record LifecycleConfig(Optional<Condition> acceptedWhen, Optional<Condition> sqlWhen, CrmValues onQualify,
                              CrmValues onRecycle, CrmValues onDisqualify, Duration expireAfter, Duration cooldown,
                              int maxRecycles, Optional<OwnerEmail> nurtureOwner, Map<ReasonCode, ReasonRule> reasons,
                              List<String> stageOrder) {
    public LifecycleConfig {
        Objects.requireNonNull(acceptedWhen, "acceptedWhen");
        Objects.requireNonNull(sqlWhen, "sqlWhen");
        Objects.requireNonNull(onQualify, "onQualify");
        Objects.requireNonNull(onRecycle, "onRecycle");
        Objects.requireNonNull(onDisqualify, "onDisqualify");
        requireNotNegative(expireAfter, "expireAfter");
        requireNotNegative(cooldown, "cooldown");
        Objects.requireNonNull(nurtureOwner, "nurtureOwner");
        if (maxRecycles < 0) {
            throw new IllegalArgumentException("maxRecycles must not be negative");
        }
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
        if (reasons.keySet().stream().anyMatch(ReasonCode::isReserved)) {
            throw new IllegalArgumentException("model, sla_expired and max_recycles are reserved reason codes");
        }
        stageOrder = List.copyOf(stageOrder);
    }

    /** The cooldown after a recycle for {@code reason}: its own when configured, else {@link #cooldown()}. */
    /** The lead status values the lifecycle writes ({@code onQualify}, {@code onRecycle}, {@code onDisqualify}), in that order. */
    public List<String> leadStatusesWritten() {
        return Stream.of(onQualify, onRecycle, onDisqualify)
                .flatMap(values -> values.leadStatus().stream()).distinct().toList();
    }

    public Duration cooldownAfter(Optional<ReasonCode> reason) {
        return reason.map(reasons::get).flatMap(ReasonRule::cooldown).orElse(cooldown);
    }

    /** Owners are emails: never printed. */
    @Override
    public String toString() {
        return "LifecycleConfig[expireAfter=" + expireAfter + ", cooldown=" + cooldown + ", maxRecycles="
                + maxRecycles + ", reasons=" + reasons.keySet() + "]";
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative");
        }
    }
}
