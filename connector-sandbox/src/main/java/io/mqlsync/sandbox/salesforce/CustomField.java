package io.mqlsync.sandbox.salesforce;

import java.util.Objects;
import java.util.Optional;

/**
 * A field of a {@link CustomObject} in the fake org, e.g. the lookup {@code Lead__c} of a {@code Trial__c}.
 *
 * @param name        API name, ending in {@code __c}
 * @param kind        its type
 * @param referenceTo the object a lookup points at; empty for other kinds
 */
public record CustomField(String name, Kind kind, Optional<String> referenceTo) {
    /** The field types a test can give a custom object. */
    public enum Kind {
        /** Text(255). */
        TEXT,
        /** A date without time. */
        DATE,
        /** A date-time. */
        DATETIME,
        /** Number(18,0). */
        NUMBER,
        /** A checkbox: never empty, false by default. */
        CHECKBOX,
        /** A lookup to another object; its relationship is the name with {@code __r}. */
        LOOKUP
    }

    /** Checks the name and that exactly a lookup names its target. */
    public CustomField {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(referenceTo, "referenceTo");
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*__c")) {
            throw new IllegalArgumentException("a custom field's API name ends in __c, was " + name);
        }
        if ((kind == Kind.LOOKUP) != referenceTo.isPresent()) {
            throw new IllegalArgumentException("a lookup, and only a lookup, names the object it points at: " + name);
        }
    }

    /** @return a Text(255) field */
    public static CustomField text(String name) {
        return new CustomField(name, Kind.TEXT, Optional.empty());
    }

    /** @return a date field */
    public static CustomField date(String name) {
        return new CustomField(name, Kind.DATE, Optional.empty());
    }

    /** @return a date-time field */
    public static CustomField dateTime(String name) {
        return new CustomField(name, Kind.DATETIME, Optional.empty());
    }

    /** @return a Number(18,0) field */
    public static CustomField number(String name) {
        return new CustomField(name, Kind.NUMBER, Optional.empty());
    }

    /** @return a checkbox */
    public static CustomField checkbox(String name) {
        return new CustomField(name, Kind.CHECKBOX, Optional.empty());
    }

    /** @return a lookup to {@code target} (e.g. {@code Lead}) */
    public static CustomField lookup(String name, String target) {
        return new CustomField(name, Kind.LOOKUP, Optional.of(target));
    }
}
