package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigEnvironment;
import io.mqlsync.core.spi.CrmProviders;
import java.io.Console;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outside world gives the commands, injected so tests can fix it: the clock (the only reading
 * of system time), standard input, the signal that stops long-running commands, the environment
 * variables configs interpolate, the working directory, the CRM adapters installed, and whether
 * standard output is a terminal (progress bars only then).
 */
public record CliContext(Clock clock, InputStream stdin, StopSignal stop, Map<String, String> environment,
                  Path workingDirectory, CrmProviders providers, boolean terminal) {
    public CliContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stop, "stop");
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath();
        Objects.requireNonNull(providers, "providers");
    }

    /** With the installed CRM adapters, output not a terminal: what most tests need. */
    CliContext(Clock clock, InputStream stdin, StopSignal stop, Map<String, String> environment, Path workingDirectory) {
        this(clock, stdin, stop, environment, workingDirectory, CrmProviders.installed(), false);
    }

    /** The real outside world; only {@link Main} builds it. */
    static CliContext system() {
        return new CliContext(Clock.systemUTC(), System.in, StopSignal.onShutdown(), System.getenv(), Path.of(""),
                CrmProviders.installed(), stdoutIsTerminal());
    }

    /**
     * The same outside world with another clock and more environment variables, output not a terminal:
     * what the demo's runs see (the fake CRM's clock, the variables its config reads).
     */
    CliContext withClockAndVariables(Clock otherClock, Map<String, String> variables) {
        Map<String, String> merged = new HashMap<>(environment);
        merged.putAll(variables);
        return new CliContext(otherClock, stdin, stop, merged, workingDirectory, providers, false);
    }

    /** Where configs read {@code ${ENV}} values and find {@code ${dataDir}}. */
    public ConfigEnvironment configEnvironment(Optional<Path> dataDirOption) {
        return ConfigEnvironment.of(environment, dataDirOption, workingDirectory);
    }

    /**
     * Since Java 22 {@link System#console()} exists even when output is redirected and
     * {@code Console.isTerminal()} tells; the code targets Java 21, so that method is looked up.
     */
    private static boolean stdoutIsTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            Method isTerminal = Console.class.getMethod("isTerminal");
            return (Boolean) isTerminal.invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // Java 21: a console exists only for a terminal
        }
    }
}
