package io.mqlsync.app.cli;

import java.util.concurrent.CountDownLatch;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/** How a long-running command learns that it should stop: Ctrl-C or SIGTERM in the real CLI. */
@FunctionalInterface
public interface StopSignal {

    /** Blocks until the command should stop. */
    void await() throws InterruptedException;

    /**
     * Released by SIGTERM or SIGINT (Ctrl-C), or when the JVM begins to shut down otherwise. The signals
     * are caught rather than left to start the JVM's shutdown, so the command finishes its work (a daemon
     * lets its runs checkpoint) and the process exits with the command's own code, 0 after a clean stop,
     * instead of 143. A second signal is left to the JVM: it ends the process at once.
     */
    static StopSignal onShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "mqlsync-stop"));
        for (String name : new String[] {"TERM", "INT"}) {
            try {
                Signal signal = new Signal(name);
                Signal.handle(signal, s -> {
                    Signal.handle(signal, SignalHandler.SIG_DFL);
                    stopped.countDown();
                });
            } catch (IllegalArgumentException e) {
                // the JVM keeps this signal for itself (-Xrs) or the platform lacks it: the shutdown hook serves
                LoggerFactory.getLogger(StopSignal.class).debug("signal {} not caught: {}", name, e.getMessage());
            }
        }
        return stopped::await;
    }
}
