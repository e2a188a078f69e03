package io.mqlsync.sandbox.salesforce.internal.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One record held by the fake org: its object and its field values keyed by canonical field name. Mutable
 * and not thread-safe: the org changes records only while it holds its lock.
 */
public final class OrgRecord {
    private final SObjectSchema schema;
    private final String id;
    private final Map<String, Object> values = new LinkedHashMap<>();

    /** @param schema the record's object; @param id its 18-character id */
    public OrgRecord(SObjectSchema schema, String id) {
        this.schema = schema;
        this.id = id;
        values.put("Id", id);
    }

    /** @return the record's object */
    public SObjectSchema schema() {
        return schema;
    }

    /** @return the 18-character id */
    public String id() {
        return id;
    }

    /** @return the stored value of the field with this canonical name, empty when the field is empty */
    public Optional<Object> get(String canonicalName) {
        return Optional.ofNullable(values.get(canonicalName));
    }

    /** Sets or, with an empty value, clears a field by canonical name. */
    public void set(String canonicalName, Optional<Object> value) {
        if (value.isPresent()) {
            values.put(canonicalName, value.get());
        } else {
            values.remove(canonicalName);
        }
    }

    /** @return a read-only view of the non-empty values */
    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }
}
