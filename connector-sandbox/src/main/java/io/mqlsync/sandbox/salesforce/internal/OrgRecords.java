package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import io.mqlsync.sandbox.salesforce.internal.schema.SObjectSchema;
import io.mqlsync.sandbox.salesforce.internal.schema.SalesforceIds;
import io.mqlsync.sandbox.salesforce.internal.soql.RecordLookup;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every record of the fake org, by object in creation order and by id. Not thread-safe: the org serialises use. */
public final class OrgRecords implements RecordLookup {
    private final SalesforceIds ids = new SalesforceIds();
    private final Map<String, LinkedHashMap<String, OrgRecord>> byObject = new HashMap<>();
    private final Map<String, OrgRecord> byId = new HashMap<>();
    private final Set<String> deleted = new HashSet<>();

    /** @return a new, empty record of the object, already stored */
    public OrgRecord insert(SObjectSchema schema) {
        OrgRecord record = new OrgRecord(schema, ids.newId(schema.keyPrefix()));
        byObject.computeIfAbsent(schema.name(), n -> new LinkedHashMap<>()).put(record.id(), record);
        byId.put(record.id(), record);
        return record;
    }

    /** @return a new id with the key prefix of an object the org does not store (e.g. Opportunity) */
    public String newId(String keyPrefix) {
        return ids.newId(keyPrefix);
    }

    @Override
    public Optional<OrgRecord> byId(String id) {
        return SalesforceIds.normalise(id).map(byId::get);
    }

    /**
     * Deletes a record (to the recycle bin): queries and lookups no longer see it, writes get
     * {@code ENTITY_IS_DELETED}.
     *
     * @return whether a live record had the id
     */
    public boolean delete(String id) {
        Optional<OrgRecord> record = byId(id);
        record.ifPresent(r -> {
            byObject.get(r.schema().name()).remove(r.id());
            byId.remove(r.id());
            deleted.add(r.id());
        });
        return record.isPresent();
    }

    /** @return whether the record with this id was deleted */
    public boolean isDeleted(String id) {
        return SalesforceIds.normalise(id).map(deleted::contains).orElse(false);
    }

    /** @return the object's records in creation order */
    public List<OrgRecord> all(SObjectSchema schema) {
        LinkedHashMap<String, OrgRecord> records = byObject.get(schema.name());
        return records == null ? List.of() : new ArrayList<>(records.values());
    }
}
