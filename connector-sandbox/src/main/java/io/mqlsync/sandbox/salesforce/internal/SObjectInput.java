package io.mqlsync.sandbox.salesforce.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record of a create or update request as the client sent it.
 *
 * @param type the object name
 * @param id the record id, for updates
 * @param fields field values as text, by the name the client used, in request order
 * @param fieldsToNull the fields to clear
 */
public record SObjectInput(String type, Optional<String> id, Map<String, String> fields, List<String> fieldsToNull) {

    /** Copies the collections, keeping field order. */
    public SObjectInput {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        fieldsToNull = List.copyOf(fieldsToNull);
    }
}
