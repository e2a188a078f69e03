package io.mqlsync.app.cli;

import io.mqlsync.core.state.RunCounts;
import io.mqlsync.core.state.RunOutcome;
import io.mqlsync.core.state.RunRecord;
import java.time.Duration;
import java.util.Locale;
import java.util.stream.Collectors;

/** How a finished run is told to the user, and which exit code it ends with (DESIGN section 3). */
final class RunReport {
    private RunReport() {
    }

    /** One line: outcome, the counts of the run summary, API calls by kind, duration. */
    static String line(String instance, RunRecord run) {
        RunCounts c = run.summary().counts();
        String calls = run.summary().apiCalls().entrySet().stream()
                .map(e -> e.getKey().name().toLowerCase(Locale.ROOT) + " " + e.getValue())
                .collect(Collectors.joining(", "));
        long millis = run.duration().map(Duration::toMillis).orElse(0L);
        return String.format(Locale.ROOT, "%s: %s %s in %.1f s: %d read, %d scored, %d changed, %d MQLs, %d accepted, "
                        + "%d recycled, %d disqualified, %d tasks, %d dead letters; API calls %d (%s)",
                instance, run.mode().name().toLowerCase(Locale.ROOT).replace('_', '-'), describe(run.outcome()),
                millis / 1000.0, c.read(), c.scored(), c.changed(), c.mqls(), c.accepted(), c.recycled(), c.disqualified(),
                c.tasks(), c.deadLetters(), run.summary().totalApiCalls(), calls.isEmpty() ? "none" : calls);
    }

    static int exitCode(RunOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED, STOPPED -> ExitCodes.OK;
            case BUDGET_EXHAUSTED -> ExitCodes.API_BUDGET_EXHAUSTED;
            case RECORDS_FAILED, FAILED, RUNNING, INTERRUPTED -> ExitCodes.SOME_RECORDS_FAILED;
        };
    }

    private static String describe(RunOutcome outcome) {
        return switch (outcome) {
            case SUCCEEDED -> "succeeded";
            case RECORDS_FAILED -> "finished, some records failed and are kept for retry";
            case BUDGET_EXHAUSTED -> "stopped: the CRM's API budget is spent (resumes next time)";
            case FAILED -> "stopped: the CRM kept failing (resumes from the last checkpoint)";
            case STOPPED -> "stopped on request after the last committed page (resumes next time)";
            case RUNNING, INTERRUPTED -> outcome.name().toLowerCase(Locale.ROOT);
        };
    }

}
