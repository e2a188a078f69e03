package io.mqlsync.core.spi;

/**
 * One open connection to one CRM instance. The engine owns it and its threads; parts are not
 * thread-safe unless they say so. Closing releases connections; it never writes.
 */
public interface CrmAdapter extends AutoCloseable {

    LeadSource leads();

    EngagementSource engagement();

    LeadSink sink();

    OwnerDirectory owners();

    SchemaSetup schema();

    /** Deals and opportunities after the handoff; a CRM without them reads none. */
    default OutcomeSource outcomes() {
        return OutcomeSource.none();
    }

    @Override
    void close();
}
