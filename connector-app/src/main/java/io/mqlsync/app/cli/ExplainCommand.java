package io.mqlsync.app.cli;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.lifecycle.CardSource;
import io.mqlsync.core.lifecycle.Decision;
import io.mqlsync.core.lifecycle.LifecyclePolicy;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.ScoreCard;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.scoring.Scorer;
import io.mqlsync.core.spi.Engagement;
import io.mqlsync.core.spi.SourceLead;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync explain}: reads one record and its events through the adapter and prints its score card
 * (every rule that counted, its points, decay and evidence) and the lifecycle decision a sync would take
 * now. Writes nothing, opens no state store, takes no round-robin turn.
 */
@Command(name = "explain", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Explains one record: its score card with every rule that counted (points, decay, evidence) and",
            "the lifecycle decision a sync would take now. Nothing is written."},
        footer = {"", "Exit codes: 0 explained, 1 no such record, 2 config error, 3 authentication failure, "
                + "4 CRM API budget exhausted."})
final class ExplainCommand implements Callable<Integer> {
    private final CliContext context;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ConfigOptions options;

    @Option(names = "--lead", required = true, paramLabel = "ID", description = "The CRM id of the contact or lead.")
    private String lead;

    ExplainCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        try (InstanceSession session = InstanceSession.open(context, options.config, options.dataDir)) {
            LeadId id = new LeadId(lead);
            Optional<SourceLead> found = session.crm().leads().get(id);
            if (found.isEmpty()) {
                spec.commandLine().getErr().println("explain: the CRM has no record " + lead);
                spec.commandLine().getErr().flush();
                return ExitCodes.SOME_RECORDS_FAILED;
            }
            Instant now = context.clock().instant();
            Engagement engagement = session.crm().engagement().eventsFor(List.of(found.get()), now);
            print(session.config(), found.get(), engagement, now);
            return ExitCodes.OK;
        }
    }

    private void print(InstanceConfig config, SourceLead source, Engagement engagement, Instant now) {
        List<Event> events = engagement.of(source.record().id());
        Scorer scorer = new Scorer(config.model());
        CardSource cards = (at, baseline) -> scorer.score(source.record(), events, at, baseline);
        Decision decision = new LifecyclePolicy(config.lifecycle()).decide(source.record(), source.snapshot(), cards, now);
        ScoreCard card = decision.card();
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "lead %s: model %s at %s, %d events%n", source.record().id(), card.model(), card.at(), events.size());
        out.printf(Locale.ROOT, "fit %.1f + intent %.1f = score %.1f; quadrant %s; qualifies: %s; disqualified: %s%n",
                card.fit(), card.intent(), card.score(), card.quadrant(), yes(card.qualifies()), yes(card.disqualified()));
        if (card.multiplier() != 1.0) {
            out.printf(Locale.ROOT, "intent multiplied by %.2f (source)%n", card.multiplier());
        }
        for (Contribution c : card.contributions()) {
            out.printf(Locale.ROOT, "  %-6s %+7.1f  %s%s (decay %.3f): %s%n", c.kind().name().toLowerCase(Locale.ROOT),
                    c.points(), c.rule(), c.label().map(l -> " \"" + l + "\"").orElse(""), c.decay(), c.evidence());
        }
        decision.baseline().ifPresent(b -> out.println("counts only events since " + b + " (the last recycle)"));
        engagement.noteFor(source.record().id()).ifPresent(note -> out.println("note: " + note));
        out.printf("decision: %s -> %s%s%s%n", source.snapshot().status(), decision.status(),
                decision.transition().map(t -> " (" + describe(t) + ")").orElse(" (no change of status)"),
                decision.reason().map(ReasonCode::value).map(r -> ", reason " + r).orElse(""));
        decision.deadline().ifPresent(at -> out.println("changes on its own at: " + at + " (SLA expiry or end of cooldown)"));
        decision.problems().forEach(p -> out.println("problem: " + p));
        out.flush();
    }

    private static String describe(Transition transition) {
        return transition.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String yes(boolean value) {
        return value ? "yes" : "no";
    }
}
