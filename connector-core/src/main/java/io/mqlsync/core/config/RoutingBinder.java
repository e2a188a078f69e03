package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.routing.AssignWhen;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.routing.RoutingRule;
import io.mqlsync.core.routing.RoutingStrategy;
import io.mqlsync.core.scoring.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code routing} block. Without the block no owner is assigned (leads keep theirs); with it,
 * a default pool is required so that a lead no rule matches still gets an owner. Problems never quote
 * an email: they name the position ({@code routing.rules[0].pool[2]}).
 */
public final class RoutingBinder {
    private static final Map<String, AssignWhen> ASSIGN_WHEN = ordered("unowned", AssignWhen.UNOWNED,
            "always", AssignWhen.ALWAYS);
    private static final Map<String, RoutingStrategy> STRATEGIES = ordered("round-robin", RoutingStrategy.ROUND_ROBIN,
            "least-loaded", RoutingStrategy.LEAST_LOADED);

    private RoutingBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    public static Optional<RoutingConfig> bind(JsonNode node, String path, ProblemCollector problems,
                                               ConditionReader conditions) {
        Binding binding = new Binding(problems);
        Optional<BlockReader> block = BlockReader.of(node, path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        BlockReader b = block.get();
        b.allowOnly(Set.of("assignWhen", "marketingOwners", "strategy", "accountOwner", "rules", "defaultPool"));
        AssignWhen assignWhen = b.choice("assignWhen", ASSIGN_WHEN).orElse(AssignWhen.UNOWNED);
        RoutingStrategy strategy = b.choice("strategy", STRATEGIES).orElse(RoutingStrategy.ROUND_ROBIN);
        boolean accountOwner = b.bool("accountOwner").orElse(false);
        List<OwnerEmail> marketing = owners(b, "marketingOwners").orElse(List.of());
        List<RoutingRule> rules = b.list("rules", (rule, where) -> rule(b, rule, where, conditions)).orElse(List.of());
        List<OwnerEmail> defaultPool = owners(b, "defaultPool").orElse(List.of());
        if (!b.isEmpty() && !b.has("defaultPool")) {
            problems.add(b.at("defaultPool"), "required: the owners of leads no rule matches");
        } else if (b.node("defaultPool").filter(n -> n.isArray() && n.isEmpty()).isPresent()) {
            problems.add(b.at("defaultPool"), "must name at least one owner");
        }
        reportMarketingOwnersInPools(b, marketing, rules, defaultPool);
        return binding.result(() -> new RoutingConfig(assignWhen, marketing, strategy, accountOwner, rules, defaultPool));
    }

    private static Optional<RoutingRule> rule(BlockReader b, JsonNode node, String where, ConditionReader conditions) {
        return BlockReader.of(node, where, b.problems()).flatMap(r -> {
            r.allowOnly(Set.of("if", "pool"));
            Optional<Condition> condition = r.node("if").flatMap(n -> conditions.read(n, r.at("if"), b.problems()));
            if (!r.has("if")) {
                b.problems().add(r.at("if"), "required: which leads go to this pool");
            }
            Optional<List<OwnerEmail>> pool = owners(r, "pool");
            if (!r.has("pool")) {
                b.problems().add(r.at("pool"), "required: the owners of this rule's leads");
            } else if (pool.filter(List::isEmpty).isPresent()) {
                b.problems().add(r.at("pool"), "must name at least one owner");
                return Optional.empty();
            }
            return condition.flatMap(c -> pool.map(p -> new RoutingRule(c, p)));
        });
    }

    /** A list of owner emails, each given once. */
    private static Optional<List<OwnerEmail>> owners(BlockReader b, String key) {
        Optional<List<String>> emails = b.list(key, b.text());
        if (emails.isEmpty()) {
            return Optional.empty();
        }
        List<OwnerEmail> owners = new ArrayList<>();
        Map<OwnerEmail, Integer> seen = new HashMap<>();
        boolean clean = true;
        for (int i = 0; i < emails.get().size(); i++) {
            String where = b.at(key) + "[" + i + "]";
            String email = emails.get().get(i);
            if (!OwnerEmail.looksLikeEmail(email)) {
                b.problems().add(where, "is not an email address");
                clean = false;
                continue;
            }
            OwnerEmail owner = new OwnerEmail(email);
            Integer first = seen.putIfAbsent(owner, i);
            if (first != null) {
                b.problems().add(where, "owner given twice (same as " + key + "[" + first + "])");
                clean = false;
            }
            owners.add(owner);
        }
        return clean ? Optional.of(owners) : Optional.empty();
    }

    /** A marketing owner in a pool would be assigned leads that then count as unowned. */
    private static void reportMarketingOwnersInPools(BlockReader b, List<OwnerEmail> marketing, List<RoutingRule> rules,
                                                     List<OwnerEmail> defaultPool) {
        for (int r = 0; r < rules.size(); r++) {
            List<OwnerEmail> pool = rules.get(r).pool();
            for (int i = 0; i < pool.size(); i++) {
                if (marketing.contains(pool.get(i))) {
                    b.problems().add(b.at("rules") + "[" + r + "].pool[" + i + "]", "is also a marketing owner");
                }
            }
        }
        for (int i = 0; i < defaultPool.size(); i++) {
            if (marketing.contains(defaultPool.get(i))) {
                b.problems().add(b.at("defaultPool") + "[" + i + "]", "is also a marketing owner");
            }
        }
    }

    private static <T> Map<String, T> ordered(String k1, T v1, String k2, T v2) {
        Map<String, T> map = new LinkedHashMap<>();
        map.put(k1, v1);
        map.put(k2, v2);
        return map;
    }
}
