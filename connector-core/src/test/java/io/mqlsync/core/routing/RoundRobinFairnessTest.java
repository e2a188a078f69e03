package io.mqlsync.core.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class RoundRobinFairnessTest {
    private static final LeadId LEAD = new LeadId("1");

    @Property
    void nAssignmentsOverKOwnersGiveEachFloorOrCeilingOfNOverKAcrossRestarts(
            @ForAll @IntRange(min = 1, max = 7) int k,
            @ForAll @IntRange(min = 0, max = 300) int n,
            @ForAll @Size(max = 10) List<@IntRange(min = 0, max = 300) Integer> restartsAt,
            @ForAll RoutingStrategy strategy) {
        Map<OwnerEmail, OwnerRoster.Entry> roster = new HashMap<>();
        List<OwnerEmail> pool = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            OwnerEmail email = new OwnerEmail("owner" + i + "@acme.com");
            pool.add(email);
            roster.put(email, OwnerRoster.Entry.active("id" + i));
        }
        RoutingConfig config = new RoutingConfig(AssignWhen.ALWAYS, List.of(), strategy, false, List.of(), pool);
        RoundRobinPositions positions = new InMemoryRoundRobinPositions();
        Set<Integer> restarts = new TreeSet<>(restartsAt);

        Map<OwnerId, Integer> counts = new HashMap<>();
        Router router = newRouter(config, roster, positions);
        for (int i = 0; i < n; i++) {
            if (restarts.contains(i)) {
                router = newRouter(config, roster, positions); // a new process sharing only the persisted positions
            }
            OwnerId owner = router.route(LEAD, Fields.empty(), CrmState.empty(), OpenMqls.none()).owner().orElseThrow();
            counts.merge(owner, 1, Integer::sum);
        }

        for (int i = 0; i < k; i++) {
            assertThat(counts.getOrDefault(new OwnerId("id" + i), 0)).isBetween(n / k, (n + k - 1) / k);
        }
    }

    private static Router newRouter(RoutingConfig config, Map<OwnerEmail, OwnerRoster.Entry> roster,
                                    RoundRobinPositions positions) {
        return new Router(config, Optional.empty(), OwnerRoster.of(roster), positions);
    }
}
