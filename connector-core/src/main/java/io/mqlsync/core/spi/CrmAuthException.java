package io.mqlsync.core.spi;

/** The CRM refused our credentials or their scope, and refreshing them did not help. Exit code 3. */
public final class CrmAuthException extends CrmException {
    public CrmAuthException(String message, Throwable cause) {
        super(message, cause);
    }

    public CrmAuthException(String message) {
        super(message, null);
    }
}
