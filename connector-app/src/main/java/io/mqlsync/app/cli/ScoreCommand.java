package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.config.ModelLoader;
import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.scoring.Scorer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code mqlsync score}: scores a JSON Lines lead export offline with a model file and writes one
 * score card per lead to stdout. A malformed line is reported on stderr with its line number and
 * skipped (exit 1 at the end); a broken model stops before anything is written (exit 2).
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = MqlsyncVersion.class,
        description = {"Scores a JSON Lines export of leads offline and writes one JSON score card per line to stdout.",
            "Input line: {\"id\":\"42\",\"fields\":{\"jobTitle\":\"VP Sales\",...},"
                + "\"events\":[{\"type\":\"PAGE_VIEWED\",\"at\":\"2026-11-20T10:00:00Z\",\"attrs\":{\"url\":\"...\"}}]}"},
        footer = {"", "Exit codes: 0 every line scored, 1 some lines were malformed (reported on stderr and skipped), "
                + "2 usage error or broken model (nothing written)."})
final class ScoreCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScoreCommand.class);
    private static final String STDIN = "-";

    private final Clock clock;
    private final InputStream stdin;

    @Spec
    private CommandSpec spec;

    @Option(names = {"-m", "--model"}, required = true, paramLabel = "MODEL.yaml",
            description = "The scoring model, e.g. config/models/enterprise.yaml.")
    private Path model;

    @Option(names = {"-i", "--input"}, required = true, paramLabel = "LEADS.jsonl",
            description = "The lead export, one JSON object per line; '-' reads standard input.")
    private String input;

    @Option(names = "--at", paramLabel = "INSTANT", converter = InstantConverter.class,
            description = "Score as of this instant (ISO-8601, e.g. 2026-11-20T10:00:00Z); decay is measured to it. "
                    + "Default: now.")
    private Optional<Instant> at = Optional.empty();

    ScoreCommand(Clock clock, InputStream stdin) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.stdin = Objects.requireNonNull(stdin, "stdin");
    }

    @Override
    public Integer call() {
        Scorer scorer = new Scorer(new ModelLoader().load(model));
        Instant now = at.orElseGet(clock::instant);
        Tally tally = new Tally();
        try (BufferedReader lines = open()) {
            scoreEach(lines, scorer, now, tally);
        } catch (IOException e) {
            throw new MqlsyncException("reading " + inputName() + " failed at line " + (tally.lines + 1)
                    + " (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().flush();
        }
        LOG.info("scored {} leads with {} at {}; {} malformed lines skipped, {} events of unknown types dropped",
                tally.scored, scorer.model().id(), now, tally.malformed, tally.droppedEvents);
        return tally.malformed == 0 ? ExitCodes.OK : ExitCodes.SOME_RECORDS_FAILED;
    }

    /** Writes a card for each lead line, reports each malformed one; blank lines are skipped. */
    private void scoreEach(BufferedReader lines, Scorer scorer, Instant now, Tally tally) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ExportLineReader reader = new ExportLineReader();
        ScoreCardJson cards = new ScoreCardJson(spec.commandLine().getOut());
        String line;
        while ((line = lines.readLine()) != null) {
            tally.lines++;
            if (tally.lines == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a byte order mark some spreadsheet tools write
            }
            if (line.isBlank()) {
                continue;
            }
            switch (reader.read(line)) {
                case ExportLine.Lead lead -> {
                    cards.write(lead.lead().id(), scorer.score(lead.lead(), lead.events(), now));
                    tally.scored++;
                    tally.droppedEvents += lead.droppedEvents();
                }
                case ExportLine.Malformed malformed -> {
                    err.println(inputName() + ":" + tally.lines + ": " + malformed.reason());
                    tally.malformed++;
                }
            }
        }
    }

    /** The input as messages name it. */
    private String inputName() {
        return input.equals(STDIN) ? "<stdin>" : input;
    }

    private BufferedReader open() {
        if (input.equals(STDIN)) {
            return new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8));
        }
        try {
            return Files.newBufferedReader(Path.of(input), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(new ConfigProblem(input, "", "no such file")));
        } catch (IOException e) {
            throw new MqlsyncException("cannot read " + input + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Counts of one run, for its summary line. */
    private static final class Tally {
        int lines;
        int scored;
        int malformed;
        int droppedEvents;
    }
}
