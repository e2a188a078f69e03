package io.mqlsync.app.simulate;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadRecord;
import java.util.List;

/**
 * Where simulate and calibrate read records from: the CRM (read-only) or an export. Reads each record
 * once, in the source's order; never writes anywhere.
 */
public interface LeadStream {

    /** What a stream hands each record to. */
    @FunctionalInterface
    interface Visitor {
        void accept(LeadRecord record, List<Event> events);
    }

    /**
     * Reads every record and hands it, with its events, to {@code visitor}.
     *
     * @return how many records could not be read (malformed export lines; each is reported where it is found)
     */
    long forEach(Visitor visitor);
}
