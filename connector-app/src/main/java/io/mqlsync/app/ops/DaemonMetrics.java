package io.mqlsync.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.mqlsync.app.daemon.InstanceRun;
import io.mqlsync.app.daemon.RunObserver;
import io.mqlsync.core.resilience.CallFailure;
import io.mqlsync.core.resilience.CallMetrics;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.state.RunCounts;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daemon's Micrometer meters, every one tagged with {@code instance}. From each finished run: runs by
 * outcome, run duration, records read and changed, MQLs, transitions by kind, tasks created, records
 * failed, dead letters open, last success time. From each instance's call policy (see
 * {@link #callMetrics(String)}): API calls by kind and endpoint, throttled answers (429s) and retries.
 * Prometheus names: {@code mqlsync_runs_total}, {@code mqlsync_run_duration_seconds},
 * {@code mqlsync_records_read_total}, {@code mqlsync_records_changed_total}, {@code mqlsync_mqls_total},
 * {@code mqlsync_transitions_total}, {@code mqlsync_handoff_tasks_total}, {@code mqlsync_records_failed_total},
 * {@code mqlsync_dead_letters}, {@code mqlsync_last_success_timestamp_seconds}, {@code mqlsync_schedule_interval_seconds},
 * {@code mqlsync_api_calls_total},
 * {@code mqlsync_api_throttled_total}, {@code mqlsync_api_retries_total}. Thread-safe.
 */
public final class DaemonMetrics implements RunObserver {
    private static final String INSTANCE = "instance";

    private final MeterRegistry registry;
    private final Map<String, AtomicLong> lastSuccess = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> deadLetters = new ConcurrentHashMap<>();

    /**
     * Registers the per-instance gauges at once, so a scrape shows every instance before its first run
     * (a last success of 0 means none yet), with its schedule's interval for alerts.
     *
     * @param intervals each instance and the time between two fires of its schedule
     */
    public DaemonMetrics(MeterRegistry registry, Map<String, Duration> intervals) {
        this.registry = registry;
        for (Map.Entry<String, Duration> scheduled : intervals.entrySet()) {
            String instance = scheduled.getKey();
            Gauge.builder("mqlsync.schedule.interval", scheduled.getValue(), d -> d.toMillis() / 1000.0)
                    .description("Time between two fires of the instance's schedule").baseUnit("seconds")
                    .tag(INSTANCE, instance).register(registry);
            lastSuccess.put(instance, gauge("mqlsync.last.success.timestamp", "seconds",
                    "When the instance's last successful run finished (epoch seconds; 0: none yet)", instance));
            deadLetters.put(instance, gauge("mqlsync.dead.letters", null,
                    "Records kept for retry after a failed write, after the instance's last run", instance));
            for (String outcome : new String[] {"succeeded", "records_failed", "failed"}) {
                runs(instance, outcome);
            }
            throttled(instance);
            retries(instance);
        }
    }

    private AtomicLong gauge(String name, String unit, String help, String instance) {
        AtomicLong value = new AtomicLong();
        Gauge.builder(name, value, AtomicLong::get).description(help).baseUnit(unit).tag(INSTANCE, instance).register(registry);
        return value;
    }

    @Override
    public void finished(String instance, InstanceRun run) {
        RunRecord record = run.record();
        RunCounts c = record.summary().counts();
        runs(instance, record.outcome().name().toLowerCase(Locale.ROOT)).increment();
        record.duration().ifPresent(d -> Timer.builder("mqlsync.run.duration").description("How long runs took")
                .tag(INSTANCE, instance).register(registry).record(d));
        count("mqlsync.records.read", "Records read from the CRM", instance, c.read());
        count("mqlsync.records.changed", "Records with a change written to the CRM", instance, c.changed());
        count("mqlsync.mqls", "Leads that became MQLs", instance, c.mqls());
        count("mqlsync.handoff.tasks", "Handoff tasks created", instance, c.tasks());
        count("mqlsync.records.failed", "Records whose write failed and were kept for retry", instance, c.deadLetters());
        transitions(instance, "qualified", c.mqls());
        transitions(instance, "accepted", c.accepted());
        transitions(instance, "recycled", c.recycled());
        transitions(instance, "disqualified", c.disqualified());
        deadLetters.computeIfAbsent(instance, i -> new AtomicLong()).set(run.openDeadLetters());
        if (record.outcome() == RunOutcome.SUCCEEDED) {
            record.finishedAt().ifPresent(at -> lastSuccess.computeIfAbsent(instance, i -> new AtomicLong()).set(at.getEpochSecond()));
        }
    }

    @Override
    public void failed(String instance, Exception failure) {
        runs(instance, "failed").increment();
    }

    @Override
    public void busy(String instance) {
        runs(instance, "busy").increment();
    }

    /** What the instance's call policy reports to, counted under its name. */
    public CallMetrics callMetrics(String instance) {
        return new CallMetrics() {
            @Override
            public void attempted(CallKind kind, String operation) {
                Counter.builder("mqlsync.api.calls").description("Requests sent to the CRM, retries included")
                        .tag(INSTANCE, instance).tag("kind", kind.name().toLowerCase(Locale.ROOT)).tag("endpoint", operation)
                        .register(registry).increment();
            }

            @Override
            public void retried(CallKind kind, String operation, int attempt) {
                retries(instance).increment();
            }

            @Override
            public void failed(CallKind kind, String operation, CallFailure failure) {
                if (failure == CallFailure.THROTTLED) {
                    throttled(instance).increment();
                }
            }

            @Override
            public void waited(Duration wait) {
                // the retries counter already tells how often; the wait shows in the run duration
            }
        };
    }

    private Counter retries(String instance) {
        return Counter.builder("mqlsync.api.retries").description("Attempts after the first of a call")
                .tag(INSTANCE, instance).register(registry);
    }

    private Counter throttled(String instance) {
        return Counter.builder("mqlsync.api.throttled").description("Answers asking to slow down (429, Retry-After)")
                .tag(INSTANCE, instance).register(registry);
    }

    private Counter runs(String instance, String outcome) {
        return Counter.builder("mqlsync.runs").description("Scheduled runs by how they ended")
                .tag(INSTANCE, instance).tag("outcome", outcome).register(registry);
    }

    private void count(String name, String help, String instance, long amount) {
        Counter.builder(name).description(help).tag(INSTANCE, instance).register(registry).increment(amount);
    }

    private void transitions(String instance, String kind, long amount) {
        Counter.builder("mqlsync.transitions").description("Lifecycle transitions by kind")
                .tag(INSTANCE, instance).tag("kind", kind).register(registry).increment(amount);
    }
}
