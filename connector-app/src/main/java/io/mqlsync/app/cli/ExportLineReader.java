package io.mqlsync.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.Fields;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.LeadRecord;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the lines of a lead export (DESIGN section 3):
 * {@code {"id":"42","fields":{...},"events":[{"type":"PAGE_VIEWED","at":"2026-11-20T10:00:00Z","attrs":{...}}]}}.
 * A line whose structure is wrong is {@link ExportLine.Malformed}; garbage inside a well-formed line
 * is not: a field value that is not text, a number or a boolean is absent, and an event of an unknown
 * type is dropped. Other keys are ignored, so richer exports can be scored as they are. Thread-safe.
 */
public final class ExportLineReader {
    private final ObjectMapper mapper = new ObjectMapper();

    public ExportLine read(String line) {
        JsonNode root;
        try {
            root = mapper.readTree(line);
        } catch (JsonProcessingException e) {
            // Jackson's own message may quote the offending text, which may be personal data
            return new ExportLine.Malformed("invalid JSON at column " + e.getLocation().getColumnNr());
        }
        if (root == null || !root.isObject()) {
            return new ExportLine.Malformed("expected a JSON object");
        }
        Optional<String> id = id(root.get("id"));
        if (id.isEmpty()) {
            return new ExportLine.Malformed("id is missing or not a string");
        }
        JsonNode fields = root.get("fields");
        if (fields != null && !fields.isNull() && !fields.isObject()) {
            return new ExportLine.Malformed("fields is not an object");
        }
        JsonNode events = root.get("events");
        if (events != null && !events.isNull() && !events.isArray()) {
            return new ExportLine.Malformed("events is not a list");
        }
        LeadRecord lead = new LeadRecord(new LeadId(id.get()), values(fields));
        return events(events == null ? List.of() : iterable(events), lead);
    }

    private ExportLine events(List<JsonNode> nodes, LeadRecord lead) {
        List<Event> events = new ArrayList<>(nodes.size());
        int dropped = 0;
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode node = nodes.get(i);
            String where = "events[" + i + "]";
            if (!node.isObject()) {
                return new ExportLine.Malformed(where + " is not an object");
            }
            JsonNode type = node.get("type");
            if (type == null || !type.isTextual()) {
                return new ExportLine.Malformed(where + ".type is missing or not a string");
            }
            Optional<Instant> at = instant(node.get("at"));
            if (at.isEmpty()) {
                return new ExportLine.Malformed(where + ".at is missing or not an ISO-8601 instant");
            }
            JsonNode attrs = node.get("attrs");
            if (attrs != null && !attrs.isNull() && !attrs.isObject()) {
                return new ExportLine.Malformed(where + ".attrs is not an object");
            }
            Optional<EventType> known = EventType.byName(type.asText());
            if (known.isPresent()) {
                events.add(new Event(known.get(), at.get(), values(attrs)));
            } else {
                dropped++;
            }
        }
        return new ExportLine.Lead(lead, events, dropped);
    }

    private static Optional<String> id(JsonNode id) {
        if (id != null && (id.isTextual() || id.isIntegralNumber()) && !id.asText().isBlank()) {
            return Optional.of(id.asText().strip());
        }
        return Optional.empty();
    }

    private static Optional<Instant> instant(JsonNode at) {
        if (at == null || !at.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(at.asText().strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** Scalars become values; nested objects and lists are garbage and read as absent. */
    private static Fields values(JsonNode object) {
        if (object == null || !object.isObject() || object.isEmpty()) {
            return Fields.empty();
        }
        Map<String, Object> raw = new LinkedHashMap<>();
        object.properties().forEach(e -> {
            JsonNode v = e.getValue();
            if (v.isNumber()) {
                raw.put(e.getKey(), v.numberValue());
            } else if (v.isTextual()) {
                raw.put(e.getKey(), v.asText());
            } else if (v.isBoolean()) {
                raw.put(e.getKey(), v.asBoolean());
            }
        });
        return Fields.of(raw);
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> nodes = new ArrayList<>(array.size());
        array.forEach(nodes::add);
        return nodes;
    }
}
