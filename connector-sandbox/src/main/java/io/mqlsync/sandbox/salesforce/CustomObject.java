package io.mqlsync.sandbox.salesforce;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An object of the org's own in the fake org, e.g. a {@code Trial__c} with a lookup to the Lead: described,
 * queried with the SOQL subset, seeded through {@link SalesforceAdmin#insert} and writable like any other. Besides
 * its own fields it has {@code Id}, {@code Name}, {@code OwnerId} and the system fields.
 *
 * @param name   API name, ending in {@code __c}
 * @param fields its custom fields, in describe order
 */
public record CustomObject(String name, List<CustomField> fields) {
    /** Checks the names and copies the fields. */
    public CustomObject {
        if (name == null || !name.matches("[A-Za-z][A-Za-z0-9_]*__c")) {
            throw new IllegalArgumentException("a custom object's API name ends in __c, was " + name);
        }
        fields = List.copyOf(fields);
        Set<String> seen = new HashSet<>();
        for (CustomField f : fields) {
            if (!seen.add(f.name().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(name + " has two fields named " + f.name());
            }
        }
    }

    /** @return the object with these fields */
    public static CustomObject of(String name, CustomField... fields) {
        return new CustomObject(name, List.of(fields));
    }
}
