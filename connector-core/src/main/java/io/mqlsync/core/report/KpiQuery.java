package io.mqlsync.core.report;

import io.mqlsync.core.planning.TasksConfig;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a KPI report covers and how it judges response times.
 *
 * @param since       the range's start (inclusive); {@link Instant#EPOCH} for all history
 * @param until       the range's end (exclusive): the report's now
 * @param by          how trends are cut
 * @param zone        the zone periods are cut in
 * @param tasks       the instance's handoff tasks: a response is within SLA when it comes by the task's due
 *                    time ({@code tasks.sla}, in business hours when configured)
 * @param expireAfter the instance's {@code lifecycle.expireAfter}, shown beside the expired count
 */
public record KpiQuery(Instant since, Instant until, ReportPeriod by, ZoneId zone, TasksConfig tasks, Duration expireAfter) {
    public KpiQuery {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(tasks, "tasks");
        Objects.requireNonNull(expireAfter, "expireAfter");
        if (!since.isBefore(until)) {
            throw new IllegalArgumentException("the report range is empty: since " + since + " is not before " + until);
        }
    }
}
