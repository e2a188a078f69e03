package io.mqlsync.core.planning;

import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.model.OwnerId;
import java.util.Objects;
import java.util.Optional;

/**
 * What the change planner needs from an instance's config, with owners already resolved to CRM ids.
 *
 * @param instance     the instance name, part of each task's idempotency key
 * @param writeBack    property names and what is written at SQL
 * @param tasks        the handoff task
 * @param lifecycle    the CRM values written on transitions and the stage order
 * @param nurtureOwner the resolved, active nurture owner; empty: recycled leads lose their owner
 */
public record PlannerSettings(String instance, WriteBackConfig writeBack, TasksConfig tasks, LifecycleConfig lifecycle,
                              Optional<OwnerId> nurtureOwner) {
    public PlannerSettings {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(writeBack, "writeBack");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(nurtureOwner, "nurtureOwner");
    }
}
