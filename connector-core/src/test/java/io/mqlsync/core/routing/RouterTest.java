package io.mqlsync.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.lifecycle.TestLifecycle;
import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RouterTest {
    private static final LeadId LEAD = new LeadId("7");
    private static final Fields US = Fields.of(Map.of("country", "US"));
    private static final Fields DE = Fields.of(Map.of("country", "DE"));

    private final InMemoryRoundRobinPositions positions = new InMemoryRoundRobinPositions();
    private final Map<OwnerEmail, OwnerRoster.Entry> owners = new LinkedHashMap<>(Map.of(
            email("alice"), OwnerRoster.Entry.active("A"),
            email("bob"), OwnerRoster.Entry.active("B"),
            email("carol"), OwnerRoster.Entry.active("C"),
            email("dave"), OwnerRoster.Entry.active("D"),
            email("ops"), OwnerRoster.Entry.active("OPS"),
            email("nurture"), OwnerRoster.Entry.active("N"),
            email("gone"), OwnerRoster.Entry.inactive("G")));

    @Test
    void keepsASalesOwnerWhenAssigningOnlyUnownedLeads() {
        Assignment a = router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN)).route(LEAD, US, owned("D"),
                OpenMqls.none());

        assertThat(a.how()).isEqualTo(Assignment.How.KEPT);
        assertThat(a.owner()).contains(new OwnerId("D"));
    }

    @Test
    void marketingAndNurtureOwnersCountAsNoOwner() {
        Router router = router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN));

        assertThat(router.route(LEAD, US, owned("OPS"), OpenMqls.none()).how()).isEqualTo(Assignment.How.ROUND_ROBIN);
        assertThat(router.route(LEAD, US, owned("N"), OpenMqls.none()).how()).isEqualTo(Assignment.How.ROUND_ROBIN);
        assertThat(router.route(LEAD, US, CrmState.empty(), OpenMqls.none()).how()).isEqualTo(Assignment.How.ROUND_ROBIN);
    }

    @Test
    void aLeadOwnedByAnInactiveOwnerIsRoutedAsIfUnowned() {
        Router router = router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN));

        Assignment a = router.route(LEAD, US, owned("G"), OpenMqls.none());

        assertThat(a.how()).isEqualTo(Assignment.How.ROUND_ROBIN);
        assertThat(a.owner()).isPresent().get().isNotEqualTo(new OwnerId("G"));
        assertThat(router.route(LEAD, US, owned("QUEUE-WITHOUT-EMAIL"), OpenMqls.none()).how())
                .as("an owner the roster does not list (a queue) is kept").isEqualTo(Assignment.How.KEPT);
    }

    @Test
    void assignWhenAlwaysReplacesASalesOwner() {
        Assignment a = router(config(AssignWhen.ALWAYS, RoutingStrategy.ROUND_ROBIN)).route(LEAD, US, owned("D"),
                OpenMqls.none());

        assertThat(a.owner()).contains(new OwnerId("A"));
    }

    @Test
    void theFirstMatchingRulePicksThePoolAndOtherLeadsGoToTheDefaultPool() {
        Router router = router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN));

        assertThat(ownersOf(router, US, 4)).containsExactly("A", "B", "A", "B");
        assertThat(ownersOf(router, DE, 2)).containsExactly("C", "C");
    }

    @Test
    void prefersTheAccountOwnerWhenThatOwnerIsInAPool() {
        RoutingConfig base = config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN);
        Router router = router(new RoutingConfig(base.assignWhen(), base.marketingOwners(), base.strategy(), true,
                base.rules(), base.defaultPool()));

        assertThat(router.route(LEAD, US, account("C"), OpenMqls.none()))
                .isEqualTo(new Assignment(Optional.of(new OwnerId("C")), Assignment.How.ACCOUNT_OWNER, List.of()));
        assertThat(router.route(LEAD, US, account("D"), OpenMqls.none()).how())
                .as("an account owner outside every pool is not taken")
                .isEqualTo(Assignment.How.ROUND_ROBIN);
    }

    @Test
    void ignoresTheAccountOwnerUnlessConfigured() {
        Router router = router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN));

        assertThat(router.route(LEAD, DE, account("A"), OpenMqls.none()).owner()).contains(new OwnerId("C"));
    }

    @Test
    void skipsInactiveAndUnknownOwnersWithAWarningThatNamesNoEmail() {
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(), RoutingStrategy.ROUND_ROBIN, false,
                List.of(), List.of(email("gone"), email("nobody"), email("bob")));
        Router router = router(config);

        assertThat(ownersOf(router, DE, 3)).containsExactly("B", "B", "B");
        assertThat(router.warnings()).containsExactly(
                "routing.defaultPool[0]: the owner is inactive in the CRM; skipped",
                "routing.defaultPool[1]: not an owner in the CRM; skipped");
    }

    @Test
    void warnsAboutMarketingAndNurtureOwnersTheCrmDoesNotKnow() {
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(email("ops"), email("ghost")),
                RoutingStrategy.ROUND_ROBIN, false, List.of(), List.of(email("alice")));

        Router router = new Router(config, Optional.of(email("gone")), OwnerRoster.of(owners), positions);

        assertThat(router.warnings()).containsExactly("routing.marketingOwners[1]: not an owner in the CRM; skipped",
                "lifecycle.nurtureOwner: the owner is inactive in the CRM; skipped");
    }

    @Test
    void theRosterResolvesOnlyActiveOwners() {
        OwnerRoster roster = OwnerRoster.of(owners);

        assertThat(roster.activeId(email("nurture"))).contains(new OwnerId("N"));
        assertThat(roster.activeId(email("gone"))).isEmpty();
        assertThat(roster.activeId(email("nobody"))).isEmpty();
    }

    @Test
    void aRulePoolWithNobodyActiveFallsBackToTheDefaultPool() {
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(), RoutingStrategy.ROUND_ROBIN, false,
                List.of(new RoutingRule(TestLifecycle.in("country", "US"), List.of(email("gone")))),
                List.of(email("carol")));

        assertThat(router(config).route(LEAD, US, CrmState.empty(), OpenMqls.none()).owner())
                .contains(new OwnerId("C"));
    }

    @Test
    void anEmptyPoolLeavesTheLeadUnassignedAndReportsIt() {
        RoutingConfig config = new RoutingConfig(AssignWhen.UNOWNED, List.of(), RoutingStrategy.ROUND_ROBIN, false,
                List.of(new RoutingRule(TestLifecycle.in("country", "US"), List.of(email("alice")))),
                List.of(email("gone")));

        Assignment a = router(config).route(LEAD, DE, CrmState.empty(), OpenMqls.none());

        assertThat(a.how()).isEqualTo(Assignment.How.UNASSIGNED);
        assertThat(a.owner()).isEmpty();
        assertThat(a.problems()).containsExactly(
                "lead 7: no active owner in the matching pool or routing.defaultPool; left unassigned");
    }

    @Test
    void leastLoadedPicksTheOwnerWithFewestOpenMqls() {
        Router router = router(poolOfThree(RoutingStrategy.LEAST_LOADED));
        OpenMqls load = new OpenMqls(Map.of(new OwnerId("A"), 5, new OwnerId("B"), 2, new OwnerId("C"), 3));

        assertThat(router.route(LEAD, DE, CrmState.empty(), load).owner()).contains(new OwnerId("B"));
        assertThat(router.route(LEAD, DE, CrmState.empty(), load).how()).isEqualTo(Assignment.How.LEAST_LOADED);
    }

    @Test
    void leastLoadedBreaksTiesInTurn() {
        Router router = router(poolOfThree(RoutingStrategy.LEAST_LOADED));
        OpenMqls tiedAandC = new OpenMqls(Map.of(new OwnerId("A"), 1, new OwnerId("B"), 4, new OwnerId("C"), 1));
        OpenMqls allEqual = OpenMqls.none();

        List<String> tied = IntStream.range(0, 4)
                .mapToObj(i -> router.route(LEAD, DE, CrmState.empty(), tiedAandC).owner().orElseThrow().value())
                .toList();
        assertThat(tied).containsOnly("A", "C").contains("A", "C");
        Router fresh = new Router(poolOfThree(RoutingStrategy.LEAST_LOADED), Optional.empty(), OwnerRoster.of(owners),
                new InMemoryRoundRobinPositions());
        assertThat(ownersOf(fresh, DE, 6, allEqual)).containsExactly("A", "B", "C", "A", "B", "C");
    }

    @Test
    void leastLoadedCountsAccumulatedByTheCallerSpreadLeadsEvenly() {
        Router router = router(poolOfThree(RoutingStrategy.LEAST_LOADED));
        Map<OwnerId, Integer> counts = new LinkedHashMap<>(Map.of(new OwnerId("A"), 3));

        for (int i = 0; i < 9; i++) {
            OwnerId owner = router.route(LEAD, DE, CrmState.empty(), new OpenMqls(counts)).owner().orElseThrow();
            counts.merge(owner, 1, Integer::sum);
        }

        assertThat(counts).containsEntry(new OwnerId("A"), 4).containsEntry(new OwnerId("B"), 4)
                .containsEntry(new OwnerId("C"), 4);
    }

    @Test
    void aPoolsTurnSurvivesANewRouterOnTheSamePositions() {
        assertThat(ownersOf(router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN)), US, 1)).containsExactly("A");
        assertThat(ownersOf(router(config(AssignWhen.UNOWNED, RoutingStrategy.ROUND_ROBIN)), US, 1)).containsExactly("B");
    }

    private List<String> ownersOf(Router router, Fields fields, int n) {
        return ownersOf(router, fields, n, OpenMqls.none());
    }

    private static List<String> ownersOf(Router router, Fields fields, int n, OpenMqls load) {
        List<String> owners = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            owners.add(router.route(LEAD, fields, CrmState.empty(), load).owner().orElseThrow().value());
        }
        return owners;
    }

    private Router router(RoutingConfig config) {
        return new Router(config, Optional.of(email("nurture")), OwnerRoster.of(owners), positions);
    }

    private static RoutingConfig config(AssignWhen assignWhen, RoutingStrategy strategy) {
        return new RoutingConfig(assignWhen, List.of(email("ops")), strategy, false,
                List.of(new RoutingRule(TestLifecycle.in("country", "US", "CA"), List.of(email("alice"), email("bob")))),
                List.of(email("carol")));
    }

    private static RoutingConfig poolOfThree(RoutingStrategy strategy) {
        return new RoutingConfig(AssignWhen.UNOWNED, List.of(), strategy, false, List.of(),
                List.of(email("alice"), email("bob"), email("carol")));
    }

    private static CrmState owned(String owner) {
        return new CrmState(Optional.empty(), Optional.empty(), Optional.of(new OwnerId(owner)), Optional.empty(),
                CrmState.Conversion.NOT_CONVERTED);
    }

    private static CrmState account(String owner) {
        return new CrmState(Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(new OwnerId(owner)),
                CrmState.Conversion.NOT_CONVERTED);
    }

    static OwnerEmail email(String name) {
        return new OwnerEmail(name + "@acme.com");
    }
}
