package io.mqlsync.app.cli;

import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.config.InstanceConfigLoader;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.resilience.CallMetrics;
import io.mqlsync.core.resilience.PolicyRuntime;
import io.mqlsync.core.resilience.ResilientCallPolicy;
import io.mqlsync.core.spi.AdapterContext;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmProvider;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.sync.SyncEngine;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One CRM instance opened for a command: its config loaded and checked (exit 2 before any request), its
 * adapter opened behind the instance's call policy, and, for commands that write, its state database.
 * Closing releases the adapter and the database.
 */
public final class InstanceSession implements AutoCloseable {
    private final CliContext context;
    private final InstanceConfig config;
    private final CallCounts calls;
    private final CrmAdapter crm;
    private final LazyState state;

    private InstanceSession(CliContext context, InstanceConfig config, CrmAdapter crm, CallCounts calls, LazyState state) {
        this.context = context;
        this.config = config;
        this.crm = crm;
        this.calls = calls;
        this.state = state;
    }

    /**
     * Loads the config and opens the adapter.
     *
     * @throws io.mqlsync.core.config.ConfigException when the config has problems (nothing reached the CRM)
     * @throws io.mqlsync.core.spi.CrmAuthException  when the CRM refuses the credentials
     */
    public static InstanceSession open(CliContext context, Path file, Optional<Path> dataDir) {
        return open(context, load(context, file, dataDir), CallMetrics.none());
    }

    /**
     * Loads and checks an instance config; nothing reaches the CRM.
     *
     * @throws io.mqlsync.core.config.ConfigException with every problem of the file
     */
    static InstanceConfig load(CliContext context, Path file, Optional<Path> dataDir) {
        return new InstanceConfigLoader(context.providers(), context.configEnvironment(dataDir)).load(file);
    }

    /**
     * Opens the adapter of a loaded config, its call policy reporting to {@code metrics} as well as to
     * the counts the run log keeps.
     *
     * @throws io.mqlsync.core.spi.CrmAuthException when the CRM refuses the credentials
     */
    static InstanceSession open(CliContext context, InstanceConfig config, CallMetrics metrics) {
        // the loader has checked that the provider is installed
        CrmProvider provider = context.providers().find(config.crmKey()).orElseThrow();
        CallCounts calls = new CallCounts();
        ResilientCallPolicy policy = new ResilientCallPolicy(config.instance(), provider.callPolicy(config.crmSettings()),
                PolicyRuntime.system(context.clock(), calls.and(metrics)));
        LazyState state = new LazyState(config.state().url(), config.instance(), context.clock());
        CrmAdapter crm = provider.open(new AdapterContext(config.instance(), config.crmSettings(), config.fields(),
                config.writeBack(), policy, state.archive(), context.clock()));
        return new InstanceSession(context, config, crm, calls, state);
    }

    public InstanceConfig config() {
        return config;
    }

    public CrmAdapter crm() {
        return crm;
    }

    /** The sync engine over the instance's state database (opened on first use). */
    SyncEngine engine() {
        return new SyncEngine(config, crm, store(), context.clock(), calls);
    }

    /** The instance's state store (its database opened on first use). */
    StateStore store() {
        return state.store();
    }

    @Override
    public void close() {
        try {
            crm.close();
        } finally {
            state.close();
        }
    }
}
