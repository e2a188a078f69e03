package io.mqlsync.app.cli;

import io.mqlsync.app.demo.DemoCrm;
import io.mqlsync.app.demo.DemoSpec;
import io.mqlsync.app.demo.SalesAnswers;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import io.mqlsync.core.state.TransitionRecord;
import io.mqlsync.core.sync.BackfillOptions;
import io.mqlsync.core.sync.RunListener;
import io.mqlsync.core.sync.WriteMode;
import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync demo}: the whole loop on a fake CRM in one command. Starts the sandbox with generated
 * leads on loopback, writes the demo's instance config for it, runs setup and a backfill, plays the sales
 * team (accepts, recycles, one disqualification, one handoff left to expire), moves the CRM's and the
 * runs' clock past the SLA, runs a follow-up sync and prints what happened.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Shows the whole loop on a fake CRM with generated leads: setup, backfill (MQLs, owners, tasks),",
            "sales answering the handoffs, a sync a week later (acceptances, recycles, a disqualification, an",
            "expired SLA), then a summary. Needs no account and no network: everything runs on loopback."},
        footer = {"", "Exit codes: 0 the demo ran, 1 a step failed (shown), 2 usage error."})
final class DemoCommand implements Callable<Integer> {
    private final CliContext context;
    private final DemoReport report;

    @Spec
    private CommandSpec spec;

    @Option(names = "--crm", paramLabel = "CRM", defaultValue = "hubspot",
            description = "Which CRM to fake: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private DemoCrm.Kind crm;

    @Option(names = "--contacts", paramLabel = "N", defaultValue = "500",
            description = "How many generated contacts (Salesforce: leads) the CRM holds (default: ${DEFAULT-VALUE}).")
    private int contacts;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "Seed of the generated data: the same seed gives the same demo (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Folder for the demo's config and state database. Default: a new temporary folder.")
    private Optional<Path> dataDir = Optional.empty();

    DemoCommand(CliContext context, DemoReport report) {
        this.context = context;
        this.report = report;
    }

    @Override
    public Integer call() throws IOException {
        if (contacts < 1) {
            throw new ParameterException(spec.commandLine(), "--contacts must be at least 1");
        }
        Path dir = dataDir.isPresent() ? Files.createDirectories(dataDir.get()) : Files.createTempDirectory("mqlsync-demo-");
        if (Files.exists(dir.resolve("config"))) {
            throw new ParameterException(spec.commandLine(), "--data-dir " + dir + " holds an earlier demo; give a new or empty folder");
        }
        PrintWriter out = spec.commandLine().getOut();
        Instant began = context.clock().instant();
        AdjustableClock clock = AdjustableClock.system();
        try (DemoCrm fake = DemoCrm.start(crm, new DemoSpec(contacts, seed), clock)) {
            out.println("1. Started a " + fake.describe() + ".");
            Path config = fake.writeConfig(dir);
            CliContext demo = context.withClockAndVariables(clock, fake.environment());
            out.println("   Instance config written to " + config);
            out.flush();
            int exit;
            try (InstanceSession session = InstanceSession.open(demo, config, Optional.of(dir))) {
                exit = tour(new Tour(demo, session, fake, clock, config, dir), out);
            }
            if (exit == ExitCodes.OK) {
                printReport(demo, config, dir, out);
            }
            out.printf(Locale.ROOT, "Demo finished in %.1f s.%n", Duration.between(began, context.clock().instant()).toMillis() / 1000.0);
            out.flush();
            return exit;
        }
    }

    /** What one demo works with. */
    private record Tour(CliContext context, InstanceSession session, DemoCrm crm, AdjustableClock clock, Path config, Path dir) {
    }

    private int tour(Tour tour, PrintWriter out) {
        SchemaReport schema = tour.session().crm().schema().apply(tour.session().config().schemaRequirements());
        out.println("2. setup: " + countByState(schema) + (schema.isComplete() ? "; the CRM is ready." : "; something is missing."));
        if (!schema.isComplete()) {
            return ExitCodes.SOME_RECORDS_FAILED;
        }
        RunRecord backfill = tour.session().engine().backfill(new BackfillOptions(Optional.empty(), OptionalLong.empty(),
                WriteMode.LIVE, false), RunListener.none());
        out.println("3. backfill: " + RunReport.line(tour.session().config().instance(), backfill));
        out.flush();
        if (backfill.outcome() != RunOutcome.SUCCEEDED) {
            return RunReport.exitCode(backfill.outcome());
        }
        List<TransitionRecord> handoffs = handoffs(tour);
        String card = handoffs.stream().max(Comparator.comparingDouble(TransitionRecord::score))
                .map(best -> explain(tour, best.lead().value())).orElse("");
        Instant answered = answerAndAge(tour, handoffs, out);
        RunRecord sync = tour.session().engine().sync();
        out.println("5. sync: " + RunReport.line(tour.session().config().instance(), sync));
        new DemoSummary(tour.session().store(), out).print(handoffs, card, transitionsSince(tour, answered),
                List.of(backfill, sync), tour.session().config().state().url());
        return RunReport.exitCode(sync.outcome());
    }

    /**
     * Plays sales on the handoffs still waiting for them, then moves the clock past the SLA.
     *
     * @return when sales had answered, before the clock moved
     */
    private static Instant answerAndAge(Tour tour, List<TransitionRecord> handoffs, PrintWriter out) {
        List<String> waiting = handoffs.stream().map(t -> t.lead().value()).filter(tour.crm()::awaitsSales).toList();
        SalesAnswers answers = SalesAnswers.to(waiting);
        answers.giveIn(tour.crm());
        Instant answered = tour.clock().instant();
        Duration expireAfter = tour.session().config().lifecycle().expireAfter();
        tour.clock().advance(expireAfter.plusDays(1));
        out.printf(Locale.ROOT, "4. Sales answered the handoffs: %d accepted, %d recycled with a reason, %d disqualified, "
                        + "%d left alone; %d were being worked already. Then the clock moved %d days on, past the "
                        + "%d-day SLA.%n", answers.accepted().size(), answers.recycled().size(),
                answers.disqualified().stream().count(), answers.leftAlone().stream().count(), handoffs.size() - waiting.size(),
                expireAfter.plusDays(1).toDays(), expireAfter.toDays());
        return answered;
    }

    /** The handoffs the backfill made, oldest first (the demo's state database is new). */
    private static List<TransitionRecord> handoffs(Tour tour) {
        return tour.session().store().transitions().between(Instant.EPOCH, tour.clock().instant().plusSeconds(1)).stream()
                .filter(t -> t.kind() == Transition.QUALIFIED && t.to() == MqlStatus.MQL)
                .toList();
    }

    private static List<TransitionRecord> transitionsSince(Tour tour, Instant from) {
        return tour.session().store().transitions().between(from, tour.clock().instant().plusSeconds(1));
    }

    /** The lead's card as {@code mqlsync explain} prints it. */
    private static String explain(Tour tour, String lead) {
        StringWriter text = new StringWriter();
        CommandLine explain = new CommandLine(new ExplainCommand(tour.context()));
        explain.setOut(new PrintWriter(text));
        explain.setErr(new PrintWriter(text));
        explain.execute("-c", tour.config().toString(), "--data-dir", tour.dir().toString(), "--lead", lead);
        return text.toString();
    }

    private static String countByState(SchemaReport schema) {
        return schema.items().stream()
                .collect(Collectors.groupingBy(i -> i.state().name().toLowerCase(Locale.ROOT), TreeMap::new,
                        Collectors.counting()))
                .entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "))
                + " properties and options";
    }

    /** The hook where {@code mqlsync report} prints the demo's KPI report path, as the demo's last word. */
    private void printReport(CliContext demo, Path config, Path dir, PrintWriter out) {
        report.write(demo, config, dir).ifPresent(path -> out.println("KPI report: " + path));
    }
}
