package io.mqlsync.sandbox.fault;

/** The failures a sandbox can inject; each CRM renders them the way its real service fails. */
public enum FaultKind {
    /** 429 with Retry-After and the vendor's rate-limit body. */
    RATE_LIMITED,
    /** 500 with the vendor's error body. */
    SERVER_ERROR,
    /** 502 with the vendor's error body. */
    BAD_GATEWAY,
    /** 503 with the vendor's error body. */
    SERVICE_UNAVAILABLE,
    /** 502 with an HTML page from the edge proxy instead of the API's own body. */
    HTML_ERROR_PAGE,
    /** The TCP connection is reset before any response. */
    CONNECTION_RESET,
    /** Nothing arrives for {@link Fault#duration()}, longer than any sane client timeout, then a 504. */
    STALL,
    /** 200 with a JSON content type and a truncated body. */
    MALFORMED_BODY,
    /** 401 saying the access token or session has expired. */
    EXPIRED_TOKEN,
    /** The vendor's answer once the daily API allowance is spent. */
    DAILY_LIMIT_EXHAUSTED
}
