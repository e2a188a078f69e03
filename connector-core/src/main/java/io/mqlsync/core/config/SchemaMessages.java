package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Words schema violations the way a person editing YAML reads them ({@code expected a number, found
 * string}, {@code unknown key (did you mean points?)}) instead of the validator's generic text. Never
 * quotes a value from the document: a value may be a secret.
 */
final class SchemaMessages {
    private final JsonNode schemaDocument;

    SchemaMessages(JsonNode schemaDocument) {
        this.schemaDocument = schemaDocument;
    }

    Finding describe(Error error, JsonPointer at) {
        String keyword = error.getKeyword() == null ? "" : error.getKeyword();
        JsonNode limit = error.getSchemaNode();
        return switch (keyword) {
            case "additionalProperties" -> unknownKey(error, at);
            case "required" -> new Finding(at.appendProperty(error.getProperty()), "required but missing");
            case "type" -> new Finding(at, "expected " + expected(limit) + ", found " + found(error.getInstanceNode()));
            case "minimum" -> new Finding(at, "must be at least " + number(limit));
            case "maximum" -> new Finding(at, "must be at most " + number(limit));
            case "exclusiveMinimum" -> new Finding(at, "must be greater than " + number(limit));
            case "exclusiveMaximum" -> new Finding(at, "must be less than " + number(limit));
            case "minLength" -> new Finding(at, limit.asInt() == 1 ? "must not be empty"
                    : "must be at least " + limit.asInt() + " characters long");
            case "minItems" -> new Finding(at, limit.asInt() == 1 ? "must not be empty"
                    : "must have at least " + limit.asInt() + " items");
            case "enum" -> new Finding(at, "must be one of " + join(limit));
            default -> new Finding(at, error.getMessage());
        };
    }

    private Finding unknownKey(Error error, JsonPointer at) {
        String key = error.getProperty();
        List<String> allowed = allowedKeys(error);
        String hint = Suggestions.closest(key, allowed)
                .map(s -> " (did you mean " + s + "?)")
                .orElse(allowed.isEmpty() ? "" : " (expected one of " + String.join(", ", allowed) + ")");
        return new Finding(at.appendProperty(key), "unknown key" + hint);
    }

    /** The {@code properties} beside the {@code additionalProperties: false} that refused the key. */
    private List<String> allowedKeys(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        JsonPointer parent = SchemaCheck.pointer(fragment).head();
        List<String> keys = new ArrayList<>();
        if (parent != null) {
            JsonNode properties = schemaDocument.at(parent.appendProperty("properties"));
            properties.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    private static String expected(JsonNode types) {
        List<String> words = new ArrayList<>();
        if (types.isArray()) {
            types.forEach(t -> words.add(typeWord(t.asText())));
        } else {
            words.add(typeWord(types.asText()));
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "number" -> "a number";
            case "integer" -> "a whole number";
            case "boolean" -> "true or false";
            default -> jsonType;
        };
    }

    static String found(JsonNode value) {
        return Optional.ofNullable(value).map(v -> switch (v.getNodeType()) {
            case OBJECT, POJO -> "mapping";
            case ARRAY -> "list";
            case STRING, BINARY -> "string";
            case NUMBER -> v.isIntegralNumber() ? "number" : "decimal number";
            case BOOLEAN -> "boolean";
            case NULL, MISSING -> "nothing";
        }).orElse("nothing");
    }

    private static String number(JsonNode limit) {
        return limit.isIntegralNumber() ? Long.toString(limit.asLong()) : limit.asText();
    }

    private static String join(JsonNode values) {
        List<String> texts = new ArrayList<>();
        values.forEach(v -> texts.add(v.asText()));
        return String.join(", ", texts);
    }
}
