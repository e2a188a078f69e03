package io.mqlsync.sandbox.hubspot;

/**
 * One option of an enumeration property.
 *
 * @param label  display label
 * @param value  internal value, what the API reads and writes
 * @param hidden hidden from forms
 */
record PropertyOption(String label, String value, boolean hidden) {

    static PropertyOption of(String label, String value) {
        return new PropertyOption(label, value, false);
    }
}
