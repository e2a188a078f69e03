package io.mqlsync.sandbox.salesforce.internal.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One record held by the fake org: its object and its field values by canonical field name, kept in an array
 * indexed by the object's field order so a million records stay affordable. Mutable and not thread-safe: the
 * org changes records only while it holds its lock.
 */
public final class OrgRecord {
    private final SObjectSchema schema;
    private final String id;
    private final Object[] values;

    /** @param schema the record's object; @param id its 18-character id */
    public OrgRecord(SObjectSchema schema, String id) {
        this.schema = schema;
        this.id = id;
        this.values = new Object[schema.fields().size()];
        values[schema.indexOf("Id")] = id;
    }

    /** @return the record's object */
    public SObjectSchema schema() {
        return schema;
    }

    /** @return the 18-character id */
    public String id() {
        return id;
    }

    /** @return the stored value of the field with this canonical name, empty when the field is empty or unknown */
    public Optional<Object> get(String canonicalName) {
        int i = schema.indexOf(canonicalName);
        return i < 0 ? Optional.empty() : Optional.ofNullable(values[i]);
    }

    /**
     * Sets or, with an empty value, clears a field by canonical name.
     *
     * @throws IllegalArgumentException when the object has no such field
     */
    public void set(String canonicalName, Optional<Object> value) {
        int i = schema.indexOf(canonicalName);
        if (i < 0) {
            throw new IllegalArgumentException("no field " + canonicalName + " on " + schema.name());
        }
        values[i] = value.orElse(null);
    }

    /** @return the non-empty values by canonical name, in field order; a read-only copy */
    public Map<String, Object> values() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                out.put(schema.fields().get(i).name(), values[i]);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
