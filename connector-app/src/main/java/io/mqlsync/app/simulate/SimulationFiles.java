package io.mqlsync.app.simulate;

import io.mqlsync.app.report.HtmlPage;
import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.simulation.SimulationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** Writes {@code simulation.json} and the self-contained {@code simulation.html} with its charts into a folder. */
final class SimulationFiles {
    private final Path dir;

    SimulationFiles(Path dir) {
        this.dir = Objects.requireNonNull(dir, "dir");
    }

    /** @return the HTML page written */
    Path write(SimulationReport report) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("simulation.json"), new SimulationJson().write(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MqlsyncException("cannot write into " + dir + " (" + e.getClass().getSimpleName() + ")", e);
        }
        return HtmlPage.withBundledChartJs().write(SimulationPage.of(report), dir.resolve("simulation.html"));
    }
}
