package io.mqlsync.core.spi;

/** Checks, and where the CRM allows creates, what mqlsync needs in the CRM's schema. Not thread-safe. */
public interface SchemaSetup {

    /** Reads the schema and reports every required item, changing nothing ({@code validate --online}). */
    SchemaReport check(SchemaRequirements required);

    /**
     * Creates what is missing where the CRM allows it (HubSpot properties, options) and reports the rest
     * ({@code setup}). Idempotent: a second run creates nothing.
     */
    SchemaReport apply(SchemaRequirements required);
}
