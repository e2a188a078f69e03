package io.mqlsync.core.config;

import io.mqlsync.core.lifecycle.LifecycleConfig;
import io.mqlsync.core.planning.TasksConfig;
import io.mqlsync.core.planning.WriteBackConfig;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.scoring.ScoringModel;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.SchemaRequirements;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One CRM instance's config (DESIGN section 4), loaded, interpolated and validated, with every default
 * of its CRM applied. Immutable; safe to share between threads.
 *
 * @param file        the config file as the user named it
 * @param instance    the instance's name ({@code instance:}), used in logs, metrics and the state file
 * @param crm         which CRM ({@code crm:})
 * @param crmSettings the CRM's own block ({@code hubspot:} or {@code salesforce:}), interpolated, for
 *                    the provider; a problem reported on it now throws {@link ConfigException}
 * @param schedule    when the daemon runs it
 * @param modelFile   the scoring model's file, resolved against the config file
 * @param model       the scoring model
 * @param fields      which CRM property holds each canonical field
 * @param writeBack   how mqlsync's properties are named
 * @param routing     owner routing on the MQL transition; no rules and an empty default pool when the
 *                    block is absent (leads keep their owner)
 * @param tasks       the handoff task
 * @param lifecycle   the lifecycle signals and CRM values
 * @param state       where local state is kept
 */
public record InstanceConfig(Path file, String instance, CrmKind crm, ConfigBlock crmSettings, Schedule schedule,
                             Path modelFile, ScoringModel model, FieldMapping fields, WriteBackConfig writeBack,
                             RoutingConfig routing, TasksConfig tasks, LifecycleConfig lifecycle,
                             StateSettings state) {
    public InstanceConfig {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(crm, "crm");
        Objects.requireNonNull(crmSettings, "crmSettings");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(modelFile, "modelFile");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(writeBack, "writeBack");
        Objects.requireNonNull(routing, "routing");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(lifecycle, "lifecycle");
        Objects.requireNonNull(state, "state");
    }

    /** The CRM key as written in the config: {@code hubspot} or {@code salesforce}. */
    /** What this instance needs in the CRM's schema: its properties, rejection reasons and the lead statuses it writes. */
    public SchemaRequirements schemaRequirements() {
        return new SchemaRequirements(writeBack, List.copyOf(lifecycle.reasons().keySet()), lifecycle.leadStatusesWritten());
    }

    public String crmKey() {
        return crm.key();
    }
}
