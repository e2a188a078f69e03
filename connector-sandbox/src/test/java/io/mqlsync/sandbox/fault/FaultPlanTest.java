package io.mqlsync.sandbox.fault;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FaultPlanTest {

    private static final RequestFacts SEARCH = new RequestFacts("POST", "/crm/v3/objects/contacts/search", "contacts.search");
    private static final RequestFacts READ = new RequestFacts("GET", "/crm/v3/objects/contacts/1", "contacts.get");

    @Test
    void onNthFailsOnlyTheNthMatchingRequest() {
        FaultPlan plan = new FaultPlan();
        plan.add(new FaultRule(RequestMatcher.operation("contacts.search"), FaultTrigger.onNth(3),
                Fault.of(FaultKind.SERVER_ERROR)));
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            plan.decide(READ);
            failed.add(plan.decide(SEARCH).isPresent());
        }
        assertThat(failed).containsExactly(false, false, true, false, false);
    }

    @Test
    void percentTriggerWithTheSameSeedFailsTheSameRequests() {
        assertThat(pattern(7)).isEqualTo(pattern(7)).isNotEqualTo(pattern(8));
        long failures = pattern(7).stream().filter(f -> f).count();
        assertThat(failures).isBetween(150L, 250L);
    }

    @Test
    void pathPredicateAndMethodSelectRequests() {
        FaultPlan plan = new FaultPlan();
        plan.add(new FaultRule(RequestMatcher.pathMatches("/crm/v3/objects/contacts/\\d+").and(RequestMatcher.method("GET")),
                FaultTrigger.always(), Fault.of(FaultKind.CONNECTION_RESET)));
        assertThat(plan.decide(READ)).map(Fault::kind).contains(FaultKind.CONNECTION_RESET);
        assertThat(plan.decide(SEARCH)).isEmpty();
    }

    @Test
    void timesFailsAConsecutiveRunAndClearRestoresService() {
        FaultPlan plan = new FaultPlan();
        plan.add(new FaultRule(RequestMatcher.any(), FaultTrigger.times(2, 3), Fault.of(FaultKind.RATE_LIMITED)));
        List<Optional<Fault>> decided = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            decided.add(plan.decide(READ));
        }
        assertThat(decided).extracting(Optional::isPresent).containsExactly(false, true, true, true, false, false);
        plan.add(new FaultRule(RequestMatcher.any(), FaultTrigger.always(), Fault.of(FaultKind.STALL)));
        plan.clear();
        assertThat(plan.decide(READ)).isEmpty();
    }

    private static List<Boolean> pattern(long seed) {
        FaultPlan plan = new FaultPlan();
        plan.add(new FaultRule(RequestMatcher.any(), FaultTrigger.percent(20, seed), Fault.of(FaultKind.BAD_GATEWAY)));
        List<Boolean> failed = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            failed.add(plan.decide(READ).isPresent());
        }
        return failed;
    }
}
