package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Map;

/**
 * Renders JSON pointers into the paths users read ({@code intent.rules[3] (pricing-3x).within}: the
 * id of a list element follows its index when it has one) and knows the order in which places appear
 * in the file.
 */
final class DocumentPaths {
    private final JsonNode document;
    private final Map<String, Integer> order = new HashMap<>();

    DocumentPaths(JsonNode document) {
        this.document = document;
        number(JsonPointer.empty(), document);
    }

    /** The position of {@code at} in the file, or that of its nearest existing ancestor. */
    int order(JsonPointer at) {
        JsonPointer p = at;
        while (p != null) {
            Integer position = order.get(p.toString());
            if (position != null) {
                return position;
            }
            p = p.head();
        }
        return 0;
    }

    String render(JsonPointer at) {
        StringBuilder path = new StringBuilder();
        JsonNode node = document;
        for (JsonPointer p = at; !p.matches(); p = p.tail()) {
            if (node != null && node.isArray() && p.mayMatchElement()) {
                int index = p.getMatchingIndex();
                path.append('[').append(index).append(']');
                node = node.get(index);
                JsonNode id = node == null ? null : node.get("id");
                if (id != null && id.isTextual() && !id.asText().isBlank()) {
                    path.append(" (").append(id.asText()).append(')');
                }
            } else {
                String key = p.getMatchingProperty();
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(key);
                node = node != null && node.isObject() ? node.get(key) : null;
            }
        }
        return path.toString();
    }

    private void number(JsonPointer at, JsonNode node) {
        order.put(at.toString(), order.size());
        if (node.isObject()) {
            node.properties().forEach(e -> number(at.appendProperty(e.getKey()), e.getValue()));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                number(at.appendIndex(i), node.get(i));
            }
        }
    }
}
