package io.mqlsync.core.sync;

import io.mqlsync.core.model.MqlsyncException;

/** Thrown between pages when the run's {@link StopRequest} said stop; the engine ends the run as stopped. */
final class StopRequested extends MqlsyncException {
    StopRequested() {
        super("stop requested");
    }
}
