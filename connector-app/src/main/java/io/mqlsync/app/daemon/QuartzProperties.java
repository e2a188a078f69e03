package io.mqlsync.app.daemon;

import java.util.Properties;
import java.util.UUID;

/**
 * The Quartz configuration of the daemon's scheduler. Every worker of a cluster uses the same scheduler
 * name, so they share the jobs and triggers in the {@code qrtz_} tables; each gets its own generated
 * instance id (host name and start time).
 */
final class QuartzProperties {
    /** The scheduler's name, shared by the workers of a cluster (a local scheduler's starts with it). */
    static final String SCHEDULER_NAME = "mqlsync";
    /**
     * A fire later than this is a misfire, which runs once at once (fire and proceed): a daemon that was
     * down or an instance whose long run blocked several fires catches up with one run, not one per fire.
     */
    static final long MISFIRE_THRESHOLD_MS = 1_000;
    private static final int MAX_THREADS = 16;

    private QuartzProperties() {
    }

    /**
     * @param instances      how many instances are scheduled: one thread each, up to {@value #MAX_THREADS}
     * @param dataSourceName the name the clustered job store's connections are registered under
     */
    static Properties of(ScheduleStore store, int instances, String dataSourceName) {
        Properties p = new Properties();
        // Quartz keeps schedulers in a process-wide registry by name: a local one gets a name of its own
        p.setProperty("org.quartz.scheduler.instanceName", store instanceof ScheduleStore.Clustered
                ? SCHEDULER_NAME : SCHEDULER_NAME + "-" + UUID.randomUUID());
        p.setProperty("org.quartz.scheduler.instanceId", "AUTO");
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.class", "org.quartz.simpl.SimpleThreadPool");
        p.setProperty("org.quartz.threadPool.threadCount", Integer.toString(Math.max(1, Math.min(instances, MAX_THREADS))));
        p.setProperty("org.quartz.threadPool.threadNamePrefix", "mqlsync-job");
        p.setProperty("org.quartz.threadPool.makeThreadsDaemons", "true");
        p.setProperty("org.quartz.scheduler.makeSchedulerThreadDaemon", "true");
        p.setProperty("org.quartz.jobStore.misfireThreshold", Long.toString(MISFIRE_THRESHOLD_MS));
        switch (store) {
            case ScheduleStore.InMemory m -> p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
            case ScheduleStore.Clustered c -> {
                p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
                p.setProperty("org.quartz.jobStore.driverDelegateClass", "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
                p.setProperty("org.quartz.jobStore.dataSource", dataSourceName);
                p.setProperty("org.quartz.jobStore.tablePrefix", "qrtz_");
                p.setProperty("org.quartz.jobStore.isClustered", "true");
                p.setProperty("org.quartz.jobStore.clusterCheckinInterval", Long.toString(c.checkin().toMillis()));
                // job data are strings only: nothing Java-serialised in the shared database
                p.setProperty("org.quartz.jobStore.useProperties", "true");
                p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
            }
        }
        return p;
    }
}
