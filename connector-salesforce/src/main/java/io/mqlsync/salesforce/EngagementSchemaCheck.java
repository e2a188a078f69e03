package io.mqlsync.salesforce;

import com.sforce.soap.partner.DescribeSObjectResult;
import com.sforce.soap.partner.Field;
import com.sforce.soap.partner.FieldType;
import com.sforce.ws.ConnectionException;
import io.mqlsync.core.spi.CallKind;
import io.mqlsync.core.spi.PermanentCrmException;
import io.mqlsync.core.spi.SchemaReport.Item;
import io.mqlsync.core.spi.SchemaReport.State;
import io.mqlsync.salesforce.client.SalesforceSession;
import io.mqlsync.salesforce.client.SoapFaults;
import io.mqlsync.salesforce.mapping.EngagementObject;
import io.mqlsync.salesforce.mapping.LeadObject;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Checks the org's own engagement objects ({@code salesforce.engagement}): one {@code describeSObject} per
 * object (does it exist, is {@code leadField} a lookup to the configured object, {@code timeField} a date or
 * date-time, each attribute's field there) and one {@code query ... LIMIT 1} per {@code where}, which Salesforce
 * parses as the runs will. mqlsync never creates these objects, so nothing of them goes into the Metadata package.
 * No call at all without entries. Not thread-safe.
 */
final class EngagementSchemaCheck {
    private static final String BLOCK = "salesforce." + EngagementSettings.KEY;

    private final SalesforceSession session;
    private final LeadObject object;
    private final List<EngagementObject> entries;

    EngagementSchemaCheck(SalesforceSession session, LeadObject object, List<EngagementObject> entries) {
        this.session = session;
        this.object = object;
        this.entries = List.copyOf(entries);
    }

    /** @return one item per object, field and {@code where}, each once, in config order */
    List<Item> check() {
        Map<String, Item> items = new LinkedHashMap<>();
        Map<String, Optional<Map<String, Field>>> described = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (EngagementObject entry : entries) {
            Optional<Map<String, Field>> fields = described.computeIfAbsent(entry.object(), this::describe);
            if (fields.isEmpty()) {
                items.putIfAbsent(entry.object(), new Item(entry.object(), State.MISSING, "no such object, or the "
                        + "integration user cannot read it (named in " + BLOCK + ")"));
                continue;
            }
            items.putIfAbsent(entry.object(), new Item(entry.object(), State.PRESENT, ""));
            add(items, leadField(entry, fields.get()));
            add(items, timeField(entry, fields.get()));
            entry.attributes().forEach((name, path) -> add(items, attribute(entry, name, path, fields.get())));
            entry.where().ifPresent(where -> add(items, where(entry, where)));
        }
        return List.copyOf(items.values());
    }

    private static void add(Map<String, Item> items, Item item) {
        items.putIfAbsent(item.name(), item);
    }

    private Optional<Map<String, Field>> describe(String name) {
        try {
            DescribeSObjectResult result = session.call(CallKind.SCHEMA, "describeSObject", c -> c.describeSObject(name));
            Map<String, Field> fields = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            Arrays.stream(result.getFields()).forEach(f -> fields.put(f.getName(), f));
            return Optional.of(fields);
        } catch (PermanentCrmException e) {
            if (e.getCause() instanceof ConnectionException fault && SoapFaults.code(fault).equals("INVALID_TYPE")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private Item leadField(EngagementObject entry, Map<String, Field> fields) {
        String name = entry.object() + "." + entry.leadField();
        Field field = fields.get(entry.leadField());
        if (field == null) {
            return missing(name, "a lookup to " + object.apiName() + " (leadField)");
        }
        boolean self = entry.object().equalsIgnoreCase(object.apiName()) && field.getType() == FieldType.id;
        List<String> targets = field.getReferenceTo() == null ? List.of() : Arrays.asList(field.getReferenceTo());
        if (self || (field.getType() == FieldType.reference && targets.contains(object.apiName()))) {
            return new Item(name, State.PRESENT, "");
        }
        return new Item(name, State.WRONG, (field.getType() == FieldType.reference
                ? "is a lookup to " + String.join(", ", targets) : "is " + type(field))
                + ", must be a lookup to " + object.apiName() + " (leadField)");
    }

    private static Item timeField(EngagementObject entry, Map<String, Field> fields) {
        String name = entry.object() + "." + entry.timeField();
        Field field = fields.get(entry.timeField());
        if (field == null) {
            return missing(name, "a date or date-time field (timeField)");
        }
        return field.getType() == FieldType.date || field.getType() == FieldType.datetime
                ? new Item(name, State.PRESENT, "")
                : new Item(name, State.WRONG, "is " + type(field) + ", must be a date or date-time (timeField)");
    }

    /** A path across a lookup ({@code Product__r.Name}) is checked up to the lookup: its far end needs another describe. */
    private static Item attribute(EngagementObject entry, String attribute, String path, Map<String, Field> fields) {
        String first = path.split("\\.")[0];
        boolean crosses = path.contains(".");
        boolean found = crosses ? fields.values().stream().anyMatch(f -> first.equalsIgnoreCase(f.getRelationshipName()))
                : fields.containsKey(first);
        String name = entry.object() + "." + first;
        return found ? new Item(name, State.PRESENT, "")
                : missing(name, (crosses ? "a lookup relationship" : "a field") + " (attributes." + attribute + ")");
    }

    private Item where(EngagementObject entry, String where) {
        String name = entry.object() + " where (" + where + ")";
        try {
            session.call(CallKind.SCHEMA, "engagementWhere.query",
                    c -> c.query("SELECT Id FROM " + entry.object() + " WHERE (" + where + ") LIMIT 1"));
            return new Item(name, State.PRESENT, "");
        } catch (PermanentCrmException e) {
            return new Item(name, State.WRONG, "Salesforce refuses it: " + e.getMessage());
        }
    }

    private static Item missing(String name, String what) {
        return new Item(name, State.MISSING, "create " + what + ", or let the integration user read it "
                + "(field-level security)");
    }

    private static String type(Field field) {
        // the partner enum spells reserved words with an underscore (_double, _boolean); describe says double, boolean
        return field.getType() == null ? "of an unknown type" : field.getType().toString().replace("_", "").toLowerCase(Locale.ROOT);
    }
}
