package io.mqlsync.app.daemon;

import io.mqlsync.core.model.MqlsyncException;

/** The daemon's scheduler could not start or be reached (its job store is unavailable). */
public final class DaemonException extends MqlsyncException {
    public DaemonException(String message, Throwable cause) {
        super(message, cause);
    }
}
