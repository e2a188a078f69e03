package io.mqlsync.sandbox.salesforce.internal;

import io.mqlsync.sandbox.fault.CannedResponse;
import io.mqlsync.sandbox.fault.VendorFaultBodies;
import java.time.Duration;
import java.util.Map;

/**
 * How Salesforce's SOAP API fails: SOAP faults with HTTP 500 for its own errors (a concurrency limit, an
 * unexpected error, an expired session, the daily limit), and the maintenance page of its edge for 502/503.
 * The SOAP API has no 429 and no Retry-After. Immutable.
 */
public final class SalesforceFaultBodies implements VendorFaultBodies {
    private static final String XML = "text/xml; charset=utf-8";

    @Override
    public CannedResponse rateLimited(Duration retryAfter) {
        // Salesforce throttles long-running concurrent requests with this fault rather than a 429.
        return soapFault("REQUEST_LIMIT_EXCEEDED", "ConcurrentPerOrgLongTxn Limit exceeded.");
    }

    @Override
    public CannedResponse serverError(int status) {
        if (status == 500) {
            return soapFault("UNKNOWN_EXCEPTION",
                    "An unexpected error occurred. Please include this ErrorId if you contact support: 1234567-89 (-1)");
        }
        return new CannedResponse(status, Map.of("Content-Type", "text/html"),
                "<html><head><title>Service Unavailable</title></head><body><h1>Service Unavailable</h1>"
                        + "<p>The server is temporarily unable to service your request.</p></body></html>");
    }

    @Override
    public CannedResponse expiredToken() {
        return soapFault("INVALID_SESSION_ID", "Invalid Session ID found in SessionHeader: Illegal Session. "
                + "Session not found, missing session hash: sandbox");
    }

    @Override
    public CannedResponse dailyLimitExhausted() {
        return soapFault("REQUEST_LIMIT_EXCEEDED", "TotalRequests Limit exceeded.");
    }

    @Override
    public CannedResponse malformedBody() {
        return new CannedResponse(200, Map.of("Content-Type", XML), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\"><soapenv:Body><queryRe");
    }

    private static CannedResponse soapFault(String code, String message) {
        return new CannedResponse(500, Map.of("Content-Type", XML),
                PartnerResponses.fault(SoapFault.of(code, SoapFault.Type.UnexpectedErrorFault, message)));
    }
}
