package io.mqlsync.salesforce.client;

import com.sforce.soap.partner.fault.ApiFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.SoapFaultException;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.CrmException;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.TransientCrmException;
import java.util.Set;

/**
 * Decides, in one place, what a failed partner API call means for the call policy
 * (shared/specs/salesforce/NOTES.md, "Limits and errors").
 */
public final class SoapFaults {
    /** Codes that say the same call may succeed later. */
    private static final Set<String> TRANSIENT = Set.of("SERVER_UNAVAILABLE", "UNKNOWN_EXCEPTION", "UNABLE_TO_LOCK_ROW",
            "REQUEST_RUNNING_TOO_LONG", "QUERY_TIMEOUT", "TXN_SECURITY_FAIL_CLOSE");
    /** Codes that say our session or its user may not do this, after the renewer already had its try. */
    private static final Set<String> AUTH = Set.of("INVALID_SESSION_ID", "INVALID_LOGIN", "API_DISABLED_FOR_ORG",
            "API_CURRENTLY_DISABLED", "INSUFFICIENT_ACCESS", "INVALID_OPERATION_WITH_EXPIRED_PASSWORD",
            "LOGIN_MUST_USE_SECURITY_TOKEN", "ORG_LOCKED", "USER_NOT_ACTIVE");
    private static final int MAX_MESSAGE = 200;

    private SoapFaults() {
    }

    /** The exception code of a fault, or empty text when the failure was not a SOAP fault. */
    public static String code(ConnectionException e) {
        if (e instanceof ApiFault fault && fault.getExceptionCode() != null) {
            return fault.getExceptionCode().name();
        }
        if (e instanceof SoapFaultException fault && fault.getFaultCode() != null) {
            return fault.getFaultCode().getLocalPart();
        }
        return "";
    }

    /** @return the classified failure of {@code operation}; its message names the operation and the code only */
    public static CrmException classify(String operation, ConnectionException e) {
        String code = code(e);
        String message = "salesforce " + operation + " failed: " + (code.isEmpty() ? e.getClass().getSimpleName() : code)
                + detail(e);
        if (code.isEmpty()) {
            // Timeouts, refused connections, HTML error pages and unparseable bodies: the next attempt may work.
            return new TransientCrmException(message, e);
        }
        if (code.equals("REQUEST_LIMIT_EXCEEDED")) {
            // The same code covers the concurrent long-request cap, which passes within seconds.
            return detail(e).contains("Concurrent") ? new TransientCrmException(message, e)
                    : new ApiBudgetExhaustedException(message, e);
        }
        if (AUTH.contains(code)) {
            return new CrmAuthException(message, e);
        }
        if (TRANSIENT.contains(code)) {
            return new TransientCrmException(message, e);
        }
        return new PermanentCrmException(message, e);
    }

    private static String detail(ConnectionException e) {
        String text = e instanceof ApiFault fault ? fault.getExceptionMessage() : e.getMessage();
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.strip().replaceAll("\\s+", " ");
        return ": " + (line.length() > MAX_MESSAGE ? line.substring(0, MAX_MESSAGE) + "..." : line);
    }
}
