package io.mqlsync.app.cli;

import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.resilience.RequestRate;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.CrmProviders;
import io.mqlsync.core.sync.FakeCrm;
import java.time.Duration;
import java.util.List;

/**
 * Serves core's in-memory {@link FakeCrm} under the HubSpot key (so configs get HubSpot's defaults),
 * for command tests that must not depend on an adapter module; counts how often it was opened.
 */
final class FakeCrmProvider implements CrmProvider {
    private final FakeCrm crm;
    private int opened;

    FakeCrmProvider(FakeCrm crm) {
        this.crm = crm;
    }

    CrmProviders installed() {
        return CrmProviders.of(List.of(this));
    }

    int opened() {
        return opened;
    }

    @Override
    public String crm() {
        return "hubspot";
    }

    @Override
    public void validate(ConfigBlock settings) {
        settings.secret("accessToken");
    }

    @Override
    public CallPolicyConfig callPolicy(ConfigBlock settings) {
        return CallPolicyConfig.of(new RequestRate(100, Duration.ofSeconds(10)));
    }

    @Override
    public CrmAdapter open(AdapterContext context) {
        opened++;
        return crm;
    }
}
