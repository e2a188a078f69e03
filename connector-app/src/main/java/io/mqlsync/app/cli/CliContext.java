package io.mqlsync.app.cli;

import java.io.InputStream;
import java.time.Clock;
import io.mqlsync.core.config.ConfigEnvironment;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the outside world gives the commands, injected so tests can fix it: the clock (the only reading
 * of system time), standard input, the signal that stops long-running commands, the environment
 * variables configs interpolate, and the working directory.
 */
record CliContext(Clock clock, InputStream stdin, StopSignal stop, Map<String, String> environment,
                  Path workingDirectory) {
    CliContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stop, "stop");
        environment = Map.copyOf(environment);
        workingDirectory = workingDirectory.toAbsolutePath();
    }

    /** The real outside world; only {@link Main} builds it. */
    static CliContext system() {
        return new CliContext(Clock.systemUTC(), System.in, StopSignal.onShutdown(), System.getenv(), Path.of(""));
    }

    /** Where configs read {@code ${ENV}} values and find {@code ${dataDir}}. */
    ConfigEnvironment configEnvironment(Optional<Path> dataDirOption) {
        return ConfigEnvironment.of(environment, dataDirOption, workingDirectory);
    }
}
