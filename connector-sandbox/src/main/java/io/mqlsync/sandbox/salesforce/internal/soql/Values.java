package io.mqlsync.sandbox.salesforce.internal.soql;

/** Orders stored field values as SOQL does: numbers by value, text without regard to case, ids exactly. */
final class Values {
    private Values() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof String x && b instanceof String y) {
            // stored ids and id literals are both in 18-character form, so a case-blind compare is exact enough
            return x.compareToIgnoreCase(y);
        }
        if (a.getClass() == b.getClass() && a instanceof Comparable c) {
            return c.compareTo(b);
        }
        return a.toString().compareTo(b.toString());
    }
}
