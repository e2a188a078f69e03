package io.mqlsync.app.cli;

import io.mqlsync.core.spi.CrmProviders;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;

/**
 * Runs a long-running command (the daemon) in-process on a thread of its own, as a user would from a
 * shell: its output can be read while it runs, and {@link #stop()} plays SIGTERM.
 */
final class BackgroundCli implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("health on http://[^:]+:(\\d+)/health");

    private final CountDownLatch stop = new CountDownLatch(1);
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final ExecutorService thread = Executors.newSingleThreadExecutor();
    private final Future<Integer> exit;

    BackgroundCli(Clock clock, Map<String, String> environment, Path workingDirectory, String... args) {
        CliContext context = new CliContext(clock, new ByteArrayInputStream(new byte[0]), stop::await, environment,
                workingDirectory, CrmProviders.installed(), false);
        CommandLine command = Main.commandLine(context);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        exit = thread.submit(() -> command.execute(args));
    }

    /** What it printed to stdout so far. */
    String out() {
        return out.toString();
    }

    /** What it printed to stderr so far. */
    String err() {
        return err.toString();
    }

    /** The port of the health endpoint it printed; empty until then. */
    Optional<Integer> httpPort() {
        Matcher m = PORT.matcher(out.toString());
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    /** The exit code, once it has finished; empty while running. */
    Optional<Integer> exitCode() {
        if (!exit.isDone()) {
            return Optional.empty();
        }
        return Optional.of(awaitExit(Duration.ZERO));
    }

    /** Plays SIGTERM. */
    void stop() {
        stop.countDown();
    }

    /** Waits for the exit code. */
    int awaitExit(Duration timeout) {
        try {
            return exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("the command did not exit in " + timeout + "; stderr:\n" + err, e);
        }
    }

    /** Stops it if still running and waits for it to exit, so nothing of it outlives the test. */
    @Override
    public void close() {
        stop();
        try {
            exit.get(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            exit.cancel(true);
        } finally {
            thread.shutdownNow();
        }
    }
}
