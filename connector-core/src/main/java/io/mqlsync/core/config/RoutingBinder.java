package io.mqlsync.core.config;

import io.mqlsync.core.config.ConditionCompiler.Scope;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.routing.AssignWhen;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.routing.RoutingRule;
import io.mqlsync.core.routing.RoutingStrategy;
import io.mqlsync.core.scoring.Condition;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the {@code routing} block. Without the block no owner is assigned (leads keep theirs); with it,
 * a default pool is required so that a lead no rule matches still gets an owner. Problems never quote
 * an email: they name the position ({@code routing.rules[0].pool[2]}).
 */
final class RoutingBinder {
    private static final Map<String, AssignWhen> ASSIGN_WHEN = Map.of("unowned", AssignWhen.UNOWNED,
            "always", AssignWhen.ALWAYS);
    private static final Map<String, RoutingStrategy> STRATEGIES = Map.of("round-robin", RoutingStrategy.ROUND_ROBIN,
            "least-loaded", RoutingStrategy.LEAST_LOADED);

    private RoutingBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    static Optional<RoutingConfig> bind(ConfigNode node, Findings findings, ConditionCompiler conditions) {
        Binding binding = new Binding(findings);
        BlockReader b = new BlockReader(node, findings);
        AssignWhen assignWhen = b.choice("assignWhen", ASSIGN_WHEN).orElse(AssignWhen.UNOWNED);
        RoutingStrategy strategy = b.choice("strategy", STRATEGIES).orElse(RoutingStrategy.ROUND_ROBIN);
        boolean accountOwner = b.bool("accountOwner").orElse(false);
        List<OwnerEmail> marketing = owners(b.child("marketingOwners"), findings).orElse(List.of());
        List<RoutingRule> rules = b.list("rules", rule -> rule(rule, findings, conditions)).orElse(List.of());
        List<OwnerEmail> defaultPool = owners(b.child("defaultPool"), findings).orElse(List.of());
        if (!b.isEmpty()) {
            b.require("defaultPool", "the owners of leads no rule matches");
        }
        if (b.child("defaultPool").value().isArray() && b.child("defaultPool").value().isEmpty()) {
            findings.add(b.child("defaultPool"), "must name at least one owner");
        }
        reportMarketingOwnersInPools(b, marketing, rules, defaultPool);
        return binding.result(() -> new RoutingConfig(assignWhen, marketing, strategy, accountOwner, rules, defaultPool));
    }

    private static Optional<RoutingRule> rule(ConfigNode node, Findings findings, ConditionCompiler conditions) {
        if (!node.isObject()) {
            return Optional.empty();
        }
        BlockReader r = new BlockReader(node, findings);
        r.require("if", "which leads go to this pool");
        Optional<Condition> condition = conditions.compile(r.child("if"), Scope.LEAD_FIELDS);
        r.require("pool", "the owners of this rule's leads");
        Optional<List<OwnerEmail>> pool = owners(r.child("pool"), findings);
        if (pool.filter(List::isEmpty).isPresent()) {
            findings.add(r.child("pool"), "must name at least one owner");
            return Optional.empty();
        }
        return condition.flatMap(c -> pool.map(p -> new RoutingRule(c, p)));
    }

    /** A list of owner emails, each given once; empty when absent or any is wrong. */
    private static Optional<List<OwnerEmail>> owners(ConfigNode list, Findings findings) {
        if (!list.value().isArray()) {
            return Optional.empty();
        }
        List<OwnerEmail> owners = new ArrayList<>();
        Map<OwnerEmail, Integer> seen = new HashMap<>();
        boolean clean = true;
        List<ConfigNode> elements = list.elements();
        for (int i = 0; i < elements.size(); i++) {
            ConfigNode element = elements.get(i);
            Optional<String> email = element.text().map(String::strip);
            if (email.isEmpty()) {
                clean = false; // of the wrong type: the schema's to report
                continue;
            }
            if (!OwnerEmail.looksLikeEmail(email.get())) {
                findings.add(element, "is not an email address");
                clean = false;
                continue;
            }
            OwnerEmail owner = new OwnerEmail(email.get());
            Integer first = seen.putIfAbsent(owner, i);
            if (first != null) {
                findings.add(element, "owner given twice (same as " + list.key() + "[" + first + "])");
                clean = false;
            }
            owners.add(owner);
        }
        return clean ? Optional.of(owners) : Optional.empty();
    }

    /** A marketing owner in a pool would be assigned leads that then count as unowned. */
    private static void reportMarketingOwnersInPools(BlockReader b, List<OwnerEmail> marketing, List<RoutingRule> rules,
                                                     List<OwnerEmail> defaultPool) {
        List<ConfigNode> ruleNodes = b.child("rules").elements();
        for (int r = 0; r < rules.size() && r < ruleNodes.size(); r++) {
            reportMarketingOwners(ruleNodes.get(r).child("pool"), rules.get(r).pool(), marketing, b.findings());
        }
        reportMarketingOwners(b.child("defaultPool"), defaultPool, marketing, b.findings());
    }

    private static void reportMarketingOwners(ConfigNode poolNode, List<OwnerEmail> pool, List<OwnerEmail> marketing,
                                              Findings findings) {
        List<ConfigNode> elements = poolNode.elements();
        for (int i = 0; i < pool.size() && i < elements.size(); i++) {
            if (marketing.contains(pool.get(i))) {
                findings.add(elements.get(i), "is also a marketing owner");
            }
        }
    }
}
