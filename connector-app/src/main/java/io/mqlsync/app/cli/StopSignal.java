package io.mqlsync.app.cli;

import java.util.concurrent.CountDownLatch;

/** How a long-running command learns that it should stop: Ctrl-C or SIGTERM in the real CLI. */
@FunctionalInterface
public interface StopSignal {

    /** Blocks until the command should stop. */
    void await() throws InterruptedException;

    /** Released when the JVM begins to shut down (Ctrl-C, SIGTERM). */
    static StopSignal onShutdown() {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown, "mqlsync-stop"));
        return stopped::await;
    }
}
