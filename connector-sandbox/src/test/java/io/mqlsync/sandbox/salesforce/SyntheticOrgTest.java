package io.mqlsync.sandbox.salesforce;

import static org.assertj.core.api.Assertions.assertThat;

import com.sforce.soap.partner.PartnerConnection;
import com.sforce.soap.partner.QueryResult;
import io.mqlsync.sandbox.data.SyntheticCrm;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticOrgTest {
    private static final SyntheticCrm CRM = new SyntheticCrm(SyntheticCrm.Spec.of(7, 300));

    @Test
    void seedsLeadsOwnersCampaignsAndTasksThePartnerApiCanRead() throws Exception {
        try (SalesforceSandbox sandbox = SalesforceSandbox.start(SandboxFixture.options(
                new MutableClock(Instant.parse("2026-11-20T12:00:00Z"))).build())) {
            SyntheticOrg.Seeded seeded = SyntheticOrg.seed(sandbox, CRM);

            assertThat(seeded.leads()).isEqualTo(300);
            assertThat(seeded.users()).isEqualTo(CRM.owners().size() - seeded.queues());
            assertThat(seeded.queues()).isEqualTo(1);
            assertThat(seeded.campaigns()).isPositive();
            assertThat(seeded.members()).isPositive();
            assertThat(seeded.tasks()).isPositive();
            List<Map<String, Object>> users = sandbox.admin().records("User");
            assertThat(users).anyMatch(u -> Boolean.FALSE.equals(u.get("IsActive")));

            PartnerConnection partner = SandboxFixture.connect(sandbox);
            QueryResult leads = partner.query("SELECT COUNT() FROM Lead WHERE UTM_Source__c != null");
            assertThat(leads.getSize()).isPositive();
            QueryResult attended = partner.query("SELECT LeadId FROM CampaignMember WHERE Status = 'Attended'"
                    + " AND Campaign.Type = 'Webinar'");
            assertThat(attended.getSize()).isPositive();
            QueryResult calls = partner.query("SELECT WhoId FROM Task WHERE IsClosed = true AND Type = 'Call'");
            assertThat(calls.getSize()).isEqualTo(seeded.tasks());
            assertThat(partner.query("SELECT Id FROM Group WHERE Type = 'Queue'").getSize()).isEqualTo(1);
            SandboxFixture.assertConformsToWsdl(sandbox);
        }
    }

    @Test
    void theSameSeedSeedsTheSameOrg() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
        try (SalesforceSandbox a = SalesforceSandbox.start(SandboxFixture.options(clock).build());
             SalesforceSandbox b = SalesforceSandbox.start(SandboxFixture.options(clock).build())) {
            SyntheticCrm small = new SyntheticCrm(SyntheticCrm.Spec.of(3, 40));
            assertThat(SyntheticOrg.seed(a, small)).isEqualTo(SyntheticOrg.seed(b, small));
            assertThat(a.admin().records("Lead")).extracting(r -> r.get("Email"))
                    .containsExactlyElementsOf(b.admin().records("Lead").stream().map(r -> r.get("Email")).toList());
        }
    }
}
