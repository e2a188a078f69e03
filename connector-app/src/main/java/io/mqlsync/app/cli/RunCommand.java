package io.mqlsync.app.cli;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.mqlsync.app.daemon.Daemon;
import io.mqlsync.app.daemon.DaemonSettings;
import io.mqlsync.app.daemon.InstanceRun;
import io.mqlsync.app.daemon.ScheduleStore;
import io.mqlsync.app.daemon.ScheduledInstance;
import io.mqlsync.app.ops.DaemonMetrics;
import io.mqlsync.app.ops.OpsServer;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.sync.RunControl;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync run}: the daemon. Every config is loaded and checked first (any problem: all printed, exit
 * 2, nothing scheduled); then each instance syncs on its {@code schedule.cron} in its zone, alone or, when
 * the instances keep their state in one PostgreSQL database, as one worker of a cluster sharing the
 * schedule there. SIGTERM or Ctrl-C stops it: running syncs finish their page and checkpoint, exit 0.
 */
@Command(name = "run", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Runs the daemon: an incremental sync of each instance on its schedule (schedule.cron, zone),",
            "with /health and Prometheus /metrics when --http-port is given. Instances whose state.url names one",
            "PostgreSQL database share their schedule with every worker started on it: each fire runs on one worker,",
            "and the runs of a worker that dies are recovered by another. Stops on SIGTERM or Ctrl-C."},
        footer = {"", "Exit codes: 0 stopped cleanly, 1 runs still going when the stop timed out or the scheduler failed, "
                + "2 usage or config error (nothing scheduled)."})
final class RunCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", description = "An instance config; repeat for more.")
    private List<Path> configs = new ArrayList<>();

    @Option(names = "--config-dir", paramLabel = "DIR", description = "Every *.yaml and *.yml file of this folder is an instance config.")
    private Optional<Path> configDir = Optional.empty();

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for local state ($${dataDir} in configs). Default: $MQLSYNC_DATA_DIR, else ./data.")
    private Optional<Path> dataDir = Optional.empty();

    @Option(names = "--http-port", paramLabel = "PORT",
            description = "Serve /health and /metrics on this port (0: any free port, printed at start). Default: none.")
    private Optional<Integer> httpPort = Optional.empty();

    @Option(names = "--http-address", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address /health and /metrics listen on, e.g. 0.0.0.0 in a container. Default: ${DEFAULT-VALUE}.")
    private String httpAddress;

    @Option(names = "--lease-ttl", paramLabel = "DURATION", defaultValue = "PT2M",
            description = "How long a run's lease lasts unrenewed (renewed every third of it): a worker that dies keeps "
                    + "its instance from running elsewhere this long at most. Default: ${DEFAULT-VALUE}.")
    private Duration leaseTtl;

    @Option(names = "--cluster-checkin", paramLabel = "DURATION", defaultValue = "PT15S",
            description = "Clustered workers: how often this worker checks in; one silent for this plus 7.5 s is taken for "
                    + "dead and its runs are recovered by another. Default: ${DEFAULT-VALUE}.")
    private Duration clusterCheckin;

    @Option(names = "--stop-timeout", paramLabel = "DURATION", defaultValue = "PT60S",
            description = "On SIGTERM, how long to wait for running syncs to finish their page. Default: ${DEFAULT-VALUE}.")
    private Duration stopTimeout;

    RunCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (httpPort.isPresent() && (httpPort.get() < 0 || httpPort.get() > 65_535)) {
            throw new ParameterException(spec.commandLine(), "--http-port must be between 0 and 65535");
        }
        List<Path> files = DaemonConfigs.files(configs, configDir);
        if (files.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "give at least one instance config: -c FILE or --config-dir DIR");
        }
        List<InstanceConfig> loaded = new DaemonConfigs(context, dataDir).load(files);
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Map<String, Duration> intervals = new LinkedHashMap<>();
        loaded.forEach(c -> intervals.put(c.instance(),
                ScheduledInstance.interval(c.schedule(), context.clock().instant()).orElse(Duration.ZERO)));
        DaemonMetrics metrics = new DaemonMetrics(registry, intervals);
        List<ScheduledInstance> instances = loaded.stream()
                .map(c -> new ScheduledInstance(c.instance(), c.schedule(), control -> run(c, metrics, control))).toList();
        Optional<StateDatabase> shared = DaemonConfigs.clusterUrl(loaded).map(url -> StateDatabase.open(
                StateStoreSettings.of(url).withMaxPoolSize(Math.min(instances.size(), 16) + 4), context.clock()));
        try {
            ScheduleStore store = shared.<ScheduleStore>map(db -> new ScheduleStore.Clustered(db.dataSource(), clusterCheckin))
                    .orElseGet(ScheduleStore.InMemory::new);
            Daemon daemon = Daemon.start(instances, new DaemonSettings(store, leaseTtl, stopTimeout), metrics, context.clock());
            return serve(daemon, registry, loaded.size(), shared.isPresent());
        } finally {
            shared.ifPresent(StateDatabase::close);
        }
    }

    /** Serves /health and /metrics if asked, until the stop signal; then stops the daemon. */
    private int serve(Daemon daemon, PrometheusMeterRegistry registry, int instances, boolean clustered)
            throws InterruptedException {
        Optional<OpsServer> ops = Optional.empty();
        boolean clean;
        try {
            ops = httpPort.map(port -> listen(port, daemon, registry));
            PrintWriter out = spec.commandLine().getOut();
            out.println("mqlsync run: " + instances + " instance(s) scheduled on worker " + daemon.workerId()
                    + (clustered ? " (clustered on the shared PostgreSQL state database)" : ""));
            ops.ifPresent(o -> out.println("mqlsync run: health on http://" + httpAddress + ":" + o.port()
                    + "/health, metrics on http://" + httpAddress + ":" + o.port() + "/metrics"));
            out.flush();
            context.stop().await();
        } finally {
            clean = daemon.stop();
            ops.ifPresent(OpsServer::close);
        }
        return clean ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
    }

    private OpsServer listen(int port, Daemon daemon, PrometheusMeterRegistry registry) {
        try {
            return OpsServer.start(new InetSocketAddress(httpAddress, port), daemon::status, daemon.workerId(), registry);
        } catch (UncheckedIOException e) {
            throw new ParameterException(spec.commandLine(), "--http-port " + port + ": cannot listen on " + httpAddress
                    + ":" + port + " (" + e.getCause().getMessage() + ")");
        }
    }

    /** One scheduled run: the adapter and the state store are opened for it and closed after it. */
    private InstanceRun run(InstanceConfig config, DaemonMetrics metrics, RunControl control) {
        try (InstanceSession session = InstanceSession.open(context, config, metrics.callMetrics(config.instance()))) {
            RunRecord run = session.engine().sync(control);
            return new InstanceRun(run, session.store().deadLetters().count());
        }
    }
}
