package io.mqlsync.sandbox.fault;

import java.time.Duration;

/**
 * How one CRM words the faults whose body is its own: each sandbox implements this so the shared
 * {@link FaultResponses} can fail requests exactly as that vendor does.
 */
public interface VendorFaultBodies {

    /** A rate-limit answer that advertises {@code retryAfter}. */
    CannedResponse rateLimited(Duration retryAfter);

    /** A 5xx answer from the API itself (not from a proxy). */
    CannedResponse serverError(int status);

    /** The answer to a request whose token or session has expired. */
    CannedResponse expiredToken();

    /** The answer once the daily API allowance is spent. */
    CannedResponse dailyLimitExhausted();

    /** A 200 whose body breaks off mid-document, in the vendor's content type. */
    CannedResponse malformedBody();
}
