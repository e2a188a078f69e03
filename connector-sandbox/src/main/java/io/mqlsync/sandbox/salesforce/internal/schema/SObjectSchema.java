package io.mqlsync.sandbox.salesforce.internal.schema;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of one object in the fake org: its name, id prefix and fields. Field names are looked up
 * without regard to case, as SOQL and the SOAP API do. Immutable.
 */
public final class SObjectSchema {
    private final String name;
    private final String keyPrefix;
    private final boolean writable;
    private final List<FieldDef> fields;
    private final Map<String, FieldDef> byName = new LinkedHashMap<>();
    private final Map<String, FieldDef> byRelationship = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();

    /**
     * @param name API name, e.g. {@code Lead}
     * @param keyPrefix the three characters every id of this object starts with
     * @param writable whether {@code create} and {@code update} accept this object
     * @param fields every field, in describe order
     */
    public SObjectSchema(String name, String keyPrefix, boolean writable, List<FieldDef> fields) {
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.writable = writable;
        this.fields = List.copyOf(fields);
        for (FieldDef f : this.fields) {
            positions.put(f.name(), positions.size());
            byName.put(f.name().toLowerCase(Locale.ROOT), f);
            f.relationshipName().ifPresent(r -> byRelationship.put(r.toLowerCase(Locale.ROOT), f));
        }
    }

    /** @return API name of the object */
    public String name() {
        return name;
    }

    /** @return the three characters every id of this object starts with */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** @return whether {@code create} and {@code update} accept this object */
    public boolean writable() {
        return writable;
    }

    /** @return every field, in describe order */
    public List<FieldDef> fields() {
        return fields;
    }

    /** @return the field named {@code fieldName} in any case, if the object has it */
    public Optional<FieldDef> field(String fieldName) {
        return Optional.ofNullable(byName.get(fieldName.toLowerCase(Locale.ROOT)));
    }

    /** @return the position of the field with this exact canonical name, -1 when there is none */
    public int indexOf(String canonicalName) {
        Integer i = positions.get(canonicalName);
        return i == null ? -1 : i;
    }

    /** @return the reference field whose relationship is named {@code relationship} in any case */
    public Optional<FieldDef> relationship(String relationship) {
        return Optional.ofNullable(byRelationship.get(relationship.toLowerCase(Locale.ROOT)));
    }
}
