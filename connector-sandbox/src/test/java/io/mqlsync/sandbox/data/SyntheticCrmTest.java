package io.mqlsync.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class SyntheticCrmTest {

    private final SyntheticCrm crm = new SyntheticCrm(SyntheticCrm.Spec.of(42, 5_000));

    @Property(tries = 50)
    void sameSeedGivesSameLeadEventsAndDisposition(@ForAll long seed, @ForAll @IntRange(max = 999) int index) {
        SyntheticCrm first = new SyntheticCrm(SyntheticCrm.Spec.of(seed, 1_000));
        SyntheticCrm second = new SyntheticCrm(SyntheticCrm.Spec.of(seed, 1_000));
        assertThat(second.lead(index)).isEqualTo(first.lead(index));
        assertThat(second.events(index)).isEqualTo(first.events(index));
        assertThat(second.disposition(index)).isEqualTo(first.disposition(index));
        assertThat(second.deals(index)).isEqualTo(first.deals(index));
        assertThat(second.owners()).isEqualTo(first.owners());
        assertThat(second.forms()).isEqualTo(first.forms());
    }

    @Test
    void dealsFollowTheLifecycleStageAndCloseAfterTheyOpenAfterTheLead() {
        List<Integer> withDeals = IntStream.range(0, 5_000).filter(i -> !crm.deals(i).isEmpty()).boxed().toList();

        assertThat(withDeals).isNotEmpty();
        for (int i : withDeals) {
            String stage = crm.lead(i).field(SyntheticLead.LIFECYCLE_STAGE).orElseThrow();
            List<SyntheticDeal> deals = crm.deals(i);
            assertThat(stage).isIn("salesqualifiedlead", "opportunity", "customer");
            assertThat(deals).hasSizeLessThanOrEqualTo(SyntheticCrm.maxDealsPerLead());
            assertThat(deals).allSatisfy(d -> {
                assertThat(d.lead()).isEqualTo(i);
                assertThat(d.createdAt()).isAfter(crm.lead(i).createdAt());
                d.closedAt().ifPresent(closed -> assertThat(closed).isAfterOrEqualTo(d.createdAt()));
                d.amount().ifPresent(a -> assertThat(a.scale()).isEqualTo(2));
            });
            if (stage.equals("customer")) {
                assertThat(deals).extracting(SyntheticDeal::stage).containsExactly(SyntheticDealStage.WON);
            }
        }
        assertThat(withDeals.stream().flatMap(i -> crm.deals(i).stream()).map(SyntheticDeal::stage))
                .contains(SyntheticDealStage.OPEN, SyntheticDealStage.WON, SyntheticDealStage.LOST);
    }

    @Test
    void cheapCreationTimeIsTheLeadsCreationTime() {
        for (int i = 0; i < 200; i++) {
            assertThat(crm.createdAt(i)).isEqualTo(crm.lead(i).createdAt());
        }
    }

    @Test
    void differentSeedsGiveDifferentPopulations() {
        SyntheticCrm other = new SyntheticCrm(SyntheticCrm.Spec.of(43, 5_000));
        long same = IntStream.range(0, 200).filter(i -> crm.lead(i).equals(other.lead(i))).count();
        assertThat(same).isZero();
    }

    @Test
    void aLeadDoesNotDependOnWhichLeadsWereGeneratedBefore() {
        SyntheticCrm fresh = new SyntheticCrm(SyntheticCrm.Spec.of(42, 5_000));
        assertThat(fresh.lead(4_321)).isEqualTo(crm.lead(4_321));
    }

    @Test
    void populationMixesCorporateFreemailEduCompetitorGarbageAndMissingEmails() {
        List<String> emails = IntStream.range(0, 5_000).mapToObj(crm::lead)
                .map(l -> l.field(SyntheticLead.EMAIL).orElse("<missing>")).toList();
        assertThat(emails).anyMatch(e -> e.endsWith("@gmail.com") || e.endsWith("@yahoo.com"));
        assertThat(emails).anyMatch(e -> e.endsWith(".edu"));
        assertThat(emails).anyMatch(e -> e.endsWith("@rivalcrm.com"));
        assertThat(emails).anyMatch(e -> !e.contains("@") || e.startsWith("@") || e.endsWith("@"));
        assertThat(emails).contains("<missing>");
        List<String> personal = emails.stream().filter(e -> e.matches("[a-z]+\\.[a-z]+\\d+@.+")).toList();
        assertThat(personal).as("real addresses are unique, as a CRM requires").doesNotHaveDuplicates();
    }

    @Test
    void populationHasTitlesIndustriesSizesCountriesUtmAndGaps() {
        List<SyntheticLead> leads = IntStream.range(0, 2_000).mapToObj(crm::lead).toList();
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.JOB_TITLE).orElse("").startsWith("VP"));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.JOB_TITLE).isEmpty());
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.JOB_TITLE).orElse("").equals("asdf"));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.INDUSTRY).isPresent());
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.EMPLOYEES).orElse("").matches("\\d{4,}"));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.EMPLOYEES).orElse("").equals("n/a"));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.COUNTRY).orElse("").equals("Germany"));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.COUNTRY).orElse("").equals("U.S.A."));
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.UTM_CAMPAIGN).isPresent());
        assertThat(leads).anyMatch(l -> l.field(SyntheticLead.UTM_SOURCE).isEmpty());
    }

    @Test
    void engagementHasPricingBurstsDemoFormsWithUtmHiddenFieldsWebinarsAndEmail() {
        List<SyntheticEvent> all = IntStream.range(0, 1_000).mapToObj(crm::events).flatMap(List::stream).toList();
        String demoForm = crm.forms().stream().filter(f -> f.purpose() == FormPurpose.DEMO_REQUEST)
                .findFirst().orElseThrow().id();
        assertThat(all).anyMatch(e -> e.type() == SyntheticEventType.PAGE_VIEWED
                && e.attrs().get("url").contains("/pricing"));
        assertThat(all).anyMatch(e -> e.type() == SyntheticEventType.FORM_SUBMITTED
                && demoForm.equals(e.attrs().get("form")) && e.attrs().containsKey("utm_campaign"));
        assertThat(all).anyMatch(e -> e.type() == SyntheticEventType.WEBINAR_ATTENDED);
        assertThat(all).anyMatch(e -> e.type() == SyntheticEventType.EMAIL_CLICKED);
        assertThat(all).allMatch(e -> !e.at().isAfter(crm.spec().anchor()));
        assertThat(IntStream.range(0, 1_000).filter(i -> crm.events(i).isEmpty()).count())
                .as("some leads never engaged").isPositive();
    }

    @Test
    void eachLeadsEventsAreInTimeOrder() {
        for (int i = 0; i < 300; i++) {
            List<SyntheticEvent> events = crm.events(i);
            for (int j = 1; j < events.size(); j++) {
                assertThat(events.get(j).at()).isAfterOrEqualTo(events.get(j - 1).at());
            }
        }
    }

    @Test
    void generatedEmailsLeadBackToTheirLeadWithoutAScan() {
        for (int i = 0; i < 500; i++) {
            int index = i;
            crm.lead(i).field(SyntheticLead.EMAIL).filter(e -> e.matches("[a-z]+\\.[a-z]+\\d+@.+"))
                    .ifPresent(email -> assertThat(crm.indexOfEmail(email.toUpperCase(java.util.Locale.ROOT)))
                            .hasValue(index));
        }
        assertThat(crm.indexOfEmail("test@test")).isEmpty();
        assertThat(crm.indexOfEmail("james.smith99999999@acme.com")).isEmpty();
    }

    @Test
    void ownersIncludeInactivePeopleAndOneQueue() {
        assertThat(crm.owners()).hasSize(13);
        assertThat(crm.owners()).filteredOn(o -> !o.active()).hasSize(2);
        assertThat(crm.owners()).filteredOn(o -> o.kind() == OwnerKind.QUEUE).hasSize(1);
    }

    @Test
    void dispositionsAcceptRejectWithReasonsAndIgnore() {
        List<SyntheticDisposition> dispositions = IntStream.range(0, 500).mapToObj(crm::disposition).toList();
        assertThat(dispositions).extracting(SyntheticDisposition::kind).contains(DispositionKind.values());
        assertThat(dispositions).filteredOn(d -> d.kind() == DispositionKind.REJECTED)
                .allMatch(d -> d.reason().isPresent());
    }

    @Test
    void aMillionLeadPopulationIsBuiltWithoutGeneratingItsLeads() {
        SyntheticCrm million = new SyntheticCrm(SyntheticCrm.Spec.of(7, 1_000_000));
        assertThat(million.lead(999_999).index()).isEqualTo(999_999);
        assertThatThrownBy(() -> million.lead(1_000_000)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
