package io.mqlsync.core.spi;

import io.mqlsync.core.resilience.CallPolicyConfig;
import java.util.Optional;

/**
 * A CRM adapter module, found with {@link java.util.ServiceLoader} by the {@code crm:} key of an instance
 * config. A third CRM is one new module with one of these.
 */
public interface CrmProvider {

    /** The {@code crm:} key this provider serves, e.g. {@code hubspot}. */
    String crm();

    /**
     * Checks the CRM's own block of an instance config, reporting every problem through it. Makes no
     * request: it runs before anything may reach the CRM.
     */
    void validate(ConfigBlock settings);

    /**
     * The key of the CRM's block that hands owner assignment on handoff to the CRM's own rules, when the block
     * sets one: mqlsync's routing must then not assign owners as well, so loading refuses a {@code routing}
     * block beside it. Called only on a block {@link #validate} passed; makes no request.
     *
     * @return the key under the block, e.g. {@code assignmentRules}; empty (the default) when mqlsync routes
     */
    default Optional<String> delegatedRouting(ConfigBlock settings) {
        return Optional.empty();
    }

    /** The request rates and retry settings this CRM's calls go through, from its block and its documented limits. */
    CallPolicyConfig callPolicy(ConfigBlock settings);

    /**
     * Opens the adapter. May authenticate.
     *
     * @throws CrmAuthException when the CRM refuses the credentials
     * @throws CrmException     when the CRM cannot be reached
     */
    CrmAdapter open(AdapterContext context);
}
