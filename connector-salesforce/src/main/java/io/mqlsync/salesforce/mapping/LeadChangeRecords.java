package io.mqlsync.salesforce.mapping;

import com.sforce.soap.partner.sobject.SObject;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.planning.LeadChange;
import io.mqlsync.core.planning.WrittenProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A {@link LeadChange} as the record of an {@code update}: mqlsync's properties under their custom field
 * names, {@code leadStatus} and the owner under the mapped fields, cleared ones in {@code fieldsToNull}.
 * Salesforce has no lifecycle stage, and {@code OwnerId} is required: clearing it leaves the owner as it is.
 */
public final class LeadChangeRecords {
    private final LeadObject object;
    private final LeadFieldMap fields;
    private final CustomFieldNames names;

    public LeadChangeRecords(LeadObject object, LeadFieldMap fields, CustomFieldNames names) {
        this.object = object;
        this.fields = fields;
        this.names = names;
    }

    /** The outcome of mapping one change: a record to update, or the name of the property nothing maps. */
    public sealed interface Mapped {
        /** The record; empty when the change only creates a task. */
        record Update(Optional<SObject> record) implements Mapped {
        }

        /** A property the configured object has no field for: a config problem, failed per record. */
        record Unmapped(String property) implements Mapped {
        }
    }

    public Mapped toUpdate(LeadChange change) {
        SObject s = new SObject(object.apiName());
        s.setId(change.lead().value());
        boolean any = false;
        for (Map.Entry<String, String> e : change.properties().entrySet()) {
            Optional<String> field = field(e.getKey());
            if (field.isEmpty()) {
                return new Mapped.Unmapped(e.getKey());
            }
            s.setField(field.get(), e.getValue());
            any = true;
        }
        List<String> toNull = new ArrayList<>();
        for (String name : change.cleared()) {
            if (name.equals(CanonicalField.OWNER_ID)) {
                continue;
            }
            Optional<String> field = field(name);
            if (field.isEmpty()) {
                return new Mapped.Unmapped(name);
            }
            toNull.add(field.get());
        }
        if (change.newOwner().isPresent()) {
            s.setField(fields.field(CanonicalField.OWNER_ID).orElse("OwnerId"), change.newOwner().get().value());
            any = true;
        }
        if (!toNull.isEmpty()) {
            s.setFieldsToNull(toNull.stream().sorted().toArray(String[]::new));
            any = true;
        }
        return new Mapped.Update(any ? Optional.of(s) : Optional.empty());
    }

    /** The API name of the object written, e.g. {@code Lead}. */
    public String objectName() {
        return object.apiName();
    }

    /** Whether the change hands the lead to sales: it carries the handoff task or sets the status to MQL. */
    public boolean qualifies(LeadChange change) {
        return change.task().isPresent()
                || MqlStatus.MQL.name().equals(change.properties().get(names.name(WrittenProperty.STATUS)));
    }

    /**
     * A qualifying change in two writes when the org's assignment rules pick the owner: the record update that
     * runs the rule (everything but the MQL status), then the status, sent after the handoff task exists. Until
     * the status is written the lead still reads as not handed off, so a crash before the task re-plans the whole
     * handoff rather than leaving an MQL without its task.
     *
     * @param assignment the update sent with the assignment rule; never carries the task
     * @param status     the status written after the task; empty ({@link LeadChange#isEmpty()}) without a task
     */
    public record Handoff(LeadChange assignment, LeadChange status) {
    }

    /** Splits a change {@link #qualifies qualifying} for the assignment rule; see {@link Handoff}. */
    public Handoff split(LeadChange change) {
        String status = names.name(WrittenProperty.STATUS);
        if (change.task().isEmpty() || !change.properties().containsKey(status)) {
            return new Handoff(withoutTask(change, change.properties()), LeadChange.none(change.lead()));
        }
        Map<String, String> rest = new TreeMap<>(change.properties());
        String value = rest.remove(status);
        return new Handoff(withoutTask(change, rest), new LeadChange(change.lead(), Map.of(status, value), Set.of(),
                Optional.empty(), Optional.empty(), LeadChange.StageMove.DIRECT));
    }

    /** A record that only names the lead: an update that changes nothing but still runs the assignment rule. */
    public SObject idOnly(LeadId lead) {
        SObject s = new SObject(object.apiName());
        s.setId(lead.value());
        return s;
    }

    private static LeadChange withoutTask(LeadChange change, Map<String, String> properties) {
        return new LeadChange(change.lead(), properties, change.cleared(), change.newOwner(), Optional.empty(),
                change.stageMove());
    }

    private Optional<String> field(String name) {
        Optional<String> custom = names.property(name).map(names::field);
        if (custom.isPresent()) {
            return custom;
        }
        return fields.field(name).filter(f -> !f.contains("."));
    }
}
