package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.OrgRecord;
import java.util.Optional;

/** Finds records by id while a query follows parent relationships. */
@FunctionalInterface
public interface RecordLookup {
    /** @return the live record with this 18-character id, empty when there is none */
    Optional<OrgRecord> byId(String id);
}
