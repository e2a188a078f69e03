package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.ValueSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code {field: F, in: [...]}} and {@code {field: F, equals: V}}, the shapes instance configs use,
 * standing in for the model loader's full reader in binder tests.
 */
final class SimpleConditionReader implements ConditionReader {
    @Override
    public Optional<Condition> read(JsonNode node, String path, ProblemCollector problems) {
        if (!node.isObject() || !node.path("field").isTextual()) {
            problems.add(path, "must be a condition {field: F, in: [...]}");
            return Optional.empty();
        }
        String field = node.get("field").asText();
        if (!CanonicalField.isCanonical(field)) {
            problems.add(path + ".field", "\"" + field + "\" is not a canonical field");
            return Optional.empty();
        }
        if (node.has("equals")) {
            return FieldValue.ofText(node.get("equals").asText()).map(v -> new Condition.Equals(field, v));
        }
        List<FieldValue> values = new ArrayList<>();
        node.path("in").forEach(v -> FieldValue.ofText(v.asText()).ifPresent(values::add));
        return Optional.of(new Condition.In(field, ValueSet.of(values), Optional.empty()));
    }
}
