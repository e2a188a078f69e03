package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldDef;
import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import java.util.List;
import java.util.Optional;

/**
 * A field path checked against the org's objects: the reference fields to follow, then the field to read.
 *
 * @param hops reference fields followed from the queried record, in order
 * @param field the field read on the last record reached
 */
record BoundPath(List<FieldDef> hops, FieldDef field) {

    BoundPath {
        hops = List.copyOf(hops);
    }

    /** @return the value at the end of the path, empty when it or any parent on the way is empty */
    Optional<Object> valueOf(OrgRecord record, RecordLookup lookup) {
        OrgRecord current = record;
        for (FieldDef hop : hops) {
            Optional<OrgRecord> parent = current.get(hop.name()).flatMap(id -> lookup.byId((String) id));
            if (parent.isEmpty()) {
                return Optional.empty();
            }
            current = parent.get();
        }
        OrgRecord last = current;
        return last.schema().field(field.name()).flatMap(f -> last.get(f.name()));
    }
}
