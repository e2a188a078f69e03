package io.mqlsync.app.simulate;

import io.mqlsync.app.cli.ExportLine;
import io.mqlsync.app.cli.ExportLineReader;
import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.model.MqlsyncException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The records of a JSON Lines export in the format {@code mqlsync score} reads. A malformed line is
 * reported on {@code err} with its line number and skipped.
 */
public final class ExportLeadStream implements LeadStream {
    private final Path file;
    private final PrintWriter err;

    public ExportLeadStream(Path file, PrintWriter err) {
        this.file = Objects.requireNonNull(file, "file");
        this.err = Objects.requireNonNull(err, "err");
    }

    @Override
    public long forEach(Visitor visitor) {
        ExportLineReader reader = new ExportLineReader();
        long lineNumber = 0;
        long malformed = 0;
        try (BufferedReader lines = open()) {
            String line;
            while ((line = lines.readLine()) != null) {
                lineNumber++;
                if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte order mark some spreadsheet tools write
                }
                if (line.isBlank()) {
                    continue;
                }
                switch (reader.read(line)) {
                    case ExportLine.Lead lead -> visitor.accept(lead.lead(), lead.events());
                    case ExportLine.Malformed bad -> {
                        err.println(file + ":" + lineNumber + ": " + bad.reason());
                        malformed++;
                    }
                }
            }
        } catch (IOException e) {
            throw new MqlsyncException("reading " + file + " failed at line " + (lineNumber + 1)
                    + " (" + e.getClass().getSimpleName() + ")", e);
        } finally {
            err.flush();
        }
        return malformed;
    }

    private BufferedReader open() throws IOException {
        try {
            return Files.newBufferedReader(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(new ConfigProblem(file.toString(), "", "no such file")));
        }
    }
}
