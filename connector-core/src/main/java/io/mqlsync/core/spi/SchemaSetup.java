package io.mqlsync.core.spi;

import java.nio.file.Path;
import java.util.Optional;

/** Checks, and where the CRM allows creates, what mqlsync needs in the CRM's schema. Not thread-safe. */
public interface SchemaSetup {

    /** Reads the schema and reports every required item, changing nothing ({@code validate --online}). */
    SchemaReport check(SchemaRequirements required);

    /**
     * Creates what is missing where the CRM allows it (HubSpot properties, options) and reports the rest
     * ({@code setup}). Idempotent: a second run creates nothing.
     */
    SchemaReport apply(SchemaRequirements required);

    /**
     * Writes into {@code dir} a package that creates, when deployed by a person, what {@link #apply}
     * could not create through the API. Writes nothing when {@code found} lacks nothing a package can
     * create, or when the CRM's API creates its schema itself.
     *
     * @param found what {@link #apply} or {@link #check} reported
     * @return the package written, or empty when none is needed
     */
    default Optional<SchemaPackage> writePackage(Path dir, SchemaRequirements required, SchemaReport found) {
        return Optional.empty();
    }
}
