package io.mqlsync.app.daemon;

import io.mqlsync.core.config.Schedule;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

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

    /**
     * The time between a schedule's next two fires after {@code now}, for alerts ("no success for two
     * intervals"); empty when it fires fewer than twice more.
     *
     * @throws IllegalArgumentException when the expression does not parse (the config loader has checked it)
     */
    public static Optional<Duration> interval(Schedule schedule, Instant now) {
        try {
            CronExpression cron = new CronExpression(schedule.cron());
            cron.setTimeZone(TimeZone.getTimeZone(schedule.zone()));
            Optional<Date> next = Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(now)));
            Optional<Date> after = next.map(cron::getNextValidTimeAfter);
            return next.flatMap(n -> after.map(a -> Duration.between(n.toInstant(), a.toInstant())));
        } catch (ParseException e) {
            throw new IllegalArgumentException("schedule.cron does not parse", e);
        }
    }
}
