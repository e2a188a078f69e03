package io.mqlsync.core.spi;

import java.time.Instant;
import java.util.List;

/**
 * Reads the engagement of a page of leads in bulk (one request per page or per form, never one per
 * lead where the API allows better). Not thread-safe.
 */
public interface EngagementSource {

    /**
     * @param page the leads just read; may be empty
     * @param now  the run's clock reading: events older than the model can still count are not needed
     * @return the page's events; a lead whose detail is unavailable gets what the aggregates allow, with a note
     * @throws CrmException when the whole read failed
     */
    Engagement eventsFor(List<SourceLead> page, Instant now);
}
