package io.mqlsync.core.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** The CRM providers on the class path, by their {@code crm:} key. */
public final class CrmProviders {
    private final List<CrmProvider> providers;

    private CrmProviders(List<CrmProvider> providers) {
        this.providers = List.copyOf(providers);
    }

    /** The providers registered through {@code META-INF/services/io.mqlsync.core.spi.CrmProvider}. */
    public static CrmProviders installed() {
        return new CrmProviders(ServiceLoader.load(CrmProvider.class).stream().map(ServiceLoader.Provider::get).toList());
    }

    public static CrmProviders of(List<CrmProvider> providers) {
        return new CrmProviders(providers);
    }

    public Optional<CrmProvider> find(String crm) {
        return providers.stream().filter(p -> p.crm().equals(crm)).findFirst();
    }

    /** The keys a config may name, sorted, for the message when it names another. */
    public List<String> keys() {
        return providers.stream().map(CrmProvider::crm).sorted().toList();
    }
}
