package io.mqlsync.core.planning;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A CRM record held as property strings, the way a CRM holds it: applies changes and reads a snapshot
 * back, so tests can check that what was written compares equal on the next run.
 */
final class RecordingCrm {
    private final WriteBackConfig names;
    private final Map<String, String> properties = new HashMap<>();
    private final List<HandoffTask> tasks = new ArrayList<>();
    private Optional<OwnerId> owner = Optional.empty();
    private final LeadSnapshot initial;

    RecordingCrm(WriteBackConfig names, LeadSnapshot initial) {
        this.names = names;
        this.initial = initial;
        initial.crm().leadStatus().ifPresent(v -> properties.put(CanonicalField.LEAD_STATUS, v));
        initial.crm().lifecycleStage().ifPresent(v -> properties.put(CanonicalField.LIFECYCLE_STAGE, v));
        owner = initial.crm().owner();
        initial.written().rejectionInput().ifPresent(r -> properties.put(names.name(WrittenProperty.REJECTION_REASON), r.value()));
        WrittenState written = initial.written();
        if (written.status() != MqlStatus.NONE) {
            put(WrittenProperty.STATUS, written.status().name());
        }
        LeadHistory history = written.history();
        history.qualifiedAt().ifPresent(at -> put(WrittenProperty.QUALIFIED_AT, at.toString()));
        history.recycledAt().ifPresent(at -> put(WrittenProperty.RECYCLED_AT, at.toString()));
        if (history.recycleCount() > 0) {
            put(WrittenProperty.RECYCLE_COUNT, Integer.toString(history.recycleCount()));
        }
        history.lastRejectionReason().ifPresent(r -> put(WrittenProperty.LAST_REJECTION_REASON, r.value()));
    }

    private void put(WrittenProperty property, String value) {
        properties.put(names.name(property), value);
    }

    void apply(LeadChange change) {
        change.cleared().forEach(properties::remove);
        if (change.cleared().contains(CanonicalField.OWNER_ID)) {
            owner = Optional.empty();
        }
        properties.putAll(change.properties());
        change.newOwner().ifPresent(o -> owner = Optional.of(o));
        change.task().ifPresent(tasks::add);
    }

    /** Sales (or anyone in the CRM) sets a property. */
    void set(String name, String value) {
        properties.put(name, value);
    }

    List<HandoffTask> tasks() {
        return tasks;
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(properties.get(name));
    }

    LeadSnapshot snapshot() {
        CrmState crm = new CrmState(get(CanonicalField.LEAD_STATUS), get(CanonicalField.LIFECYCLE_STAGE), owner,
                initial.crm().accountOwner(), initial.crm().conversion());
        WrittenScores scores = new WrittenScores(number(WrittenProperty.FIT_SCORE), number(WrittenProperty.INTENT_SCORE),
                number(WrittenProperty.SCORE), prop(WrittenProperty.QUADRANT).map(Quadrant::valueOf),
                prop(WrittenProperty.REASONS), prop(WrittenProperty.MODEL));
        LeadHistory history = new LeadHistory(instant(WrittenProperty.QUALIFIED_AT), instant(WrittenProperty.RECYCLED_AT),
                (int) number(WrittenProperty.RECYCLE_COUNT).orElse(0),
                prop(WrittenProperty.LAST_REJECTION_REASON).map(ReasonCode::new));
        WrittenState written = new WrittenState(prop(WrittenProperty.STATUS).map(MqlStatus::valueOf).orElse(MqlStatus.NONE),
                scores, history, instant(WrittenProperty.NEXT_RESCORE_AT),
                prop(WrittenProperty.REJECTION_REASON).map(ReasonCode::new));
        return new LeadSnapshot(initial.lead(), crm, written);
    }

    private Optional<String> prop(WrittenProperty property) {
        return get(names.name(property));
    }

    private OptionalLong number(WrittenProperty property) {
        return prop(property).map(v -> OptionalLong.of(Long.parseLong(v))).orElse(OptionalLong.empty());
    }

    private Optional<Instant> instant(WrittenProperty property) {
        return prop(property).map(Instant::parse);
    }
}
