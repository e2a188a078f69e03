package io.mqlsync.app.daemon;

import io.mqlsync.core.sync.RunControl;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code mqlsync run} scheduler: a Quartz job per instance, fired on the instance's cron expression in
 * its zone. Alone, the schedule lives in memory; clustered ({@link ScheduleStore.Clustered}), it lives in
 * the shared PostgreSQL, each fire runs on exactly one worker, and the run of a worker that dies is
 * recovered by another (the job requests recovery; workers check in and watch each other).
 *
 * <pre>{@code
 * Daemon daemon = Daemon.start(instances, settings, observer, clock);
 * stopSignal.await();
 * daemon.stop(); // running syncs stop after their current page
 * }</pre>
 *
 * Thread-safe.
 */
public final class Daemon {
    /** The Quartz group of the daemon's jobs and triggers. */
    static final String GROUP = "mqlsync";
    private static final Logger LOG = LoggerFactory.getLogger(Daemon.class);

    private final Scheduler scheduler;
    private final List<String> instances;
    private final HealthBoard health;
    private final AtomicBoolean stopping;
    private final DaemonSettings settings;

    private Daemon(Scheduler scheduler, List<String> instances, HealthBoard health, AtomicBoolean stopping,
                   DaemonSettings settings) {
        this.scheduler = scheduler;
        this.instances = instances;
        this.health = health;
        this.stopping = stopping;
        this.settings = settings;
    }

    /**
     * Schedules every instance and starts firing.
     *
     * @param instances the instances, with distinct names; not empty
     * @param observer  hears how each fire ended
     * @param clock     the time health reports use
     * @throws DaemonException when the scheduler cannot start (the job store is unreachable)
     */
    public static Daemon start(List<ScheduledInstance> instances, DaemonSettings settings, RunObserver observer, Clock clock) {
        if (instances.isEmpty()) {
            throw new IllegalArgumentException("the daemon needs at least one instance");
        }
        Map<String, ScheduledInstance> byName = new LinkedHashMap<>();
        instances.forEach(i -> {
            if (byName.putIfAbsent(i.instance(), i) != null) {
                throw new IllegalArgumentException("instance " + i.instance() + " is given twice");
            }
        });
        Optional<String> dataSourceName = switch (settings.store()) {
            case ScheduleStore.InMemory m -> Optional.empty();
            case ScheduleStore.Clustered c -> Optional.of(register(c));
        };
        HealthBoard health = new HealthBoard(byName.keySet());
        AtomicBoolean stopping = new AtomicBoolean();
        RunControl control = new RunControl(stopping::get, settings.leaseTtl());
        Scheduler scheduler;
        try {
            scheduler = new StdSchedulerFactory(QuartzProperties.of(settings.store(), byName.size(), dataSourceName.orElse("")))
                    .getScheduler();
        } catch (SchedulerException e) {
            throw new DaemonException("the scheduler could not be created: " + e.getMessage(), e);
        }
        try {
            scheduler.setJobFactory((bundle, s) -> new InstanceJob(Map.copyOf(byName), settings, control, health, observer, clock));
            for (ScheduledInstance instance : byName.values()) {
                schedule(scheduler, instance, settings.store());
            }
            scheduler.start();
            LOG.info("worker {} scheduled {} instance(s){}", scheduler.getSchedulerInstanceId(), byName.size(),
                    settings.store() instanceof ScheduleStore.Clustered ? " in the cluster's shared schedule" : "");
            return new Daemon(scheduler, List.copyOf(byName.keySet()), health, stopping, settings);
        } catch (SchedulerException e) {
            shutDownQuietly(scheduler);
            throw new DaemonException("the scheduler could not start: " + e.getMessage(), e);
        }
    }

    /** After a failed start: the scheduler must not stay registered in Quartz's process-wide repository. */
    private static void shutDownQuietly(Scheduler scheduler) {
        try {
            scheduler.shutdown(false);
        } catch (SchedulerException e) {
            LOG.debug("shutting down a scheduler that failed to start failed too", e);
        }
    }

    /**
     * The job and its cron trigger. In a cluster another worker may have stored them already: a trigger
     * with the same expression and zone is left as it is (its next fire stands), another is replaced.
     */
    private static void schedule(Scheduler scheduler, ScheduledInstance instance, ScheduleStore store) throws SchedulerException {
        JobKey jobKey = JobKey.jobKey(instance.instance(), GROUP);
        TriggerKey triggerKey = TriggerKey.triggerKey(instance.instance(), GROUP);
        TimeZone zone = TimeZone.getTimeZone(instance.schedule().zone());
        Trigger existing = scheduler.getTrigger(triggerKey);
        if (existing instanceof CronTrigger cron && cron.getCronExpression().equals(instance.schedule().cron())
                && cron.getTimeZone().getID().equals(zone.getID()) && scheduler.checkExists(jobKey)) {
            return;
        }
        JobDetail job = JobBuilder.newJob(InstanceJob.class)
                .withIdentity(jobKey)
                .withDescription("incremental sync of " + instance.instance())
                .requestRecovery(store instanceof ScheduleStore.Clustered)
                .storeDurably()
                .build();
        Trigger trigger = TriggerBuilder.newTrigger()
                .withIdentity(triggerKey)
                .forJob(jobKey)
                .withSchedule(CronScheduleBuilder.cronSchedule(instance.schedule().cron()).inTimeZone(zone)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
        scheduler.scheduleJob(job, Set.of(trigger), true);
    }

    /** How every instance stands on this worker, in the order they were given. */
    public List<InstanceStatus> status() {
        return instances.stream().map(i -> health.status(i, nextFire(i))).toList();
    }

    /** This worker's id in the schedule (unique across a cluster). */
    public String workerId() {
        try {
            return scheduler.getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }

    private Optional<Instant> nextFire(String instance) {
        try {
            return Optional.ofNullable(scheduler.getTrigger(TriggerKey.triggerKey(instance, GROUP)))
                    .map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops firing and lets running syncs finish their current page, checkpoint and stop, waiting up to
     * {@link DaemonSettings#stopTimeout()}.
     *
     * @return whether every running sync stopped in time
     */
    public boolean stop() {
        stopping.set(true);
        Thread shutdown = new Thread(() -> {
            try {
                scheduler.shutdown(true);
            } catch (SchedulerException e) {
                LOG.error("the scheduler did not shut down cleanly: {}", e.getMessage());
            }
        }, "mqlsync-shutdown");
        shutdown.setDaemon(true);
        shutdown.start();
        try {
            shutdown.join(settings.stopTimeout());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean clean = !shutdown.isAlive();
        if (clean) {
            LOG.info("stopped");
        } else {
            LOG.warn("runs still going after {} s; leaving them: they resume from their last checkpoint",
                    settings.stopTimeout().toSeconds());
        }
        return clean;
    }

    /**
     * Quartz finds a JDBC job store's connections by name in its process-wide connection manager, which
     * has no removal: each daemon registers under a name of its own, and the state database's pool
     * behind it is closed by its owner.
     */
    private static String register(ScheduleStore.Clustered store) {
        String name = "mqlsync-state-" + UUID.randomUUID();
        DBConnectionManager.getInstance().addConnectionProvider(name, new ConnectionProvider() {
            @Override
            public Connection getConnection() throws SQLException {
                return store.dataSource().getConnection();
            }

            @Override
            public void shutdown() {
                // the state database belongs to the caller, who closes it
            }

            @Override
            public void initialize() {
                // the state database is open already
            }
        });
        return name;
    }
}
