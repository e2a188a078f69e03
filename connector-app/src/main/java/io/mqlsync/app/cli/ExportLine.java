package io.mqlsync.app.cli;

import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.LeadRecord;
import java.util.List;
import java.util.Objects;

/** One line of a JSON Lines lead export, read: a lead with its events, or why the line is unusable. */
public sealed interface ExportLine {

    /**
     * @param lead          the lead and its fields
     * @param events        its events of known types
     * @param droppedEvents how many events had a type mqlsync does not know (not an error: they count for nothing)
     */
    record Lead(LeadRecord lead, List<Event> events, int droppedEvents) implements ExportLine {
        public Lead {
            Objects.requireNonNull(lead, "lead");
            events = List.copyOf(events);
        }
    }

    /** @param reason what is wrong, naming the place in the line; never a value from it */
    record Malformed(String reason) implements ExportLine {
        public Malformed {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
