package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * A node of a parsed config file together with where it sits, so that every problem found while
 * compiling it can name its place. Accessors return empty for a missing node and for a node of the
 * wrong type: the schema check has already reported the wrong type, so the compiler simply skips it.
 *
 * @param at    the node's location in the document
 * @param value the node; {@link MissingNode} when absent
 */
record ConfigNode(JsonPointer at, JsonNode value) {

    static ConfigNode root(JsonNode document) {
        return new ConfigNode(JsonPointer.empty(), document);
    }

    ConfigNode child(String key) {
        JsonNode child = value.isObject() ? value.get(key) : null;
        return new ConfigNode(at.appendProperty(key), child == null ? MissingNode.getInstance() : child);
    }

    /** The elements of a list; empty when this is not a list. */
    List<ConfigNode> elements() {
        if (!value.isArray()) {
            return List.of();
        }
        List<ConfigNode> elements = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            elements.add(new ConfigNode(at.appendIndex(i), value.get(i)));
        }
        return elements;
    }

    /** The keys of a mapping, in file order; empty when this is not a mapping. */
    List<String> keys() {
        List<String> keys = new ArrayList<>();
        if (value.isObject()) {
            value.fieldNames().forEachRemaining(keys::add);
        }
        return keys;
    }

    boolean isPresent() {
        return !value.isMissingNode();
    }

    boolean isObject() {
        return value.isObject();
    }

    Optional<String> text() {
        return value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
    }

    OptionalDouble number() {
        return value.isNumber() ? OptionalDouble.of(value.asDouble()) : OptionalDouble.empty();
    }

    /** A whole number in int range; {@code 3.0} counts, as JSON Schema's {@code integer} accepts it. */
    OptionalInt integer() {
        if (!value.isNumber()) {
            return OptionalInt.empty();
        }
        double number = value.asDouble();
        return number == Math.rint(number) && number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE
                ? OptionalInt.of((int) number) : OptionalInt.empty();
    }

    Optional<Boolean> bool() {
        return value.isBoolean() ? Optional.of(value.asBoolean()) : Optional.empty();
    }

    /** Present and not YAML's null ({@code key:} with nothing after it). */
    boolean isGiven() {
        return !value.isMissingNode() && !value.isNull();
    }

    /** The key this node sits under in its mapping; empty for the root and list elements. */
    String key() {
        return at.last() == null || at.last().mayMatchElement() && at.last().getMatchingProperty().matches("\\d+")
                ? "" : at.last().getMatchingProperty();
    }
}
