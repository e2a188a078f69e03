package io.mqlsync.core.config;

import io.mqlsync.core.resilience.CallPolicyConfig;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.ConfigBlock;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.spi.CrmProviders;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CRM provider for config tests: validates its block the way an adapter would (credentials present,
 * read as secrets) and records every block it was asked to validate. It opens nothing.
 */
final class CheckingCrmProvider implements CrmProvider {
    private final String crm;
    private final List<String> validated = new ArrayList<>();

    CheckingCrmProvider(String crm) {
        this.crm = crm;
    }

    /** Both CRMs of DESIGN section 4, as the app has them installed. */
    static CrmProviders both() {
        return CrmProviders.of(List.of(new CheckingCrmProvider("hubspot"), new CheckingCrmProvider("salesforce")));
    }

    List<String> validated() {
        return List.copyOf(validated);
    }

    @Override
    public String crm() {
        return crm;
    }

    @Override
    public void validate(ConfigBlock settings) {
        validated.add(settings.path());
        if (crm.equals("hubspot")) {
            if (settings.has("accessToken") == settings.has("oauth")) {
                settings.problem("accessToken", "give either accessToken or an oauth block");
            }
            settings.secret("accessToken");
            settings.block("oauth").ifPresent(oauth -> {
                oauth.secret("clientSecret");
                oauth.secret("refreshToken");
            });
        } else {
            settings.block("oauth").ifPresentOrElse(oauth -> {
                oauth.secret("privateKey");
                oauth.secret("clientSecret");
            }, () -> settings.problem("oauth", "required: how mqlsync authenticates"));
        }
    }

    /** Salesforce's {@code assignmentRules} key, as the real provider reads it. */
    @Override
    public Optional<String> delegatedRouting(ConfigBlock settings) {
        return crm.equals("salesforce") && settings.has("assignmentRules") ? Optional.of("assignmentRules") : Optional.empty();
    }

    @Override
    public CallPolicyConfig callPolicy(ConfigBlock settings) {
        throw new UnsupportedOperationException("config tests open no adapter");
    }

    @Override
    public CrmAdapter open(AdapterContext context) {
        throw new UnsupportedOperationException("config tests open no adapter");
    }
}
