package io.mqlsync.sandbox.salesforce.internal.schema;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of an object in the fake org, with what {@code describeSObject} reports about it.
 *
 * @param name API name, e.g. {@code Status} or {@code MQL_Score__c}
 * @param label the label shown in describe
 * @param type the field type
 * @param length the maximum length of text values, 0 for other types
 * @param precision digits of a number field, 0 for other types
 * @param scale decimals of a number field (Opportunity {@code Amount}: 2), 0 for other types
 * @param nillable whether the field may be empty
 * @param createable whether {@code create} may set it
 * @param updateable whether {@code update} may set it
 * @param defaultedOnCreate whether the org fills it when a create leaves it empty
 * @param picklistValues the values of a picklist, in order, the first one the default where one applies
 * @param restrictedPicklist whether values outside {@code picklistValues} are refused
 * @param referenceTo object names a reference may point at
 * @param relationshipName name of the parent relationship of a reference, e.g. {@code Campaign}
 */
public record FieldDef(String name, String label, FieldType type, int length, int precision, int scale, boolean nillable,
                       boolean createable, boolean updateable, boolean defaultedOnCreate,
                       List<String> picklistValues, boolean restrictedPicklist, List<String> referenceTo,
                       Optional<String> relationshipName) {

    /** Checks the name and copies the lists. */
    public FieldDef {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        picklistValues = List.copyOf(picklistValues);
        referenceTo = List.copyOf(referenceTo);
    }

    /** @return a nillable, writable field of a type without length or values */
    public static FieldDef of(String name, FieldType type) {
        return new FieldDef(name, labelOf(name), type, 0, type == FieldType.INT ? 9 : 0, 0, true, true, true,
                false, List.of(), false, List.of(), Optional.empty());
    }

    /** @return a nillable, writable text field of the given type and maximum length */
    public static FieldDef text(String name, FieldType type, int length) {
        return new FieldDef(name, labelOf(name), type, length, 0, 0, true, true, true, false, List.of(), false,
                List.of(), Optional.empty());
    }

    /** @return a nillable, writable number field with {@code precision} digits and no decimals */
    public static FieldDef number(String name, FieldType type, int precision) {
        return new FieldDef(name, labelOf(name), type, 0, precision, 0, true, true, true, false, List.of(), false,
                List.of(), Optional.empty());
    }

    /** @return a picklist field */
    public static FieldDef picklist(String name, List<String> values, boolean restricted) {
        return new FieldDef(name, labelOf(name), FieldType.PICKLIST, 255, 0, 0, true, true, true, false, values,
                restricted, List.of(), Optional.empty());
    }

    /** @return a writable reference (lookup) field */
    public static FieldDef reference(String name, String relationshipName, List<String> referenceTo) {
        return new FieldDef(name, labelOf(name), FieldType.REFERENCE, 18, 0, 0, true, true, true, false, List.of(),
                false, referenceTo, Optional.of(relationshipName));
    }

    /** @return a copy of a number field that keeps {@code decimals} decimals (rounded half up on save) */
    public FieldDef scaled(int decimals) {
        return new FieldDef(name, label, type, length, precision, decimals, nillable, createable, updateable,
                defaultedOnCreate, picklistValues, restrictedPicklist, referenceTo, relationshipName);
    }

    /** @return a copy that the API cannot write (system and formula fields) */
    public FieldDef readOnly() {
        return new FieldDef(name, label, type, length, precision, scale, nillable, false, false, defaultedOnCreate,
                picklistValues, restrictedPicklist, referenceTo, relationshipName);
    }

    /** @return a copy that cannot be empty */
    public FieldDef required() {
        return new FieldDef(name, label, type, length, precision, scale, false, createable, updateable, defaultedOnCreate,
                picklistValues, restrictedPicklist, referenceTo, relationshipName);
    }

    /** @return a copy that the org fills on create when left empty */
    public FieldDef defaulted() {
        return new FieldDef(name, label, type, length, precision, scale, nillable, createable, updateable, true,
                picklistValues, restrictedPicklist, referenceTo, relationshipName);
    }

    /** @return a copy that may be set on create but never changed afterwards */
    public FieldDef createOnly() {
        return new FieldDef(name, label, type, length, precision, scale, nillable, createable, false, defaultedOnCreate,
                picklistValues, restrictedPicklist, referenceTo, relationshipName);
    }

    /** @return whether this is a custom field (its name ends in {@code __c}) */
    public boolean custom() {
        return name.endsWith("__c");
    }

    private static String labelOf(String name) {
        String bare = name.endsWith("__c") ? name.substring(0, name.length() - 3) : name;
        return bare.replace('_', ' ').replaceAll("([a-z])([A-Z])", "$1 $2");
    }
}
