package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a document against one of the JSON Schemas shipped on the classpath (draft 2020-12) and
 * words each violation as a {@link Finding}. Thread-safe; build once and reuse.
 */
final class SchemaCheck {
    private final JsonNode schemaDocument;
    private final Schema schema;

    /** @param resource the schema's classpath resource, e.g. {@code /io/mqlsync/core/config/schema/model.schema.json} */
    SchemaCheck(String resource) {
        this.schemaDocument = readResource(resource);
        this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(schemaDocument);
    }

    List<Finding> check(JsonNode document) {
        SchemaMessages messages = new SchemaMessages(schemaDocument);
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(document)) {
            JsonPointer at = pointer(error.getInstanceLocation());
            findings.add(messages.describe(error, at));
        }
        return findings;
    }

    static JsonPointer pointer(NodePath path) {
        JsonPointer at = JsonPointer.empty();
        for (int i = 0; i < path.getNameCount(); i++) {
            Object element = path.getElement(i);
            at = element instanceof Integer index ? at.appendIndex(index) : at.appendProperty(String.valueOf(element));
        }
        return at;
    }

    private static JsonNode readResource(String resource) {
        try (InputStream in = SchemaCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("schema " + resource + " is missing from the classpath");
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read schema " + resource, e);
        }
    }
}
