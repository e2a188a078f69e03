package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The one mapping from failures to exit codes and to what the user reads. */
class ExitCodesTest {
    @Command(name = "probe")
    static final class Probe implements Runnable {
        @Override
        public void run() {
        }
    }

    private final ExitCodes exitCodes = new ExitCodes();
    private final StringWriter err = new StringWriter();
    private final CommandLine command = new CommandLine(new Probe()).setErr(new PrintWriter(err));

    @Test
    void aConfigErrorPrintsEachProblemOnItsLineAndExitsTwo() {
        ConfigException failure = new ConfigException(List.of(new ConfigProblem("m.yaml", "fit.min", "must not exceed fit.max"),
                new ConfigProblem("m.yaml", "", "the file is empty")));

        int exit = exitCodes.handleExecutionException(failure, command, null);

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString().lines()).containsExactly("m.yaml: fit.min: must not exceed fit.max",
                "m.yaml: the file is empty");
    }

    @Test
    void anyOtherMqlsyncFailureIsOneLineAndExitsOne() {
        int exit = exitCodes.handleExecutionException(new MqlsyncException("cannot read leads.jsonl (AccessDeniedException)"),
                command, null);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("probe: cannot read leads.jsonl (AccessDeniedException)");
    }

    @Test
    void aBugIsOneLineWithoutAStackTrace() {
        int exit = exitCodes.handleExecutionException(new IllegalStateException("boom"), command, null);

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString().lines()).containsExactly("probe: internal error: IllegalStateException: boom");
    }

    @Test
    void aRefusedCredentialExitsThreeAndAnExhaustedBudgetFour() {
        assertThat(exitCodes.handleExecutionException(new CrmAuthException("token refresh refused for instance acme"),
                command, null)).isEqualTo(3);
        assertThat(exitCodes.handleExecutionException(new ApiBudgetExhaustedException("80% of the daily API budget used"),
                command, null)).isEqualTo(4);
        assertThat(err.toString().lines()).containsExactly("probe: token refresh refused for instance acme",
                "probe: 80% of the daily API budget used");
    }

    @Test
    void usageErrorsMapToTwo() {
        assertThat(exitCodes.getExitCode(new CommandLine.ParameterException(command, "bad option"))).isEqualTo(2);
    }
}
