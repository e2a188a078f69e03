package io.mqlsync.core.resilience;

import io.mqlsync.core.spi.ApiBudgetExhaustedException;
import io.mqlsync.core.spi.DailyUsage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Stops an instance at its share of the CRM's daily API allowance. Between two reports from the CRM it
 * adds the requests it let through to the last reported count. Before the first report (and for CRMs that
 * never report, such as HubSpot under OAuth) it lets every request through; the CRM's own daily 429 then
 * surfaces as {@link ApiBudgetExhaustedException} from the adapter.
 *
 * <p>The CRM's count goes down again (at midnight, or over Salesforce's rolling 24 hours), but a stopped
 * instance makes no requests that would tell us. So once the last report is older than
 * {@link #PROBE_AFTER}, one request per period is let through as a probe; its response refreshes the count.
 * Thread-safe.
 */
final class DailyBudget {
    /** How old a report must be before an exhausted budget lets one probe request through. */
    static final Duration PROBE_AFTER = Duration.ofMinutes(15);

    private final double share;
    private final Clock clock;
    private Optional<DailyUsage> lastReport = Optional.empty();
    private Instant lastReportAt = Instant.MIN;
    private long sinceReport;

    DailyBudget(double share, Clock clock) {
        this.share = share;
        this.clock = clock;
    }

    /**
     * Counts one request about to be sent.
     *
     * @throws ApiBudgetExhaustedException when the estimated usage has reached the share; the request is
     *         then not counted and must not be sent
     */
    synchronized void beforeRequest(String instance, String operation) {
        if (lastReport.isPresent()) {
            DailyUsage usage = lastReport.get();
            long estimated = usage.used() + sinceReport;
            long threshold = (long) Math.floor(share * usage.limit());
            if (estimated >= threshold && !probeDue()) {
                throw new ApiBudgetExhaustedException(String.format(Locale.ROOT,
                        "%s: %s not sent: %d of %d daily API requests used, this instance stops at %.0f%% (%d)",
                        instance, operation, estimated, usage.limit(), share * 100, threshold));
            }
        }
        sinceReport++;
    }

    /** The CRM's own count replaces our estimate (it includes the requests we counted since the last one). */
    synchronized void report(DailyUsage usage) {
        lastReport = Optional.of(usage);
        lastReportAt = clock.instant();
        sinceReport = 0;
    }

    private boolean probeDue() {
        Instant now = clock.instant();
        if (now.isBefore(lastReportAt.plus(PROBE_AFTER))) {
            return false;
        }
        lastReportAt = now; // one probe per period, even if its response carries no report
        return true;
    }
}
