package io.mqlsync.hubspot.mapping;

import io.mqlsync.core.config.FieldMapping;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.spi.SourceLead;
import io.mqlsync.hubspot.client.HubSpotObject;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Canonical lead fields and mqlsync's properties to and from HubSpot contact properties, through the
 * instance's {@link FieldMapping} (HubSpot's defaults with the config's {@code fields:} overrides).
 * Immutable.
 */
public final class ContactMapping {
    /** HubSpot's own properties a read always needs: the id and the change timestamp the cursor follows. */
    public static final String OBJECT_ID = "hs_object_id";
    public static final String LAST_MODIFIED = "lastmodifieddate";
    private static final Set<String> CRM_STATE = Set.of(CanonicalField.LEAD_STATUS, CanonicalField.LIFECYCLE_STAGE,
            CanonicalField.OWNER_ID);
    private static final Set<String> NUMERIC = Set.of(CanonicalField.EMPLOYEES, CanonicalField.ANNUAL_REVENUE);

    private final FieldMapping fields;
    private final WriteBackConfig writeBack;
    private final SnapshotReader snapshots;
    private final List<String> extra;

    /**
     * @param extra further properties a read must return (the engagement aggregates)
     */
    public ContactMapping(FieldMapping fields, WriteBackConfig writeBack, List<String> extra) {
        this.fields = Objects.requireNonNull(fields, "fields");
        this.writeBack = Objects.requireNonNull(writeBack, "writeBack");
        this.snapshots = new SnapshotReader(writeBack);
        this.extra = List.copyOf(extra);
    }

    /** A HubSpot datetime value (ISO-8601 or epoch milliseconds); empty when it is neither. */
    public static Optional<Instant> instant(String value) {
        return HubSpotValues.instant(value);
    }

    /** The HubSpot property of a canonical field, else the name itself (mqlsync's own properties). */
    public String property(String name) {
        return fields.property(name).orElse(name);
    }

    /** Every property a read requests: mapped fields, lifecycle fields, mqlsync's properties, id, timestamp. */
    public List<String> readProperties() {
        Set<String> names = new LinkedHashSet<>();
        names.add(OBJECT_ID);
        names.add(LAST_MODIFIED);
        names.addAll(fields.properties().values());
        for (String canonical : CRM_STATE) {
            names.add(property(canonical));
        }
        Arrays.stream(WrittenProperty.values()).map(writeBack::name).forEach(names::add);
        names.addAll(extra);
        return List.copyOf(names);
    }

    /** A contact as the scorer, lifecycle and planner see it. */
    public SourceLead read(HubSpotObject contact) {
        LeadId id = new LeadId(contact.id());
        Map<String, Object> raw = new LinkedHashMap<>();
        fields.properties().forEach((canonical, property) -> {
            if (!CRM_STATE.contains(canonical)) {
                contact.property(property).flatMap(v -> value(canonical, v)).ifPresent(v -> raw.put(canonical, v));
            }
        });
        CrmState crm = new CrmState(text(contact, property(CanonicalField.LEAD_STATUS)),
                text(contact, property(CanonicalField.LIFECYCLE_STAGE)),
                text(contact, property(CanonicalField.OWNER_ID)).map(OwnerId::new),
                Optional.empty(), CrmState.Conversion.NOT_CONVERTED);
        LeadRecord record = new LeadRecord(id, Fields.of(raw));
        return new SourceLead(record, new LeadSnapshot(id, crm, snapshots.read(contact)));
    }

    private static Optional<Object> value(String canonical, String value) {
        if (NUMERIC.contains(canonical)) {
            return HubSpotValues.number(value).map(n -> (Object) n.doubleValue());
        }
        return value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> text(HubSpotObject contact, String property) {
        return contact.property(property).map(String::strip).filter(v -> !v.isEmpty());
    }

    /**
     * The properties one batch-update input sets: the change's values and clearings ({@code ""}) under
     * HubSpot's names, and the owner.
     *
     * @param stage what to do with the lifecycle stage in this request
     */
    public Map<String, String> write(LeadChange change, StageWrite stage) {
        Map<String, String> out = new LinkedHashMap<>();
        change.properties().forEach((name, value) -> out.put(property(name), value));
        change.cleared().forEach(name -> out.put(property(name), ""));
        change.newOwner().ifPresent(owner -> out.put(property(CanonicalField.OWNER_ID), owner.value()));
        String stageProperty = property(CanonicalField.LIFECYCLE_STAGE);
        switch (stage) {
            case CLEAR -> {
                out.clear();
                out.put(stageProperty, "");
            }
            case LEAVE_OUT -> out.remove(stageProperty);
            case AS_PLANNED -> { }
        }
        return out;
    }

    /** How a write treats {@code lifecyclestage}, which HubSpot moves backwards only after clearing it. */
    public enum StageWrite {
        /** As the change says. */
        AS_PLANNED,
        /** Only the stage, cleared: the first of two requests. */
        CLEAR,
        /** Everything but the stage. */
        LEAVE_OUT
    }
}
