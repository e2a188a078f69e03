package io.mqlsync.core.config;

import java.text.ParseException;
import java.time.ZoneId;
import java.util.Optional;
import org.quartz.CronExpression;

/**
 * Binds the {@code schedule} block: {@code cron} (default every 15 minutes) parsed by Quartz's own
 * {@link CronExpression}, so what loads here is exactly what the daemon schedules, and {@code zone}
 * (default UTC).
 */
final class ScheduleBinder {
    private ScheduleBinder() {
    }

    /** @return the schedule, or empty when the block has problems (each reported) */
    static Optional<Schedule> bind(ConfigNode node, Findings findings) {
        Binding binding = new Binding(findings);
        BlockReader b = new BlockReader(node, findings);
        String cron = b.text("cron").orElse(Schedule.DEFAULT.cron());
        try {
            CronExpression.validateExpression(cron);
        } catch (ParseException e) {
            findings.add(b.child("cron"), "\"" + cron + "\" is not a Quartz cron expression "
                    + "(seconds minutes hours day-of-month month day-of-week [year], e.g. \"0 */15 * * * ?\"): "
                    + reason(e));
        }
        ZoneId zone = b.zone("zone").orElse(Schedule.DEFAULT.zone());
        return binding.result(() -> new Schedule(cron, zone));
    }

    /**
     * Quartz's words, without its trailing period and without the fragment it quotes: the expression may
     * come from the environment, and a fragment of a secret (upper-cased) would escape the masking.
     */
    private static String reason(ParseException e) {
        String message = e.getMessage() == null ? "invalid" : e.getMessage().replaceAll(":?\\s*'[^']*'", "").strip();
        return message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
    }
}
