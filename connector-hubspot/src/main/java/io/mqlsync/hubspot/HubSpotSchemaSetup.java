package io.mqlsync.hubspot;

import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.core.spi.SchemaSetup;
import io.mqlsync.hubspot.client.HubSpotPropertiesClient;
import io.mqlsync.hubspot.client.PropertyDefinition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks and creates the property group {@code mqlsync} and every {@code mql_*} contact property with its
 * type and options; adds missing options to existing enumerations; checks that {@code hs_lead_status}
 * offers the lead statuses the lifecycle config uses (HubSpot portals customise them; mqlsync does not
 * change them). A property of the wrong type is reported, never changed: it may hold data. Not thread-safe.
 */
final class HubSpotSchemaSetup implements SchemaSetup {
    private final HubSpotPropertiesClient client;
    private final String leadStatusProperty;

    HubSpotSchemaSetup(HubSpotPropertiesClient client, String leadStatusProperty) {
        this.client = Objects.requireNonNull(client, "client");
        this.leadStatusProperty = Objects.requireNonNull(leadStatusProperty, "leadStatusProperty");
    }

    @Override
    public SchemaReport check(SchemaRequirements required) {
        return run(required, Mode.CHECK);
    }

    @Override
    public SchemaReport apply(SchemaRequirements required) {
        return run(required, Mode.APPLY);
    }

    private enum Mode {
        CHECK,
        APPLY
    }

    private SchemaReport run(SchemaRequirements required, Mode mode) {
        List<SchemaReport.Item> items = new ArrayList<>();
        if (client.contactPropertyGroups().contains(MqlProperties.GROUP)) {
            items.add(new SchemaReport.Item("group " + MqlProperties.GROUP, SchemaReport.State.PRESENT, ""));
        } else if (mode == Mode.APPLY) {
            client.createContactPropertyGroup(MqlProperties.GROUP, MqlProperties.GROUP_LABEL);
            items.add(new SchemaReport.Item("group " + MqlProperties.GROUP, SchemaReport.State.CREATED, ""));
        } else {
            items.add(new SchemaReport.Item("group " + MqlProperties.GROUP, SchemaReport.State.MISSING, "run setup"));
        }
        Map<String, PropertyDefinition> existing = client.contactProperties().stream()
                .collect(Collectors.toMap(PropertyDefinition::name, Function.identity(), (a, b) -> a));
        for (PropertyDefinition wanted : MqlProperties.of(required)) {
            items.add(property(wanted, existing.get(wanted.name()), mode));
        }
        items.add(leadStatuses(required, existing.get(leadStatusProperty)));
        return new SchemaReport(items);
    }

    private SchemaReport.Item property(PropertyDefinition wanted, PropertyDefinition found, Mode mode) {
        if (found == null) {
            if (mode == Mode.CHECK) {
                return new SchemaReport.Item(wanted.name(), SchemaReport.State.MISSING, "run setup");
            }
            client.createContactProperty(wanted);
            return new SchemaReport.Item(wanted.name(), SchemaReport.State.CREATED, wanted.type());
        }
        if (!found.type().equals(wanted.type())) {
            return new SchemaReport.Item(wanted.name(), SchemaReport.State.WRONG, "is of type " + found.type()
                    + ", mqlsync needs " + wanted.type() + "; change or delete it in HubSpot");
        }
        Set<String> missing = new LinkedHashSet<>(wanted.options());
        missing.removeAll(found.options());
        if (missing.isEmpty()) {
            return new SchemaReport.Item(wanted.name(), SchemaReport.State.PRESENT, "");
        }
        if (mode == Mode.CHECK) {
            return new SchemaReport.Item(wanted.name(), SchemaReport.State.MISSING, "options missing: " + missing);
        }
        List<String> options = new ArrayList<>(found.options());
        options.addAll(missing);
        client.updateContactPropertyOptions(wanted.name(), options);
        return new SchemaReport.Item(wanted.name(), SchemaReport.State.CREATED, "options added: " + missing);
    }

    private SchemaReport.Item leadStatuses(SchemaRequirements required, PropertyDefinition found) {
        if (found == null) {
            return new SchemaReport.Item(leadStatusProperty, SchemaReport.State.MISSING, "the lead status property is missing");
        }
        Set<String> missing = new LinkedHashSet<>(required.leadStatuses());
        missing.removeAll(found.options());
        return missing.isEmpty() ? new SchemaReport.Item(leadStatusProperty, SchemaReport.State.PRESENT, "")
                : new SchemaReport.Item(leadStatusProperty, SchemaReport.State.WRONG,
                "options the lifecycle config uses are missing: " + missing + "; add them in HubSpot or change the config");
    }
}
