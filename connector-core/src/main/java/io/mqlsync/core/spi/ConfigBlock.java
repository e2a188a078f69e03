package io.mqlsync.core.spi;

import io.mqlsync.core.model.Secret;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A read-only view of one block of an instance config (the CRM's own, e.g. {@code hubspot:}), for the
 * adapter that owns it. Values are already interpolated ({@code ${ENV}}, {@code ${file:PATH}}); a
 * problem reported here becomes one line naming the file and the path, like every config problem.
 */
public interface ConfigBlock {

    /** Where the block sits in the file, e.g. {@code hubspot} or {@code salesforce.oauth}. */
    String path();

    boolean has(String key);

    /** @return the value as text, empty when absent or not a scalar */
    Optional<String> text(String key);

    /** @return the value as a number, empty when absent or not a number */
    OptionalDouble number(String key);

    /**
     * A credential: must come from {@code ${ENV}} or {@code ${file:PATH}}; a literal in the file has
     * already been reported as a problem.
     */
    Optional<Secret> secret(String key);

    /** A nested block, empty when absent or not a mapping. */
    Optional<ConfigBlock> block(String key);

    /**
     * The mappings of a list, each a block at {@code path().key[i]}; empty when absent or not a list. An
     * element that is not a mapping is left out (the schema check has reported it).
     */
    List<ConfigBlock> blocks(String key);

    /** The keys of this block, in file order. */
    List<String> keys();

    /** Reports a problem at {@code path().key}. */
    void problem(String key, String message);
}
