package io.mqlsync.core.sync;

import io.mqlsync.core.model.MqlsyncException;

/** Another run of the instance holds its lease (or took it over): this run does not start, or stops writing. */
public final class InstanceBusyException extends MqlsyncException {
    public InstanceBusyException(String message) {
        super(message);
    }
}
