package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectionException;
import com.sforce.ws.ConnectorConfig;
import io.mqlsync.sandbox.fault.Fault;
import io.mqlsync.sandbox.fault.FaultKind;
import io.mqlsync.sandbox.fault.FaultRule;
import io.mqlsync.sandbox.fault.FaultTrigger;
import io.mqlsync.sandbox.fault.RequestMatcher;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every injected fault kind, as force-wsc's real PartnerConnection meets it; the call after it succeeds. */
class PartnerFaultsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private SalesforceSandbox sandbox;
    private PartnerConnection connection;

    @BeforeEach
    void start() throws Exception {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).build());
        connection = SandboxFixture.connect(sandbox);
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    private void failNextQuery(Fault fault) {
        sandbox.faults().add(new FaultRule(RequestMatcher.operation("query"), FaultTrigger.onNth(1), fault));
    }

    @ParameterizedTest(name = "{0} is the API fault {1}")
    @CsvSource({"RATE_LIMITED, REQUEST_LIMIT_EXCEEDED, ConcurrentPerOrgLongTxn",
        "SERVER_ERROR, UNKNOWN_EXCEPTION, unexpected error",
        "EXPIRED_TOKEN, INVALID_SESSION_ID, Invalid Session ID",
        "DAILY_LIMIT_EXHAUSTED, REQUEST_LIMIT_EXCEEDED, TotalRequests"})
    void apiFaultsArriveAsSalesforceWordsThem(FaultKind kind, ExceptionCode code, String wording) throws Exception {
        failNextQuery(Fault.of(kind));

        Throwable thrown = catchThrowable(() -> connection.query("SELECT Id FROM Lead"));

        assertThat(thrown).isInstanceOfSatisfying(UnexpectedErrorFault.class, fault -> {
            assertThat(fault.getExceptionCode()).isEqualTo(code);
            assertThat(fault.getExceptionMessage()).contains(wording);
        });
        assertThat(connection.query("SELECT Id FROM Lead").isDone()).as("only the first call fails").isTrue();
        assertThat(sandbox.journal().faults()).containsEntry(kind.name(), 1L);
    }

    @ParameterizedTest(name = "{0} is a connection failure")
    @EnumSource(value = FaultKind.class, names = {"BAD_GATEWAY", "SERVICE_UNAVAILABLE", "HTML_ERROR_PAGE"})
    void pagesFromTheEdgeAreConnectionFailures(FaultKind kind) throws Exception {
        failNextQuery(Fault.of(kind));

        Throwable thrown = catchThrowable(() -> connection.query("SELECT Id FROM Lead"));

        assertThat(thrown).as("%s is not an API answer", kind).isInstanceOf(ConnectionException.class)
                .isNotInstanceOf(UnexpectedErrorFault.class);
        assertThat(connection.query("SELECT Id FROM Lead").isDone()).isTrue();
    }

    /** Adapters must classify this as transient: force-wsc's parser throws an unchecked exception. */
    @Test
    void aTruncatedBodyBreaksTheClientsParserWithAnUncheckedException() throws Exception {
        failNextQuery(Fault.of(FaultKind.MALFORMED_BODY));

        Throwable thrown = catchThrowable(() -> connection.query("SELECT Id FROM Lead"));

        assertThat(thrown).isInstanceOf(RuntimeException.class);
        assertThat(connection.query("SELECT Id FROM Lead").isDone()).isTrue();
    }

    /**
     * The JDK's HttpURLConnection, under force-wsc, silently sends a POST again after a reset
     * ({@code sun.net.http.retryPost}): one reset is invisible to the caller, two are a connection failure.
     * A {@code create} that reached the org before the reset may therefore run twice.
     */
    @Test
    void aSingleResetIsResentByTheJdkTransportAndTwoFail() throws Exception {
        sandbox.faults().add(new FaultRule(RequestMatcher.operation("query"), FaultTrigger.times(1, 1),
                Fault.of(FaultKind.CONNECTION_RESET)));
        assertThat(connection.query("SELECT Id FROM Lead").isDone()).isTrue();

        sandbox.faults().clear();
        sandbox.faults().add(new FaultRule(RequestMatcher.operation("query"), FaultTrigger.times(1, 2),
                Fault.of(FaultKind.CONNECTION_RESET)));
        Throwable thrown = catchThrowable(() -> connection.query("SELECT Id FROM Lead"));

        assertThat(thrown).isInstanceOf(ConnectionException.class);
        assertThat(sandbox.journal().faults()).containsEntry(FaultKind.CONNECTION_RESET.name(), 3L);
    }

    @Test
    void aStallOutlastsTheClientsReadTimeout() throws Exception {
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(connection.getConfig().getSessionId());
        config.setServiceEndpoint(sandbox.serviceEndpoint());
        config.setReadTimeout(300);
        PartnerConnection impatient = Connector.newConnection(config);
        failNextQuery(Fault.stall(Duration.ofSeconds(3)));

        Throwable thrown = catchThrowable(() -> impatient.query("SELECT Id FROM Lead"));

        assertThat(thrown).isInstanceOf(ConnectionException.class).hasRootCauseInstanceOf(java.net.SocketTimeoutException.class);
    }

    @Test
    void faultsMatchTheSoapOperationNotJustTheUrl() throws Exception {
        sandbox.faults().add(new FaultRule(RequestMatcher.operation("describeSObject"), FaultTrigger.onNth(1),
                Fault.of(FaultKind.SERVER_ERROR)));

        connection.query("SELECT Id FROM Lead");
        Throwable thrown = catchThrowable(() -> connection.describeSObject("Lead"));

        assertThat(thrown).isInstanceOf(UnexpectedErrorFault.class);
    }
}
