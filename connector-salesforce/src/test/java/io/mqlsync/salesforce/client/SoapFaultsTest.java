package io.mqlsync.salesforce.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import io.mqlsync.core.spi.CrmException;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.TransientCrmException;
import java.net.SocketTimeoutException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SoapFaultsTest {
    private static UnexpectedErrorFault fault(String code, String message) {
        UnexpectedErrorFault fault = new UnexpectedErrorFault();
        fault.setExceptionCode(ExceptionCode.valueOf(code));
        fault.setExceptionMessage(message);
        return fault;
    }

    @ParameterizedTest(name = "{0} ({1}) is {2}")
    @CsvSource({
        "REQUEST_LIMIT_EXCEEDED, TotalRequests Limit exceeded., ApiBudgetExhaustedException",
        "REQUEST_LIMIT_EXCEEDED, ConcurrentPerOrgLongTxn Limit exceeded., TransientCrmException",
        "INVALID_SESSION_ID, Illegal Session. Session not found, CrmAuthException",
        "INSUFFICIENT_ACCESS, no access, CrmAuthException",
        "SERVER_UNAVAILABLE, try later, TransientCrmException",
        "UNKNOWN_EXCEPTION, An unexpected error occurred, TransientCrmException",
        "UNABLE_TO_LOCK_ROW, unable to obtain exclusive access, TransientCrmException",
        "INVALID_FIELD, No such column 'Foo__c', PermanentCrmException",
        "MALFORMED_QUERY, unexpected token, PermanentCrmException"
    })
    void faultCodesAreClassifiedForTheCallPolicy(String code, String message, String expected) {
        CrmException e = SoapFaults.classify("lead.changed.query", fault(code, message));

        assertThat(e.getClass().getSimpleName()).isEqualTo(expected);
        assertThat(e.getMessage()).startsWith("salesforce lead.changed.query failed: " + code);
    }

    @Test
    void connectivityFailuresAreTransient() {
        ConnectionException timeout = new ConnectionException("Request timed out", new SocketTimeoutException("read"));

        assertThat(SoapFaults.classify("lead.update", timeout)).isInstanceOf(TransientCrmException.class);
    }

    @Test
    void longMessagesAreCutSoABodyNeverFillsALog() {
        CrmException e = SoapFaults.classify("q", fault("INVALID_FIELD", "x".repeat(5000)));

        assertThat(e).isInstanceOf(PermanentCrmException.class);
        assertThat(e.getMessage()).hasSizeLessThan(300);
    }

    @Test
    void exceptionTypesAreTheCoreOnes() {
        assertThat(SoapFaults.classify("q", fault("REQUEST_LIMIT_EXCEEDED", "TotalRequests")))
                .isInstanceOf(ApiBudgetExhaustedException.class);
        assertThat(SoapFaults.classify("q", fault("INVALID_LOGIN", "bad"))).isInstanceOf(CrmAuthException.class);
    }
}
