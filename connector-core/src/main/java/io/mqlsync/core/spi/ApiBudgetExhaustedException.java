package io.mqlsync.core.spi;

/**
 * The CRM's daily API allowance (or the share of it this instance may use) is spent. The run stops
 * cleanly after its last checkpoint and resumes next time. Exit code 4.
 */
public final class ApiBudgetExhaustedException extends CrmException {
    public ApiBudgetExhaustedException(String message, Throwable cause) {
        super(message, cause);
    }

    public ApiBudgetExhaustedException(String message) {
        super(message, null);
    }
}
