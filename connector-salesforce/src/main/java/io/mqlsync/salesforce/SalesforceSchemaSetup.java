package io.mqlsync.salesforce;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.PicklistEntry;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.SchemaPackage;
import io.mqlsync.core.spi.SchemaReport;
import io.mqlsync.core.spi.SchemaRequirements;
import io.mqlsync.core.spi.SchemaSetup;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.mapping.LeadFieldMap;
import io.mqlsync.salesforce.mapping.LeadObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the configured object's custom fields with one {@code describeSObject} call: existence, type,
 * length, precision, picklist values and restriction, and the {@code Status} values the lifecycle config
 * names, then the configured engagement objects ({@link EngagementSchemaCheck}). The partner API cannot create
 * fields, so {@link #apply} reports the same and points at the Metadata API package ({@link MetadataPackage}).
 * Not thread-safe.
 */
final class SalesforceSchemaSetup implements SchemaSetup {
    private final SalesforceSession session;
    private final LeadObject object;
    private final LeadFieldMap fields;
    private final MetadataPackage metadataPackage;
    private final EngagementSchemaCheck engagement;

    SalesforceSchemaSetup(SalesforceSession session, LeadObject object, LeadFieldMap fields,
                          MetadataPackage metadataPackage, EngagementSchemaCheck engagement) {
        this.session = session;
        this.object = object;
        this.fields = fields;
        this.metadataPackage = metadataPackage;
        this.engagement = engagement;
    }

    @Override
    public SchemaReport check(SchemaRequirements required) {
        DescribeSObjectResult describe = session.call(CallKind.SCHEMA, "describeSObject",
                c -> c.describeSObject(object.apiName()));
        Map<String, Field> byName = Arrays.stream(describe.getFields())
                .collect(Collectors.toMap(Field::getName, Function.identity(), (a, b) -> a));
        List<SchemaReport.Item> items = new ArrayList<>();
        for (RequiredField field : RequiredField.all(required, fields)) {
            Field found = byName.get(field.name());
            items.add(found == null ? missing(field) : compare(field, found));
        }
        items.addAll(statuses(required, byName.get("Status")));
        items.addAll(engagement.check());
        return new SchemaReport(items);
    }

    @Override
    public SchemaReport apply(SchemaRequirements required) {
        return check(required);
    }

    /**
     * The Metadata API package of every custom field, when a field is missing or wrong (deploying it
     * creates or corrects them all); Lead Status values are set up by hand, so they alone need none.
     */
    @Override
    public Optional<SchemaPackage> writePackage(Path dir, SchemaRequirements required, SchemaReport found) {
        Set<String> fieldItems = RequiredField.all(required, fields).stream()
                .map(f -> object.apiName() + "." + f.name()).collect(Collectors.toSet());
        boolean fieldLacking = found.items().stream().anyMatch(item -> fieldItems.contains(item.name())
                && (item.state() == SchemaReport.State.MISSING || item.state() == SchemaReport.State.WRONG));
        if (!fieldLacking) {
            return Optional.empty();
        }
        return Optional.of(new SchemaPackage(metadataPackage.write(dir, required),
                "sf project deploy start --metadata-dir " + dir + ", then assign the permission set "
                        + MetadataPackage.PERMISSION_SET + " to the integration user"));
    }

    private SchemaReport.Item missing(RequiredField field) {
        return new SchemaReport.Item(object.apiName() + "." + field.name(), SchemaReport.State.MISSING,
                "create it as " + field.kind().label()
                        + (field.values().isEmpty() ? "" : " with values " + String.join(", ", field.values()))
                        + " (the Metadata API package written by setup does)");
    }

    private SchemaReport.Item compare(RequiredField field, Field found) {
        String name = object.apiName() + "." + field.name();
        String type = found.getType() == null ? "" : found.getType().toString().replace("_", "");
        List<String> problems = new ArrayList<>();
        if (!type.equals(field.kind().describeType())) {
            problems.add("is " + type + ", must be " + field.kind().label());
        } else if (field.kind() == RequiredField.Kind.NUMBER && found.getScale() != 0) {
            problems.add("has " + found.getScale() + " decimal places, must have none");
        } else if (field.kind() == RequiredField.Kind.TEXT && found.getLength() < 255) {
            problems.add("holds " + found.getLength() + " characters, must hold 255");
        } else if (field.kind() == RequiredField.Kind.PICKLIST) {
            Set<String> offered = active(found);
            List<String> lacking = field.values().stream().filter(v -> !offered.contains(v)).toList();
            if (!lacking.isEmpty()) {
                problems.add("lacks the values " + String.join(", ", lacking));
            }
            if (!found.isRestrictedPicklist()) {
                problems.add("should be a restricted picklist");
            }
        }
        if (!found.isUpdateable()) {
            problems.add("is not editable by this user (field-level security)");
        }
        return problems.isEmpty() ? new SchemaReport.Item(name, SchemaReport.State.PRESENT, "")
                : new SchemaReport.Item(name, SchemaReport.State.WRONG, String.join("; ", problems));
    }

    private List<SchemaReport.Item> statuses(SchemaRequirements required, Field status) {
        if (required.leadStatuses().isEmpty()) {
            return List.of();
        }
        if (status == null) {
            return List.of(new SchemaReport.Item(object.apiName() + ".Status", SchemaReport.State.MISSING,
                    object.apiName() + " has no Status field; lifecycle.onQualify/onRecycle cannot set a lead status"));
        }
        Set<String> offered = active(status);
        return required.leadStatuses().stream().map(value -> offered.contains(value)
                ? new SchemaReport.Item(object.apiName() + ".Status: " + value, SchemaReport.State.PRESENT, "")
                : new SchemaReport.Item(object.apiName() + ".Status: " + value, SchemaReport.State.MISSING,
                        "add it to the Lead Status picklist (Setup > Object Manager > Lead > Fields > Lead Status)"))
                .toList();
    }

    private static Set<String> active(Field field) {
        PicklistEntry[] entries = field.getPicklistValues();
        Set<String> values = new LinkedHashSet<>();
        if (entries != null) {
            Arrays.stream(entries).filter(PicklistEntry::isActive).forEach(e -> values.add(e.getValue()));
        }
        return values;
    }
}
