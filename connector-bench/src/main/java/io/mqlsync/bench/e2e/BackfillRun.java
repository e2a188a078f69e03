package io.mqlsync.bench.e2e;

import io.mqlsync.sandbox.clock.AdjustableClock;
import io.mqlsync.sandbox.hubspot.HubSpotSandbox;
import io.mqlsync.sandbox.hubspot.HubSpotSandboxOptions;
import io.mqlsync.sandbox.hubspot.HubSpotSpecs;
import io.mqlsync.sandbox.hubspot.RateLimits;
import io.mqlsync.sandbox.journal.EndpointStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A full backfill by the real {@code mqlsync} jar, in its own JVM with a small heap, against the fake
 * HubSpot in this JVM. Prints records per second, API calls per 1,000 records by endpoint, the request
 * rate as a share of the portal's limit, 429s, and the heap left after collections early and late in
 * the run (flat memory: the late figure is no larger than the early one).
 *
 * <pre>
 * java -Xmx6g -cp connector-bench/target/benchmarks.jar io.mqlsync.bench.e2e.BackfillRun \
 *     --jar connector-app/target/mqlsync.jar --contacts 1000000 --heap 256m --limit 0
 * </pre>
 * {@code --limit 0} lifts the portal's rate limit (the client is configured at its highest, 1,000 a second); {@code --limit 100}
 * is a Starter portal's 100 requests per 10 seconds, to measure the sustained rate.
 */
public final class BackfillRun {
    private static final int LIFTED = 1_000_000;
    /** The highest {@code requestsPer10s} an instance config takes: 1,000 requests a second. */
    private static final int CLIENT_MAX = 10_000;

    private BackfillRun() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        Path work = Files.createTempDirectory("mqlsync-bench-");
        int limit = options.limitPer10s() == 0 ? LIFTED : options.limitPer10s();
        System.out.printf(Locale.ROOT, "generating a portal of %,d contacts...%n", options.contacts());
        HubSpotSandboxOptions sandboxOptions = HubSpotSandboxOptions.builder()
                .contacts(options.contacts())
                .rateLimits(new RateLimits(limit, options.limitPer10s() == 0 ? LIFTED : 5, Long.MAX_VALUE))
                .specs(HubSpotSpecs.disabled()) // validation is the tests' job; here it would only slow the fake down
                .clock(AdjustableClock.system())
                .anchor(Instant.now())
                .journalCapacity(1_000)
                .build();
        try (HubSpotSandbox hubspot = HubSpotSandbox.start(sandboxOptions)) {
            Path config = writeConfig(work, hubspot, Math.min(limit, CLIENT_MAX), options.model());
            Map<String, String> env = Map.of("MQLSYNC_SANDBOX_TOKEN", hubspot.token());
            Child setup = Child.run(options, work, env, List.of(), "setup", "-c", config.toString());
            setup.requireSuccess();
            hubspot.journal().clear();

            Path gcLog = work.resolve("gc.log");
            Instant start = Clock.systemUTC().instant();
            Child backfill = Child.run(options, work, env,
                    List.of("-Xmx" + options.heap(), "-XX:+ExitOnOutOfMemoryError", "-Xlog:gc:file=" + gcLog + ":uptime"),
                    "backfill", "-c", config.toString());
            Duration took = Duration.between(start, Clock.systemUTC().instant());
            backfill.requireSuccess();
            report(options, limit, took, hubspot, GcLog.read(gcLog));
        }
    }

    private static Path writeConfig(Path work, HubSpotSandbox hubspot, int limit, Path model) throws IOException {
        return Files.writeString(work.resolve("bench.yaml"), """
                instance: bench
                crm: hubspot
                hubspot:
                  baseUrl: %s
                  accessToken: ${MQLSYNC_SANDBOX_TOKEN}
                  requestsPer10s: %d
                model: %s
                tasks:
                  sla: PT4H
                state: { url: "jdbc:sqlite:${dataDir}/bench.db" }
                """.formatted(hubspot.baseUrl(), limit, model.toAbsolutePath()));
    }

    private static void report(Options options, int limit, Duration took, HubSpotSandbox hubspot, GcLog gc) {
        double seconds = took.toMillis() / 1000.0;
        long requests = hubspot.journal().totalRequests();
        System.out.printf(Locale.ROOT, "%nbackfill of %,d contacts in %.1f s: %,.0f records/s, heap -Xmx%s%n",
                options.contacts(), seconds, options.contacts() / seconds, options.heap());
        System.out.printf(Locale.ROOT, "requests: %,d (%.1f per 1,000 records), 429 answered: %,d%n", requests,
                requests * 1000.0 / options.contacts(), hubspot.journal().totalRateLimited());
        Map<String, EndpointStats> endpoints = new TreeMap<>(hubspot.journal().endpoints());
        endpoints.forEach((endpoint, stats) -> System.out.printf(Locale.ROOT, "  %-40s %,10d  (%.2f per 1,000 records)%n",
                endpoint, stats.requests(), stats.requests() * 1000.0 / options.contacts()));
        if (options.limitPer10s() > 0) {
            double perSecond = requests / seconds;
            System.out.printf(Locale.ROOT, "sustained rate: %.2f requests/s = %.1f%% of the limit (%d per 10 s)%n",
                    perSecond, 100 * perSecond / (limit / 10.0), limit);
        }
        System.out.printf(Locale.ROOT, "heap after GC, max in the first quarter of the run: %d MB; in the last quarter: %d MB;"
                        + " committed at most %d MB; %d collections%n",
                gc.maxAfterMb(0, 0.25), gc.maxAfterMb(0.75, 1.0), gc.maxCommittedMb(), gc.samples().size());
    }

    /** The command line of the benchmark. */
    record Options(Path jar, int contacts, String heap, int limitPer10s, Path model) {
        static Options parse(String[] args) {
            Map<String, String> given = new TreeMap<>();
            for (int i = 0; i + 1 < args.length; i += 2) {
                given.put(args[i], args[i + 1]);
            }
            return new Options(Path.of(given.getOrDefault("--jar", "connector-app/target/mqlsync.jar")),
                    Integer.parseInt(given.getOrDefault("--contacts", "100000")), given.getOrDefault("--heap", "256m"),
                    Integer.parseInt(given.getOrDefault("--limit", "0")),
                    Path.of(given.getOrDefault("--model", "config/models/smb.yaml")));
        }
    }

    /** One {@code mqlsync} command in its own JVM, its output kept in the work folder. */
    record Child(int exit, Path log) {
        static Child run(Options options, Path work, Map<String, String> env, List<String> jvm, String... command)
                throws IOException, InterruptedException {
            List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            line.addAll(jvm);
            line.addAll(List.of("-jar", options.jar().toString()));
            line.addAll(List.of(command));
            line.addAll(List.of("--data-dir", work.resolve("data").toString()));
            Path log = work.resolve(command[0] + ".log");
            ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().putAll(env);
            return new Child(builder.start().waitFor(), log);
        }

        void requireSuccess() throws IOException {
            if (exit != 0) {
                throw new IllegalStateException("mqlsync exited with " + exit + ":\n" + Files.readString(log));
            }
        }
    }
}
