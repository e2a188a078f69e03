package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.Connector;
import com.sforce.soap.partner.LimitInfo;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SessionHeader_element;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.ws.ConnectorConfig;
import com.sforce.ws.SessionRenewer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Sessions and the daily API request limit, as force-wsc sees them. */
class PartnerSessionAndLimitsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private SalesforceSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).dailyApiRequestLimit(1_000).build());
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    private static LimitInfo apiRequests(PartnerConnection c) {
        return c.getLimitInfoHeader().getLimitInfo()[0];
    }

    @Test
    void limitInfoHeaderCountsEveryCallAgainstTheDailyLimit() throws Exception {
        PartnerConnection connection = SandboxFixture.connect(sandbox);

        connection.query("SELECT Id FROM Lead");
        LimitInfo afterOne = apiRequests(connection);
        connection.describeSObject("Lead");
        connection.query("SELECT Id FROM User");
        LimitInfo afterThree = apiRequests(connection);

        assertThat(afterOne.getType()).isEqualTo("API REQUESTS");
        assertThat(afterOne.getCurrent()).isEqualTo(1);
        assertThat(afterOne.getLimit()).isEqualTo(1_000);
        assertThat(afterThree.getCurrent()).isEqualTo(3);
        assertThat(sandbox.admin().apiRequestsUsed()).isEqualTo(3);
        assertThat(sandbox.journal().totalCalls()).isEqualTo(3);
    }

    @Test
    void callsPastTheDailyLimitFailWithRequestLimitExceededUntilTheWindowRollsOn() throws Exception {
        PartnerConnection connection = SandboxFixture.connect(sandbox);
        sandbox.admin().setApiRequestsUsed(999);

        connection.query("SELECT Id FROM Lead");
        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.query("SELECT Id FROM Lead"));
        clock.advance(Duration.ofHours(24));
        PartnerConnection nextDay = SandboxFixture.connect(sandbox);
        nextDay.query("SELECT Id FROM Lead");

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
        assertThat(apiRequests(nextDay).getCurrent()).isEqualTo(1);
        assertThat(sandbox.journal().faults()).containsEntry("REQUEST_LIMIT_EXCEEDED", 1L);
    }

    @Test
    void expiredSessionIsAnInvalidSessionIdFault() throws Exception {
        PartnerConnection connection = SandboxFixture.connect(sandbox);
        sandbox.admin().expireSessions();

        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.query("SELECT Id FROM Lead"));

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
        assertThat(sandbox.admin().apiRequestsUsed()).as("a refused session uses no API request").isZero();
    }

    @Test
    void sessionDiesAfterTheIdleTimeoutButNotWhileUsed() throws Exception {
        PartnerConnection connection = SandboxFixture.connect(sandbox);

        clock.advance(Duration.ofMinutes(100));
        connection.query("SELECT Id FROM Lead");
        clock.advance(Duration.ofMinutes(100));
        connection.query("SELECT Id FROM Lead");
        clock.advance(Duration.ofHours(2));

        assertThat(catchThrowableOfType(UnexpectedErrorFault.class, () -> connection.query("SELECT Id FROM Lead"))
                .getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
    }

    @Test
    void forceWscSessionRenewerRecognisesTheFaultAndTheCallSucceedsOnTheNewSession() throws Exception {
        AtomicInteger renewals = new AtomicInteger();
        AtomicReference<PartnerConnection> renewed = new AtomicReference<>();
        ConnectorConfig config = new ConnectorConfig();
        config.setSessionId(SandboxFixture.accessToken(sandbox));
        config.setServiceEndpoint(sandbox.serviceEndpoint());
        config.setSessionRenewer(c -> {
            renewals.incrementAndGet();
            try {
                c.setSessionId(SandboxFixture.accessToken(sandbox));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            SessionRenewer.SessionRenewalHeader header = new SessionRenewer.SessionRenewalHeader();
            header.name = new QName("urn:partner.soap.sforce.com", "SessionHeader");
            SessionHeader_element session = new SessionHeader_element();
            session.setSessionId(c.getSessionId());
            header.headerElement = session;
            // force-wsc retries the failed call with this header; later calls need it set on the connection
            renewed.get().setSessionHeader(c.getSessionId());
            return header;
        });
        PartnerConnection connection = Connector.newConnection(config);
        renewed.set(connection);
        sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        sandbox.admin().expireSessions();

        int size = connection.query("SELECT Id FROM Lead").getSize();
        int again = connection.query("SELECT Id FROM Lead").getSize();

        assertThat(size).isEqualTo(1);
        assertThat(again).isEqualTo(1);
        assertThat(renewals).hasValue(1);
        assertThat(sandbox.journal().faults()).containsEntry("INVALID_SESSION_ID", 1L);
    }
}
