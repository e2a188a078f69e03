package io.mqlsync.core.config;

import java.time.ZoneId;
import java.util.Objects;

/**
 * When the daemon runs an instance: a Quartz cron expression (seconds first, {@code ?} in one of the
 * day fields) read in a zone. Checked with Quartz's own parser when the config loads.
 *
 * @param cron the expression, e.g. {@code 0 *}{@code /15 * * * ?}
 * @param zone the zone the expression is read in
 */
public record Schedule(String cron, ZoneId zone) {
    /** Every 15 minutes, in UTC. */
    public static final Schedule DEFAULT = new Schedule("0 */15 * * * ?", ZoneId.of("UTC"));

    public Schedule {
        Objects.requireNonNull(cron, "cron");
        Objects.requireNonNull(zone, "zone");
    }
}
