package io.mqlsync.salesforce;

import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.PermanentCrmException;
import java.time.Duration;
import java.util.Optional;

/** The Salesforce adapter, found by {@code crm: salesforce}. */
public final class SalesforceProvider implements CrmProvider {
    /**
     * Salesforce has no short request window, only the daily allowance and 25 concurrent long requests; this
     * pace keeps one instance from crowding out the org's other integrations.
     */
    static final RequestRate RATE = new RequestRate(25, Duration.ofSeconds(1));

    @Override
    public String crm() {
        return "salesforce";
    }

    @Override
    public void validate(ConfigBlock settings) {
        SalesforceSettings.read(settings);
    }

    /** {@code assignmentRules} hands the owner of a qualifying lead to the org's Lead assignment rules. */
    @Override
    public Optional<String> delegatedRouting(ConfigBlock settings) {
        return settings.has(AssignmentRules.KEY) ? Optional.of(AssignmentRules.KEY) : Optional.empty();
    }

    @Override
    public CallPolicyConfig callPolicy(ConfigBlock settings) {
        double share = settings.number("maxDailyShare").orElse(CallPolicyConfig.DEFAULT_MAX_DAILY_SHARE);
        return CallPolicyConfig.of(RATE).withMaxDailyShare(share > 0 && share <= 1 ? share : CallPolicyConfig.DEFAULT_MAX_DAILY_SHARE);
    }

    @Override
    public CrmAdapter open(AdapterContext context) {
        SalesforceSettings settings = SalesforceSettings.read(context.settings())
                .orElseThrow(() -> new PermanentCrmException("the salesforce block of " + context.instance() + " is invalid"));
        return SalesforceAdapter.open(context, settings);
    }
}
