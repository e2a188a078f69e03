package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigException;
import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.model.MqlsyncException;
import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.CrmAuthException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place where a failure becomes what the user sees and an exit code (DESIGN section 3):
 * 2 for usage and config errors, 3 when the CRM refuses our credentials, 4 when its API budget is spent,
 * 1 for any other failure. Problems are printed one line each; a stack
 * trace is only logged at DEBUG, never printed.
 */
public final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler {
    public static final int OK = 0;
    public static final int SOME_RECORDS_FAILED = 1;
    public static final int USAGE_OR_CONFIG = 2;
    public static final int AUTHENTICATION = 3;
    public static final int API_BUDGET_EXHAUSTED = 4;

    private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);

    @Override
    public int getExitCode(Throwable failure) {
        if (failure instanceof ConfigException || failure instanceof ParameterException) {
            return USAGE_OR_CONFIG;
        }
        if (failure instanceof CrmAuthException) {
            return AUTHENTICATION;
        }
        if (failure instanceof ApiBudgetExhaustedException) {
            return API_BUDGET_EXHAUSTED;
        }
        return SOME_RECORDS_FAILED;
    }

    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        PrintWriter err = command.getErr();
        if (failure instanceof ConfigException config) {
            config.problems().stream().map(ConfigProblem::line).forEach(err::println);
        } else if (failure instanceof MqlsyncException known) {
            err.println(command.getCommandName() + ": " + known.getMessage());
        } else {
            // a bug: the class names it for a report; MQLSYNC_LOG_LEVEL=DEBUG shows the stack trace
            err.println(command.getCommandName() + ": internal error: " + failure.getClass().getSimpleName()
                    + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
        err.flush();
        LOG.debug("{} failed", command.getCommandName(), failure);
        return getExitCode(failure);
    }
}
