package io.mqlsync.core.state;

import io.mqlsync.core.model.MqlsyncException;

/**
 * The state store could not do what was asked: the database is unreachable, locked beyond the busy
 * timeout, or refused a statement. The message names the operation ({@code deadLetters.due}) and the
 * instance, never values; the cause is the driver's exception.
 */
public class StateStoreException extends MqlsyncException {
    public StateStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
