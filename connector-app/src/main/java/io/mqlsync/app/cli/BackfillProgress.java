package io.mqlsync.app.cli;

import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.sync.RunListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shows a backfill's progress: a progress bar with count, rate and (when the total is known, i.e. with
 * {@code --limit}) ETA on stderr when stdout is a terminal; otherwise a log line every
 * {@value #LOG_EVERY_SECONDS} seconds, for logs collected by a scheduler. Not thread-safe.
 */
final class BackfillProgress implements AutoCloseable {
    static final long LOG_EVERY_SECONDS = 10;
    private static final Logger LOG = LoggerFactory.getLogger(BackfillProgress.class);

    private final Clock clock;
    private final Optional<ProgressBar> bar;
    private final Instant started;
    private Instant lastLogged;
    private boolean closed;

    private BackfillProgress(Clock clock, Optional<ProgressBar> bar) {
        this.clock = clock;
        this.started = clock.instant();
        this.lastLogged = started;
        this.bar = bar;
    }

    /** A progress bar on stderr: count and rate, and ETA when {@code total} is known. */
    static BackfillProgress bar(Clock clock, OptionalLong total) {
        return new BackfillProgress(clock, Optional.of(new ProgressBarBuilder().setTaskName("backfill")
                .setInitialMax(total.orElse(-1)).setStyle(ProgressBarStyle.ASCII).setUnit(" records", 1).showSpeed()
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build()));
    }

    /** A log line every {@value #LOG_EVERY_SECONDS} seconds. */
    static BackfillProgress logLines(Clock clock) {
        return new BackfillProgress(clock, Optional.empty());
    }

    /** Hears every page the engine finishes. */
    RunListener listener(RunListener planned) {
        return new RunListener() {
            @Override
            public void pageDone(long recordsDone) {
                progressed(recordsDone);
            }

            @Override
            public void planned(LeadChange change) {
                planned.planned(change);
            }
        };
    }

    private void progressed(long records) {
        if (bar.isPresent()) {
            bar.get().stepTo(records);
            return;
        }
        Instant now = clock.instant();
        if (Duration.between(lastLogged, now).getSeconds() >= LOG_EVERY_SECONDS) {
            lastLogged = now;
            double seconds = Math.max(1, Duration.between(started, now).getSeconds());
            LOG.info("backfill: {} records, {} records/s", records, Math.round(records / seconds));
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            bar.ifPresent(ProgressBar::close);
        }
    }
}
