package io.mqlsync.sandbox.salesforce;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One record written to the fake org, by the API or by {@link SalesforceAdmin}, successful or not. Values are
 * as the SOAP API carries them (text).
 *
 * @param at the org's time of the write
 * @param origin who wrote
 * @param operation create or update
 * @param sObjectType the object written
 * @param id the record id; empty for a create that failed
 * @param values the fields set, by the name the writer used
 * @param fieldsToNull the fields cleared
 * @param statusCode empty when saved, else the {@code StatusCode} of the first error
 * @param assignmentRule the assignment rule the call's {@code AssignmentRuleHeader} asked for ({@code default} for
 *                       the active rule, else its id); empty without the header
 */
public record SoapWrite(Instant at, Origin origin, SoapOperation operation, String sObjectType, Optional<String> id,
                        Map<String, String> values, List<String> fieldsToNull, Optional<String> statusCode,
                        Optional<String> assignmentRule) {

    /** Copies the collections. */
    public SoapWrite {
        values = Map.copyOf(values);
        fieldsToNull = List.copyOf(fieldsToNull);
    }

    /** @return whether the record was saved */
    public boolean success() {
        return statusCode.isEmpty();
    }

    /** Who made a write. */
    public enum Origin {
        /** A client through the partner API. */
        API,
        /** A test or the demo through {@link SalesforceAdmin}, as a sales rep in the UI would. */
        ADMIN
    }
}
