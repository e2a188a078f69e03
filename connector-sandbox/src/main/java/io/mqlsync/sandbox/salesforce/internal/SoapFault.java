package io.mqlsync.sandbox.salesforce.internal;

import java.util.OptionalInt;

/**
 * A whole-call failure the fake org answers with a SOAP fault, as force-wsc parses it: {@code faultcode}
 * {@code sf:CODE} and a {@code detail} element of an {@code ApiFault} subtype.
 */
public final class SoapFault extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The {@code ApiFault} subtypes the fake org sends. */
    public enum Type {
        /** General failure, e.g. {@code INVALID_SESSION_ID} or {@code REQUEST_LIMIT_EXCEEDED}. */
        UnexpectedErrorFault(false),
        /** SOQL syntax. */
        MalformedQueryFault(true),
        /** Unknown or wrongly used field. */
        InvalidFieldFault(true),
        /** Unknown object. */
        InvalidSObjectFault(true),
        /** Expired or unknown query locator. */
        InvalidQueryLocatorFault(false);

        private final boolean query;

        Type(boolean query) {
            this.query = query;
        }

        /** @return whether the type is an {@code ApiQueryFault} with row and column */
        public boolean isQueryFault() {
            return query;
        }
    }

    private final String code;
    private final Type type;
    private final OptionalInt column;

    /**
     * @param code the {@code ExceptionCode}
     * @param type the detail type
     * @param message the fault string and exception message
     * @param column column of a query fault's position (row is always 1)
     */
    public SoapFault(String code, Type type, String message, OptionalInt column) {
        super(message);
        this.code = code;
        this.type = type;
        this.column = column;
    }

    /** @return a fault without position */
    public static SoapFault of(String code, Type type, String message) {
        return new SoapFault(code, type, message, OptionalInt.empty());
    }

    /** @return the fault of a missing, unknown or expired session; force-wsc's renewer recognises its text */
    public static SoapFault invalidSession() {
        return of("INVALID_SESSION_ID", Type.UnexpectedErrorFault,
                "Invalid Session ID found in SessionHeader: Illegal Session. Session not found, missing session hash");
    }

    /** @return the {@code ExceptionCode} */
    public String code() {
        return code;
    }

    /** @return the detail type */
    public Type type() {
        return type;
    }

    /** @return 1-based column of a query fault; empty for other faults */
    public OptionalInt column() {
        return column;
    }
}
