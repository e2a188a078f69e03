package io.mqlsync.app.daemon;

import io.mqlsync.core.config.Schedule;
import java.util.Objects;

/**
 * One instance the daemon keeps in sync.
 *
 * @param instance its name ({@code instance:} of its config): the Quartz job's name
 * @param schedule its cron expression and zone
 * @param runner   runs it
 */
public record ScheduledInstance(String instance, Schedule schedule, InstanceRunner runner) {
    public ScheduledInstance {
        Objects.requireNonNull(instance, "instance");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(runner, "runner");
    }
}
