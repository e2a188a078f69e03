package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.model.CanonicalField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Binds the {@code fields} block: canonical field to CRM property overrides over the CRM's defaults.
 * Reports unknown canonical fields, blank properties and two fields mapped to one property.
 */
public final class FieldMappingBinder {
    private FieldMappingBinder() {
    }

    /** @return the mapping, or empty when the block has problems (each reported) */
    public static Optional<FieldMapping> bind(JsonNode node, String path, ProblemCollector problems, CrmKind crm) {
        Binding binding = new Binding(problems);
        Optional<BlockReader> block = BlockReader.of(node, path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> merged = new LinkedHashMap<>(FieldMapping.defaults(crm).properties());
        Map<String, String> overrides = new LinkedHashMap<>();
        Set<Map.Entry<String, JsonNode>> entries = node == null || !node.isObject() ? Set.of() : node.properties();
        for (Map.Entry<String, JsonNode> entry : entries) {
            String where = block.get().at(entry.getKey());
            if (!CanonicalField.isCanonical(entry.getKey())) {
                problems.add(where, "unknown canonical field (see DESIGN section 5; other properties go under custom.NAME)");
                continue;
            }
            block.get().text().read(entry.getValue(), where).ifPresent(property -> overrides.put(entry.getKey(), property));
        }
        merged.putAll(overrides);
        reportShared(merged, overrides, block.get(), problems);
        return binding.result(() -> new FieldMapping(merged));
    }

    /** Two canonical fields reading one property would feed one value into both: a mistake. */
    private static void reportShared(Map<String, String> merged, Map<String, String> overrides, BlockReader block,
                                     ProblemCollector problems) {
        Map<String, String> owner = new HashMap<>();
        merged.forEach((field, property) -> {
            String previous = owner.putIfAbsent(property.toLowerCase(Locale.ROOT), field);
            if (previous != null) {
                String where = overrides.containsKey(field) ? field : previous;
                String other = where.equals(field) ? previous : field;
                problems.add(block.at(where), "property \"" + property + "\" is already mapped from " + other);
            }
        });
    }
}
