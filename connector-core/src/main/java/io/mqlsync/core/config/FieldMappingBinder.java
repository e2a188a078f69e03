package io.mqlsync.core.config;

import io.mqlsync.core.model.CanonicalField;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the {@code fields} block: canonical field to CRM property overrides over the CRM's defaults.
 * Reports unknown canonical fields, blank properties and two fields mapped to one property.
 */
final class FieldMappingBinder {
    private FieldMappingBinder() {
    }

    /** @return the mapping, or empty when the block has problems (each reported) */
    static Optional<FieldMapping> bind(ConfigNode node, Findings findings, CrmKind crm) {
        Binding binding = new Binding(findings);
        BlockReader block = new BlockReader(node, findings);
        Map<String, String> merged = new LinkedHashMap<>(FieldMapping.defaults(crm).properties());
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String field : node.keys()) {
            if (!CanonicalField.isCanonical(field)) {
                findings.add(node.child(field),
                        "unknown canonical field (see DESIGN section 5; other properties go under custom.NAME)");
                continue;
            }
            block.text(field).ifPresent(property -> overrides.put(field, property));
        }
        merged.putAll(overrides);
        reportShared(merged, overrides, node, findings);
        return binding.result(() -> new FieldMapping(merged));
    }

    /** Two canonical fields reading one property would feed one value into both: a mistake. */
    private static void reportShared(Map<String, String> merged, Map<String, String> overrides, ConfigNode node,
                                     Findings findings) {
        Map<String, String> owner = new HashMap<>();
        merged.forEach((field, property) -> {
            String previous = owner.putIfAbsent(property.toLowerCase(Locale.ROOT), field);
            if (previous != null) {
                String where = overrides.containsKey(field) ? field : previous;
                String other = where.equals(field) ? previous : field;
                findings.add(node.child(where), "property \"" + property + "\" is already mapped from " + other);
            }
        });
    }
}
