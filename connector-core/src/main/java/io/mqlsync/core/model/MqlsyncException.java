package io.mqlsync.core.model;

/**
 * Root of every exception mqlsync throws on purpose. Messages name the operation and CRM ids, never
 * field values, emails or secrets.
 */
public class MqlsyncException extends RuntimeException {
    public MqlsyncException(String message) {
        super(message);
    }

    public MqlsyncException(String message, Throwable cause) {
        super(message, cause);
    }
}
