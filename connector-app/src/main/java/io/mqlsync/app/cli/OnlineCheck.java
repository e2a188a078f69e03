package io.mqlsync.app.cli;

import io.mqlsync.core.config.ConfigProblem;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.model.OwnerEmail;
import io.mqlsync.core.routing.OwnerRoster;
import io.mqlsync.core.routing.RoutingConfig;
import io.mqlsync.core.spi.CrmAdapter;
import io.mqlsync.core.spi.CrmOwner;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.TransientCrmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code validate --online}: what only the CRM can tell about an instance config, read-only. The API
 * answers with these credentials (a refusal is a {@link io.mqlsync.core.spi.CrmAuthException}, exit 3);
 * the CRM has every property and field mqlsync writes (the check {@code setup} reports, without
 * creating anything); every owner the config names by email is an active owner. Each problem is one
 * {@link ConfigProblem} naming the file and the config path, never an email.
 */
final class OnlineCheck {
    private final String file;
    private final InstanceConfig config;

    OnlineCheck(String file, InstanceConfig config) {
        this.file = file;
        this.config = config;
    }

    /** What was checked, for the success line. */
    record Result(List<ConfigProblem> problems, int schemaItems, int owners) {
        Result {
            problems = List.copyOf(problems);
        }
    }

    /**
     * @throws io.mqlsync.core.spi.CrmAuthException when the CRM refuses the credentials
     */
    Result run(CrmAdapter crm) {
        List<ConfigProblem> problems = new ArrayList<>();
        List<CrmOwner> owners;
        try {
            owners = crm.owners().owners();
        } catch (TransientCrmException | PermanentCrmException e) {
            // refused credentials and a spent budget are not config problems: they propagate (exit 3, 4)
            problems.add(new ConfigProblem(file, config.crmKey(), "the CRM's API cannot be reached: " + e.getMessage()));
            return new Result(problems, 0, 0);
        }
        SchemaReport schema = crm.schema().check(config.schemaRequirements());
        for (SchemaReport.Item item : schema.items()) {
            if (item.state() == SchemaReport.State.MISSING || item.state() == SchemaReport.State.WRONG) {
                problems.add(new ConfigProblem(file, config.crmKey(), item.name() + " is "
                        + item.state().name().toLowerCase(Locale.ROOT)
                        + (item.detail().isEmpty() ? "" : ": " + item.detail())));
            }
        }
        int named = checkOwners(owners, problems);
        return new Result(problems, schema.items().size(), named);
    }

    /** @return how many owner references the config has */
    private int checkOwners(List<CrmOwner> owners, List<ConfigProblem> problems) {
        Map<OwnerEmail, OwnerRoster.Status> byEmail = new HashMap<>();
        for (CrmOwner owner : owners) {
            // an email listed twice (a person and a deactivated copy): the active one counts
            owner.email().ifPresent(e -> byEmail.merge(e, owner.status(),
                    (a, b) -> a == OwnerRoster.Status.ACTIVE ? a : b));
        }
        Map<String, OwnerEmail> named = namedOwners();
        named.forEach((path, email) -> status(byEmail.get(email)).ifPresent(p -> problems.add(new ConfigProblem(file, path, p))));
        return named.size();
    }

    private static Optional<String> status(OwnerRoster.Status status) {
        if (status == null) {
            return Optional.of("no owner in the CRM has this email");
        }
        return status == OwnerRoster.Status.ACTIVE ? Optional.empty() : Optional.of("the owner is inactive in the CRM");
    }

    /** Every owner email in the config by its path, in file order. */
    private Map<String, OwnerEmail> namedOwners() {
        Map<String, OwnerEmail> named = new LinkedHashMap<>();
        RoutingConfig routing = config.routing();
        for (int i = 0; i < routing.marketingOwners().size(); i++) {
            named.put("routing.marketingOwners[" + i + "]", routing.marketingOwners().get(i));
        }
        for (int r = 0; r < routing.rules().size(); r++) {
            List<OwnerEmail> pool = routing.rules().get(r).pool();
            for (int i = 0; i < pool.size(); i++) {
                named.put("routing.rules[" + r + "].pool[" + i + "]", pool.get(i));
            }
        }
        for (int i = 0; i < routing.defaultPool().size(); i++) {
            named.put("routing.defaultPool[" + i + "]", routing.defaultPool().get(i));
        }
        config.lifecycle().nurtureOwner().ifPresent(e -> named.put("lifecycle.nurtureOwner", e));
        return named;
    }
}
