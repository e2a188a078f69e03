package io.mqlsync.core.spi;

/** The call will fail the same way if made again: a malformed request, a missing object or property. */
public final class PermanentCrmException extends CrmException {
    public PermanentCrmException(String message, Throwable cause) {
        super(message, cause);
    }

    public PermanentCrmException(String message) {
        super(message, null);
    }
}
