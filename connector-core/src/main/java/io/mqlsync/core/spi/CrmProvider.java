package io.mqlsync.core.spi;

import io.mqlsync.core.resilience.CallPolicyConfig;

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
