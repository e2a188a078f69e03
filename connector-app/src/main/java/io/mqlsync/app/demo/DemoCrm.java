package io.mqlsync.app.demo;

import io.mqlsync.sandbox.clock.AdjustableClock;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A fake CRM started for {@code mqlsync demo}: seeded with generated leads, listening on loopback on a
 * free port, with a clock the demo can move forward, and a sales team the demo plays. Closing stops it.
 */
public interface DemoCrm extends AutoCloseable {

    /** The CRMs the demo can fake. */
    enum Kind { hubspot, salesforce }

    /**
     * Starts the fake CRM for {@code kind}.
     *
     * @param clock the CRM's time; the demo's runs read the same clock, so advancing it ages both
     */
    static DemoCrm start(Kind kind, DemoSpec spec, AdjustableClock clock) {
        return kind == Kind.salesforce ? SalesforceDemoCrm.start(spec, clock) : HubSpotDemoCrm.start(spec, clock);
    }

    /** One line for a person: which CRM, where, how many leads, which seed. Never a credential. */
    String describe();

    /**
     * Writes the demo's instance config for this CRM under {@code dir} ({@code config/instances/}, its
     * model beside it in {@code config/models/}, and any key it reads), pointing at this CRM, with
     * round-robin routing over the CRM's active sales people.
     *
     * @return the instance config file
     */
    Path writeConfig(Path dir) throws IOException;

    /** The environment variables the written config reads; empty when it reads none. */
    Map<String, String> environment();

    /**
     * Whether the lead still waits for sales: its lead status is not one the config counts as accepted.
     * Some generated leads were being worked before mqlsync handed them over; those are accepted on the
     * next run without anyone answering.
     */
    boolean awaitsSales(String leadId);

    /** A sales rep accepts the lead: sets the lead status the config counts as accepted. */
    void accept(String leadId);

    /** A sales rep rejects the lead with a reason code, in the CRM's rejection-reason field. */
    void reject(String leadId, String reasonCode);

    @Override
    void close();
}
