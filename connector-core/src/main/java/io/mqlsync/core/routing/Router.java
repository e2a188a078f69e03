package io.mqlsync.core.routing;

import io.mqlsync.core.model.CrmState;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.scoring.Condition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the owner of a lead on its MQL transition (DESIGN section 7): keeps a sales owner unless
 * {@code assignWhen: always}, prefers the account owner when asked, else takes the pool of the first
 * matching rule (or the default pool) and picks in turn or by load. Owners the CRM does not know or
 * reports inactive are skipped once, at construction, and listed in {@link #warnings()}; a pool left
 * with nobody leaves the lead unassigned and says so. Pure apart from the position port. Thread-safe
 * when the port is.
 */
public final class Router {
    private static final String DEFAULT_POOL_PATH = "routing.defaultPool";

    private final RoutingConfig config;
    private final OwnerRoster roster;
    private final RoundRobinPositions positions;
    private final List<String> warnings = new ArrayList<>();
    private final List<Pool> rulePools = new ArrayList<>();
    private final Pool defaultPool;
    private final Set<OwnerId> pooled = new HashSet<>();
    private final Set<OwnerId> noSalesOwner = new HashSet<>();

    /**
     * @param config       the routing block
     * @param nurtureOwner the lifecycle's nurture owner, who counts as "no sales owner" like marketing owners
     * @param roster       the CRM's owners by email
     * @param positions    where each round-robin pool stands
     */
    public Router(RoutingConfig config, Optional<OwnerEmail> nurtureOwner, OwnerRoster roster,
                  RoundRobinPositions positions) {
        this.config = Objects.requireNonNull(config, "config");
        this.positions = Objects.requireNonNull(positions, "positions");
        this.roster = Objects.requireNonNull(roster, "roster");
        for (int i = 0; i < config.rules().size(); i++) {
            RoutingRule rule = config.rules().get(i);
            rulePools.add(resolve("routing.rules[" + i + "].pool", Optional.of(rule.condition()), rule.pool(), roster));
        }
        defaultPool = resolve(DEFAULT_POOL_PATH, Optional.empty(), config.defaultPool(), roster);
        for (int i = 0; i < config.marketingOwners().size(); i++) {
            known("routing.marketingOwners[" + i + "]", config.marketingOwners().get(i), roster)
                    .ifPresent(e -> noSalesOwner.add(e.id()));
        }
        nurtureOwner.flatMap(email -> known("lifecycle.nurtureOwner", email, roster))
                .ifPresent(e -> noSalesOwner.add(e.id()));
    }

    /** Config owners skipped because the CRM does not know them or reports them inactive; never emails. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * @param lead   the lead's id, for problems
     * @param fields the lead's fields, for the rule conditions
     * @param crm    the lead's CRM owner, account owner and lifecycle fields
     * @param load   open MQLs per owner, for {@code least-loaded}
     * @return the assignment; never null, never an exception for an empty pool
     */
    public Assignment route(LeadId lead, Fields fields, CrmState crm, OpenMqls load) {
        Optional<OwnerId> current = crm.owner();
        // an inactive owner cannot work the lead (and the CRM refuses a task for one): the lead is routed
        if (config.assignWhen() == AssignWhen.UNOWNED
                && current.filter(o -> !noSalesOwner.contains(o) && !roster.isInactive(o)).isPresent()) {
            return new Assignment(current, Assignment.How.KEPT, List.of());
        }
        if (config.preferAccountOwner() && crm.accountOwner().filter(pooled::contains).isPresent()) {
            return new Assignment(crm.accountOwner(), Assignment.How.ACCOUNT_OWNER, List.of());
        }
        Fields withCrm = crm.onto(fields);
        Pool pool = rulePools.stream()
                .filter(p -> p.condition.orElseThrow().test(withCrm))
                .findFirst()
                .filter(p -> !p.members.isEmpty())
                .orElse(defaultPool);
        if (pool.members.isEmpty()) {
            return new Assignment(Optional.empty(), Assignment.How.UNASSIGNED, List.of("lead " + lead
                    + ": no active owner in the matching pool or " + DEFAULT_POOL_PATH + "; left unassigned"));
        }
        return config.strategy() == RoutingStrategy.ROUND_ROBIN ? inTurn(pool) : leastLoaded(pool, load);
    }

    private Assignment inTurn(Pool pool) {
        OwnerId owner = pool.members.get(turn(pool));
        return new Assignment(Optional.of(owner), Assignment.How.ROUND_ROBIN, List.of());
    }

    private Assignment leastLoaded(Pool pool, OpenMqls load) {
        int fewest = pool.members.stream().mapToInt(load::of).min().orElseThrow();
        int start = turn(pool);
        int size = pool.members.size();
        for (int i = 0; i < size; i++) {
            OwnerId candidate = pool.members.get((start + i) % size);
            if (load.of(candidate) == fewest) {
                return new Assignment(Optional.of(candidate), Assignment.How.LEAST_LOADED, List.of());
            }
        }
        throw new IllegalStateException("a pool member has the fewest open MQLs");
    }

    private int turn(Pool pool) {
        long position = positions.getAndAdvance(pool.key);
        return (int) Math.floorMod(position, (long) pool.members.size());
    }

    private Pool resolve(String path, Optional<Condition> condition, List<OwnerEmail> emails, OwnerRoster roster) {
        Set<OwnerId> members = new LinkedHashSet<>();
        for (int i = 0; i < emails.size(); i++) {
            known(path + "[" + i + "]", emails.get(i), roster).ifPresent(e -> members.add(e.id()));
        }
        pooled.addAll(members);
        return new Pool(condition, List.copyOf(members));
    }

    private Optional<OwnerRoster.Entry> known(String path, OwnerEmail email, OwnerRoster roster) {
        Optional<OwnerRoster.Entry> entry = roster.find(email);
        if (entry.isEmpty()) {
            warnings.add(path + ": not an owner in the CRM; skipped");
        } else if (entry.get().status() == OwnerRoster.Status.INACTIVE) {
            warnings.add(path + ": the owner is inactive in the CRM; skipped");
            return Optional.empty();
        }
        return entry;
    }

    /** A pool of active owners; its round-robin key is made of their CRM ids, in config order. */
    private static final class Pool {
        private final Optional<Condition> condition;
        private final List<OwnerId> members;
        private final String key;

        Pool(Optional<Condition> condition, List<OwnerId> members) {
            this.condition = condition;
            this.members = members;
            this.key = "pool:" + members.stream().map(OwnerId::value).collect(Collectors.joining(","));
        }
    }
}
