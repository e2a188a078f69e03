package io.mqlsync.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mqlsync.core.model.OwnerId;
import io.mqlsync.core.planning.HandoffTask;
import io.mqlsync.core.planning.LeadChange;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes a planned change as one JSON line, what {@code backfill --dry-run} prints:
 * {@code {"lead":"42","properties":{...},"cleared":[...],"owner":"A","task":"acme:42:1"}}; {@code owner}
 * and {@code task} are null when the change assigns no owner or creates no task. Not thread-safe.
 */
final class PlannedChangeJson {
    private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final Writer out;

    PlannedChangeJson(Writer out) {
        this.out = out;
    }

    void write(LeadChange change) {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("lead", change.lead().value());
            g.writeObjectFieldStart("properties");
            for (Map.Entry<String, String> property : change.properties().entrySet()) {
                g.writeStringField(property.getKey(), property.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("cleared");
            for (String name : new TreeSet<>(change.cleared())) {
                g.writeString(name);
            }
            g.writeEndArray();
            g.writeStringField("owner", change.newOwner().map(OwnerId::value).orElse(null));
            g.writeStringField("task", change.task().map(HandoffTask::idempotencyKey).orElse(null));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a planned change failed", e);
        }
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing a planned change failed", e);
        }
    }
}
