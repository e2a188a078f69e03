package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldType;

/** Orders stored field values as SOQL does: numbers by value, text without regard to case, ids exactly. */
final class Values {
    private Values() {
    }

    /** @return the order of two non-empty values of a field of {@code type} */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b, FieldType type) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            // ids are case-sensitive and, in 18-character form, ordered as created; text ignores case
            return type.isId() ? x.compareTo(y) : x.compareToIgnoreCase(y);
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
