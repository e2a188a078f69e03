package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.fault.ExceptionCode;
import com.sforce.soap.partner.fault.MalformedQueryFault;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole-call rules, oversized queries and unsupported operations, as force-wsc sees them. */
class PartnerCallRulesTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private SalesforceSandbox sandbox;
    private PartnerConnection connection;

    @BeforeEach
    void start() throws Exception {
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock).writeHistoryLimit(2).build());
        connection = SandboxFixture.connect(sandbox);
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    @Test
    void expireSessionRuleFiresOnTheChosenCallOfItsOperationOnly() throws Exception {
        sandbox.admin().addCallRule(SoapCallRule.expireSession().withOperation(SoapOperation.QUERY).withSkip(1));

        connection.describeSObject("Lead");
        connection.query("SELECT Id FROM Lead");
        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.query("SELECT Id FROM Lead"));
        PartnerConnection renewed = SandboxFixture.connect(sandbox);
        renewed.query("SELECT Id FROM Lead");

        assertThat(fault.getExceptionCode()).isEqualTo(ExceptionCode.INVALID_SESSION_ID);
        assertThat(fault.getExceptionMessage()).contains("Illegal Session");
    }

    @Test
    void exhaustDailyLimitRuleLeavesTheOrgAtItsLimit() throws Exception {
        sandbox.admin().addCallRule(SoapCallRule.exhaustDailyLimit());

        UnexpectedErrorFault first = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.query("SELECT Id FROM Lead"));
        UnexpectedErrorFault second = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.query("SELECT Id FROM Lead"));

        assertThat(first.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
        assertThat(second.getExceptionCode()).isEqualTo(ExceptionCode.REQUEST_LIMIT_EXCEEDED);
        assertThat(sandbox.admin().apiRequestsUsed()).isEqualTo(100_000);
    }

    @Test
    void faultRuleAnswersWithItsCodeAsManyTimesAsAsked() throws Exception {
        sandbox.admin().addCallRule(SoapCallRule.fault("SERVER_UNAVAILABLE", "Server temporarily unavailable")
                .withOperation(SoapOperation.UPDATE).withTimes(2));
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        SObject change = new SObject("Lead");
        change.setId(id);
        change.setField("Title", "CTO");

        for (int i = 0; i < 2; i++) {
            assertThat(catchThrowableOfType(UnexpectedErrorFault.class,
                    () -> connection.update(new SObject[] {change})).getExceptionCode())
                    .isEqualTo(ExceptionCode.SERVER_UNAVAILABLE);
        }
        assertThat(connection.update(new SObject[] {change})[0].isSuccess()).isTrue();
        assertThat(sandbox.journal().faults()).containsEntry("SERVER_UNAVAILABLE", 2L);
    }

    @Test
    void queryLongerThanSalesforceAllowsIsMalformed() {
        String tooLong = "SELECT Id FROM Lead WHERE LastName IN ('" + "x".repeat(100_000) + "')";

        MalformedQueryFault fault = catchThrowableOfType(MalformedQueryFault.class, () -> connection.query(tooLong));

        assertThat(fault.getExceptionMessage()).contains("100,000 characters");
    }

    @Test
    void soapLoginIsNotOfferedAsFromApi65() {
        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.login("integration@mqlsync.sandbox", "password"));

        assertThat(fault.getExceptionMessage()).contains("OAuth 2.0");
    }

    @Test
    void journalKeepsTheLatestWritesAndCountsThemAll() throws Exception {
        String id = sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme"));
        for (String title : new String[] {"A", "B", "C"}) {
            SObject change = new SObject("Lead");
            change.setId(id);
            change.setField("Title", title);
            connection.update(new SObject[] {change});
        }

        assertThat(sandbox.journal().writes()).extracting(w -> w.values().get("Title")).containsExactly("B", "C");
        assertThat(sandbox.journal().writeCount()).isEqualTo(3);
    }
}
