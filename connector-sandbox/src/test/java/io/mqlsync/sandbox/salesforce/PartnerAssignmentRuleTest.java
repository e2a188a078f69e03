package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sforce.soap.partner.AssignmentRuleHeader_element;
import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.SaveResult;
import com.sforce.soap.partner.fault.UnexpectedErrorFault;
import com.sforce.soap.partner.sobject.SObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Lead assignment rules run by the AssignmentRuleHeader of update and create, through force-wsc. */
class PartnerAssignmentRuleTest {
    private static final String ACTIVE = "01Q5g000000AAAA";
    private static final String OTHER = "01Q5g000000BBBBEAA";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
    private SalesforceSandbox sandbox;
    private PartnerConnection connection;
    private String marketing;
    private String usRep;
    private String queue;

    @BeforeEach
    void start() throws Exception {
        // the active rule names its owners by username and queue name: they do not exist when options are built
        sandbox = SalesforceSandbox.start(SandboxFixture.options(clock)
                .leadAssignmentRule(LeadAssignmentRule.active(ACTIVE, List.of(
                        LeadAssignmentRule.Entry.when("Country", List.of("US", "CA"), "us.rep@acme.test"),
                        LeadAssignmentRule.Entry.always("Inbound Queue"))))
                .build());
        marketing = sandbox.admin().addUser("marketing@acme.test", "Mark", "Eting", true);
        usRep = sandbox.admin().addUser("us.rep@acme.test", "Us", "Rep", true);
        queue = sandbox.admin().addQueue("Inbound Queue", "inbound@acme.test");
        sandbox.admin().addLeadAssignmentRule(LeadAssignmentRule.inactive(OTHER, List.of(LeadAssignmentRule.Entry.always(marketing))));
        connection = SandboxFixture.connect(sandbox);
    }

    @AfterEach
    void stop() {
        SandboxFixture.assertConformsToWsdl(sandbox);
        sandbox.close();
    }

    private String lead(String country) {
        return sandbox.admin().insert("Lead", Map.of("LastName", "Doe", "Company", "Acme", "Country", country,
                "OwnerId", marketing));
    }

    private static SObject scored(String id, String country) {
        SObject s = new SObject("Lead");
        s.setId(id);
        s.setField("Country", country);
        return s;
    }

    private Object owner(String id) {
        return sandbox.admin().record(id).orElseThrow().get("OwnerId");
    }

    @Test
    void theActiveRuleGivesEachUpdatedLeadTheOwnerOfItsFirstMatchingEntry() throws Exception {
        String us = lead("FR");
        String fr = lead("FR");
        connection.setAssignmentRuleHeader(null, true);

        SaveResult[] saved = connection.update(new SObject[] {scored(us, "US"), scored(fr, "FR")});

        assertThat(saved).allMatch(SaveResult::isSuccess);
        assertThat(owner(us)).as("matched on the value the update wrote").isEqualTo(usRep);
        assertThat(owner(fr)).as("the catch-all entry names a queue").isEqualTo(queue);
        assertThat(sandbox.journal().writes()).extracting(SoapWrite::assignmentRule)
                .containsOnly(java.util.Optional.of("default"));
    }

    @Test
    void withoutTheHeaderAnUpdateNeverReassigns() throws Exception {
        String us = lead("US");

        connection.update(new SObject[] {scored(us, "US")});

        assertThat(owner(us)).isEqualTo(marketing);
        assertThat(sandbox.journal().writes().getLast().assignmentRule()).isEmpty();
    }

    @Test
    void aRuleNamedByIdRunsEvenWhenInactive() throws Exception {
        String us = lead("FR");
        AssignmentRuleHeader_element header = new AssignmentRuleHeader_element();
        header.setAssignmentRuleId(OTHER);
        connection.__setAssignmentRuleHeader(header);

        connection.update(new SObject[] {scored(us, "US")});

        assertThat(owner(us)).isEqualTo(marketing);
        assertThat(sandbox.journal().writes().getLast().assignmentRule()).contains(OTHER);
    }

    @Test
    void aCreateWithTheHeaderIsAssignedToo() throws Exception {
        SObject lead = new SObject("Lead");
        lead.setField("LastName", "New");
        lead.setField("Company", "Acme");
        lead.setField("Country", "CA");
        connection.setAssignmentRuleHeader(null, true);

        SaveResult created = connection.create(new SObject[] {lead})[0];

        assertThat(owner(created.getId())).isEqualTo(usRep);
    }

    @Test
    void aMalformedRuleIdFailsTheWholeCall() {
        String us = lead("US");
        connection.setAssignmentRuleHeader("01Qbad", null);

        UnexpectedErrorFault fault = catchThrowableOfType(UnexpectedErrorFault.class,
                () -> connection.update(new SObject[] {scored(us, "US")}));

        assertThat(fault.getExceptionCode().name()).isEqualTo("MALFORMED_ID");
        assertThat(owner(us)).isEqualTo(marketing);
    }

    @Test
    void anOrgHasOneActiveRule() {
        assertThatThrownBy(() -> sandbox.admin().addLeadAssignmentRule(LeadAssignmentRule.active("01Q5g000000CCCC", List.of())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("one active");
    }
}
