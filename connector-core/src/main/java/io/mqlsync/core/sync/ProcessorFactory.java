package io.mqlsync.core.sync;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.ChangePlanner;
import io.mqlsync.core.planning.NextRescore;
import io.mqlsync.core.planning.PlannerSettings;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.routing.RoundRobinPositions;
import io.mqlsync.core.routing.Router;
import io.mqlsync.core.scoring.Scorer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Builds the pure parts of one instance (scorer, lifecycle policy, router, planner) from its config and
 * the CRM's owners, so that a live run and a dry run differ only in where round-robin turns are kept.
 */
public final class ProcessorFactory {
    private final InstanceConfig config;
    private final OwnerRoster roster;

    /**
     * @param config the instance's config
     * @param roster the CRM's owners by email, read once per run
     */
    public ProcessorFactory(InstanceConfig config, OwnerRoster roster) {
        this.config = Objects.requireNonNull(config, "config");
        this.roster = Objects.requireNonNull(roster, "roster");
    }

    /** A processor whose round-robin turns go to {@code positions}. */
    public LeadProcessor processor(RoundRobinPositions positions) {
        return new LeadProcessor(new Scorer(config.model()), new LifecyclePolicy(config.lifecycle()), router(positions),
                new ChangePlanner(new PlannerSettings(config.instance(), config.writeBack(), config.tasks(),
                        config.lifecycle(), nurtureOwner()), new NextRescore(config.model())));
    }

    /** Config owners the CRM does not know or reports inactive, by config path; never emails. */
    public List<String> warnings() {
        return router(poolKey -> 0).warnings();
    }

    private Router router(RoundRobinPositions positions) {
        return new Router(config.routing(), config.lifecycle().nurtureOwner(), roster, positions);
    }

    private Optional<OwnerId> nurtureOwner() {
        return config.lifecycle().nurtureOwner().flatMap(roster::activeId);
    }
}
