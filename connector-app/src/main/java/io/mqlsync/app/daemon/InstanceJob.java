package io.mqlsync.app.daemon;

import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.sync.InstanceBusyException;
import io.mqlsync.core.sync.RunControl;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * One fire of one instance's schedule: runs its sync, records how it ended, and never lets a failure
 * escape to Quartz (a failing instance must not disturb the others). Quartz never runs two fires of one
 * job at once, on one worker or across a cluster ({@link DisallowConcurrentExecution}); the instance
 * lease in the state store backs that up against a {@code mqlsync sync} started by hand.
 *
 * <p>A fire that recovers the run of a worker that died may find the dead run's lease not yet expired:
 * it then schedules itself again a third of a lease later, until the lease is free.
 */
@DisallowConcurrentExecution
final class InstanceJob implements Job {
    /** Marks a trigger that retries a recovered fire; see the class comment. */
    static final String RETRY_KEY = "mqlsync.retry";
    private static final Logger LOG = LoggerFactory.getLogger(InstanceJob.class);

    private final Map<String, ScheduledInstance> instances;
    private final DaemonSettings settings;
    private final RunControl control;
    private final HealthBoard health;
    private final RunObserver observer;
    private final Clock clock;

    InstanceJob(Map<String, ScheduledInstance> instances, DaemonSettings settings, RunControl control, HealthBoard health,
                RunObserver observer, Clock clock) {
        this.instances = instances;
        this.settings = settings;
        this.control = control;
        this.health = health;
        this.observer = observer;
        this.clock = clock;
    }

    @Override
    public void execute(JobExecutionContext context) {
        String instance = context.getJobDetail().getKey().getName();
        try (MDC.MDCCloseable m = MDC.putCloseable("instance", instance)) {
            boolean recovering = context.isRecovering() || context.getMergedJobDataMap().containsKey(RETRY_KEY);
            LOG.info("fire {} of {} on worker {}{}", context.getScheduledFireTime().toInstant(), instance, workerId(context),
                    recovering ? " (recovering the run of a worker that stopped)" : "");
            Optional<ScheduledInstance> target = Optional.ofNullable(instances.get(instance));
            if (target.isEmpty()) {
                LOG.warn("instance {} is scheduled in the cluster but not configured on this worker; skipped", instance);
                return;
            }
            if (control.stop().stopRequested()) {
                return;
            }
            run(target.get(), context, recovering);
        }
    }

    private void run(ScheduledInstance target, JobExecutionContext context, boolean recovering) {
        String instance = target.instance();
        health.started(instance);
        try {
            InstanceRun run = target.runner().run(control);
            health.finished(instance, run, clock.instant());
            observer.finished(instance, run);
        } catch (InstanceBusyException e) {
            LOG.warn("{}", e.getMessage());
            health.skipped(instance);
            observer.busy(instance);
            if (recovering && !control.stop().stopRequested()) {
                retryLater(context);
            }
        } catch (Exception e) { // the job boundary: logged once here, the other instances carry on
            String message = e instanceof MqlsyncException ? e.getMessage()
                    : "internal error: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            LOG.error("run failed: {}", message);
            LOG.debug("run failed", e);
            health.failed(instance, message, clock.instant());
            observer.failed(instance, e);
        }
    }

    private void retryLater(JobExecutionContext context) {
        Instant at = clock.instant().plus(settings.leaseTtl().dividedBy(3));
        Trigger retry = TriggerBuilder.newTrigger()
                .withIdentity(context.getJobDetail().getKey().getName() + "-retry-" + UUID.randomUUID(), Daemon.GROUP)
                .forJob(context.getJobDetail().getKey())
                .usingJobData(RETRY_KEY, "true")
                .startAt(Date.from(at))
                .withSchedule(SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
                .build();
        try {
            context.getScheduler().scheduleJob(retry);
            LOG.info("the recovered run is tried again at {}, once the stopped worker's lease has expired", at);
        } catch (SchedulerException e) {
            LOG.error("could not schedule the retry of a recovered run; the next scheduled fire runs it: {}", e.getMessage());
        }
    }

    private static String workerId(JobExecutionContext context) {
        try {
            return context.getScheduler().getSchedulerInstanceId();
        } catch (SchedulerException e) {
            return "?";
        }
    }
}
