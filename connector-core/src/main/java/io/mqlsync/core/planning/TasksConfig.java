package io.mqlsync.core.planning;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code tasks} block of an instance config: the handoff task created on each MQL transition.
 *
 * @param enabled       whether a task is created at all
 * @param sla           how long sales has to follow up
 * @param businessHours when present, the SLA counts only these hours
 * @param priority      the task's priority
 * @param subject       the subject template
 */
public record TasksConfig(boolean enabled, Duration sla, Optional<BusinessHours> businessHours, TaskPriority priority,
                          SubjectTemplate subject) {
    public TasksConfig {
        Objects.requireNonNull(sla, "sla");
        Objects.requireNonNull(businessHours, "businessHours");
        Objects.requireNonNull(priority, "priority");
        Objects.requireNonNull(subject, "subject");
        if (sla.isNegative() || sla.isZero()) {
            throw new IllegalArgumentException("the SLA must be positive");
        }
    }

    /** When a task created at {@code now} is due: now + SLA, counted in business hours when configured. */
    public Instant dueAt(Instant now) {
        return businessHours.map(hours -> hours.addTo(now, sla)).orElse(now.plus(sla));
    }
}
