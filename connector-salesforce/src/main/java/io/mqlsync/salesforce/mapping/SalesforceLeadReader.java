package io.mqlsync.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadHistory;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import io.mqlsync.core.model.LeadSnapshot;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.WrittenScores;
import io.mqlsync.core.model.WrittenState;
import io.mqlsync.core.planning.WrittenProperty;
import io.mqlsync.core.spi.SourceLead;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a Lead or Contact record into a {@link SourceLead}: canonical fields for the scorer, and the snapshot
 * ({@code Status}, {@code OwnerId}, {@code IsConverted}, the {@code MQL_*__c} fields) for lifecycle and
 * planning. Also names the fields a query must select, and no others. Thread-safe.
 */
public final class SalesforceLeadReader {
    private static final Logger LOG = LoggerFactory.getLogger(SalesforceLeadReader.class);
    /** CRM state fields read into the snapshot rather than the scorer's fields. */
    private static final Set<String> STATE_FIELDS = Set.of(CanonicalField.LEAD_STATUS, CanonicalField.LIFECYCLE_STAGE,
            CanonicalField.OWNER_ID);

    private final LeadObject object;
    private final LeadFieldMap fields;
    private final CustomFieldNames names;
    private final List<String> select;

    public SalesforceLeadReader(LeadObject object, LeadFieldMap fields, CustomFieldNames names) {
        this.object = object;
        this.fields = fields;
        this.names = names;
        this.select = selectList();
    }

    /** The fields every lead query selects: ids, the cursor's modstamp, mapped fields and mqlsync's own. */
    public List<String> select() {
        return select;
    }

    private List<String> selectList() {
        Set<String> s = new LinkedHashSet<>(List.of("Id", "SystemModstamp"));
        if (object.canConvert()) {
            s.add("IsConverted");
        }
        s.addAll(fields.all().values());
        if (object == LeadObject.CONTACT) {
            s.add("Account.OwnerId");
        }
        Arrays.stream(WrittenProperty.values()).map(names::field).forEach(s::add);
        return List.copyOf(s);
    }

    public LeadId id(SObject record) {
        return new LeadId(record.getId());
    }

    /** The record's {@code SystemModstamp}; the cursor orders by it. */
    public Optional<Instant> modstamp(SObject record) {
        return SObjectValues.instant(record, "SystemModstamp");
    }

    public SourceLead read(SObject record) {
        LeadId id = id(record);
        Map<String, Object> raw = new LinkedHashMap<>();
        fields.all().forEach((canonical, field) -> {
            if (!STATE_FIELDS.contains(canonical)) {
                SObjectValues.text(record, field).ifPresent(v -> raw.put(canonical, v));
            }
        });
        CrmState crm = new CrmState(
                fields.field(CanonicalField.LEAD_STATUS).flatMap(f -> SObjectValues.text(record, f)),
                fields.field(CanonicalField.LIFECYCLE_STAGE).flatMap(f -> SObjectValues.text(record, f)),
                fields.field(CanonicalField.OWNER_ID).flatMap(f -> SObjectValues.text(record, f)).map(OwnerId::new),
                object == LeadObject.CONTACT
                        ? SObjectValues.text(record, "Account.OwnerId").map(OwnerId::new) : Optional.empty(),
                object.canConvert() && SObjectValues.isTrue(record, "IsConverted")
                        ? CrmState.Conversion.CONVERTED : CrmState.Conversion.NOT_CONVERTED);
        LeadRecord lead = new LeadRecord(id, Fields.of(raw));
        return new SourceLead(lead, new LeadSnapshot(id, crm, written(id, record)));
    }

    private WrittenState written(LeadId id, SObject record) {
        WrittenScores scores = new WrittenScores(whole(record, WrittenProperty.FIT_SCORE),
                whole(record, WrittenProperty.INTENT_SCORE), whole(record, WrittenProperty.SCORE),
                text(record, WrittenProperty.QUADRANT).flatMap(q -> enumValue(Quadrant.class, q, id, WrittenProperty.QUADRANT)),
                text(record, WrittenProperty.REASONS), text(record, WrittenProperty.MODEL));
        LeadHistory history = new LeadHistory(instant(record, WrittenProperty.QUALIFIED_AT),
                instant(record, WrittenProperty.RECYCLED_AT),
                (int) Math.max(0, whole(record, WrittenProperty.RECYCLE_COUNT).orElse(0)),
                text(record, WrittenProperty.LAST_REJECTION_REASON).map(ReasonCode::new));
        MqlStatus status = text(record, WrittenProperty.STATUS)
                .flatMap(s -> enumValue(MqlStatus.class, s, id, WrittenProperty.STATUS)).orElse(MqlStatus.NONE);
        return new WrittenState(status, scores, history, instant(record, WrittenProperty.NEXT_RESCORE_AT),
                text(record, WrittenProperty.REJECTION_REASON).map(ReasonCode::new));
    }

    private Optional<String> text(SObject record, WrittenProperty property) {
        return SObjectValues.text(record, names.field(property));
    }

    private OptionalLong whole(SObject record, WrittenProperty property) {
        return SObjectValues.whole(record, names.field(property));
    }

    private Optional<Instant> instant(SObject record, WrittenProperty property) {
        return SObjectValues.instant(record, names.field(property));
    }

    private <E extends Enum<E>> Optional<E> enumValue(Class<E> type, String value, LeadId id, WrittenProperty property) {
        try {
            return Optional.of(Enum.valueOf(type, value));
        } catch (IllegalArgumentException e) {
            LOG.warn("salesforce record {}: {} holds a value mqlsync does not know; read as blank", id,
                    names.field(property));
            return Optional.empty();
        }
    }

    /** Records of a query result, in order; an empty result has none. */
    public static List<SObject> records(SObject[] records) {
        return records == null ? List.of() : new ArrayList<>(Arrays.asList(records));
    }
}
