package io.mqlsync.app.cli;

import java.io.InputStream;
import java.time.Clock;
import java.util.Objects;

/**
 * What the outside world gives the commands, injected so tests can fix it: the clock (the only reading
 * of system time), standard input, and the signal that stops long-running commands.
 */
record CliContext(Clock clock, InputStream stdin, StopSignal stop) {
    CliContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(stop, "stop");
    }
}
