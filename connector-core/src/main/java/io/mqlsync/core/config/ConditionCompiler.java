package io.mqlsync.core.config;

import io.mqlsync.core.model.CanonicalField;
import io.mqlsync.core.model.FieldValue;
import io.mqlsync.core.scoring.Condition;
import io.mqlsync.core.scoring.ValueSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the {@code if}, {@code where} and {@code disqualifyIf} conditions of a model: exactly one
 * operator per condition, known fields, valid regexes, resolved {@code @lists}. Reports every problem
 * it finds and returns empty for a condition that cannot be built. Not thread-safe.
 */
final class ConditionCompiler {
    private static final List<String> LEAF_OPERATORS =
            List.of("equals", "in", "matches", "contains", "gte", "lte", "between", "exists");
    private static final List<String> COMBINATORS = List.of("all", "any", "not");
    private static final List<String> OPERATORS = concat(LEAF_OPERATORS, COMBINATORS);

    /** What the {@code field} of a condition names. */
    enum Scope {
        /** Canonical lead fields ({@code if}, {@code disqualifyIf}, {@code sources}). */
        LEAD_FIELDS,
        /** Attributes of an event ({@code where}): any name. */
        EVENT_ATTRIBUTES
    }

    private final NamedLists lists;
    private final Findings findings;
    private final Scalars scalars;

    ConditionCompiler(NamedLists lists, Findings findings) {
        this.lists = lists;
        this.findings = findings;
        this.scalars = new Scalars(findings);
    }

    Optional<Condition> compile(ConfigNode node, Scope scope) {
        if (!node.isObject()) {
            return Optional.empty(); // absent (the caller's to require) or of the wrong type (the schema's)
        }
        List<String> operators = node.keys().stream().filter(OPERATORS::contains).toList();
        if (operators.isEmpty()) {
            boolean misspelt = node.keys().stream().anyMatch(k -> !k.equals("field") && !OPERATORS.contains(k));
            if (!misspelt) { // a misspelt operator is an unknown key the schema check reported already
                findings.add(node, "no operator: give one of " + String.join(", ", OPERATORS));
            }
            return Optional.empty();
        }
        if (operators.size() > 1) {
            findings.add(node, "several operators (" + String.join(", ", operators)
                    + "): give exactly one, and combine conditions with all or any");
            return Optional.empty();
        }
        String operator = operators.get(0);
        ConfigNode operand = node.child(operator);
        if (COMBINATORS.contains(operator)) {
            if (node.child("field").isPresent()) {
                findings.add(node.child("field"), "has no meaning beside " + operator
                        + ": give each condition inside it its own field");
            }
            return combination(operator, operand, scope);
        }
        Optional<String> field = field(node, operator, scope);
        Optional<Condition> leaf = leaf(field.orElse(""), operator, operand);
        return field.isPresent() ? leaf : Optional.empty();
    }

    private Optional<String> field(ConfigNode node, String operator, Scope scope) {
        ConfigNode field = node.child("field");
        if (!field.isPresent()) {
            findings.add(field, "required with " + operator);
            return Optional.empty();
        }
        Optional<String> name = scalars.nonBlank(field);
        if (name.isPresent() && scope == Scope.LEAD_FIELDS && !CanonicalField.isCanonical(name.get())) {
            String hint = Suggestions.closest(name.get(), CanonicalField.NAMES)
                    .map(s -> " (did you mean " + s + "?)")
                    .orElse(" (use " + CanonicalField.CUSTOM_PREFIX + name.get() + " for another CRM property)");
            findings.add(field, "unknown field \"" + name.get() + "\"" + hint);
            return Optional.empty();
        }
        return name;
    }

    private Optional<Condition> combination(String operator, ConfigNode operand, Scope scope) {
        if (operator.equals("not")) {
            return compile(operand, scope).map(Condition.Not::new);
        }
        if (!operand.value().isArray()) {
            return Optional.empty();
        }
        if (operand.value().isEmpty()) {
            findings.add(operand, "must list at least one condition");
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        boolean complete = true;
        for (ConfigNode element : operand.elements()) {
            Optional<Condition> part = compile(element, scope);
            part.ifPresent(parts::add);
            complete &= part.isPresent();
        }
        if (!complete) {
            return Optional.empty();
        }
        return Optional.of(operator.equals("all") ? new Condition.All(parts) : new Condition.Any(parts));
    }

    private Optional<Condition> leaf(String field, String operator, ConfigNode operand) {
        return switch (operator) {
            case "equals" -> value(operand).map(v -> new Condition.Equals(field, v));
            case "in" -> in(field, operand);
            case "matches" -> matches(field, operand);
            case "contains" -> nonEmptyText(operand).map(needle -> new Condition.Contains(field, needle));
            case "gte" -> scalars.finite(operand).stream().boxed().findFirst().map(n -> Condition.Range.atLeast(field, n));
            case "lte" -> scalars.finite(operand).stream().boxed().findFirst().map(n -> Condition.Range.atMost(field, n));
            case "between" -> between(field, operand);
            case "exists" -> operand.bool().map(present -> new Condition.Exists(field, present));
            default -> throw new IllegalStateException("unhandled operator " + operator);
        };
    }

    private Optional<Condition> in(String field, ConfigNode operand) {
        Optional<String> reference = operand.text();
        if (reference.isPresent()) {
            return namedList(field, operand, reference.get().strip());
        }
        if (!operand.value().isArray()) {
            return Optional.empty();
        }
        if (operand.value().isEmpty()) {
            findings.add(operand, "must list at least one value");
            return Optional.empty();
        }
        List<FieldValue> values = values(operand);
        return values.size() == operand.value().size()
                ? Optional.of(new Condition.In(field, ValueSet.of(values), Optional.empty()))
                : Optional.empty();
    }

    private Optional<Condition> namedList(String field, ConfigNode operand, String reference) {
        if (!reference.startsWith("@") || reference.length() == 1) {
            findings.add(operand, "expected a list of values or \"@listName\"");
            return Optional.empty();
        }
        String name = reference.substring(1);
        Optional<List<FieldValue>> list = lists.get(name);
        if (list.isEmpty()) {
            String hint = Suggestions.closest(name, lists.names()).map(s -> " (did you mean @" + s + "?)")
                    .orElse(" (lists: " + String.join(", ", lists.names().stream().map(n -> "@" + n).toList()) + ")");
            findings.add(operand, "unknown list \"" + reference + "\"" + hint);
            return Optional.empty();
        }
        return Optional.of(new Condition.In(field, ValueSet.of(list.get()), Optional.of(name)));
    }

    /** The values of a list of scalars, reporting blank ones; wrong types are the schema's. */
    List<FieldValue> values(ConfigNode list) {
        List<FieldValue> values = new ArrayList<>();
        for (ConfigNode element : list.elements()) {
            value(element).ifPresent(values::add);
        }
        return values;
    }

    private Optional<FieldValue> value(ConfigNode node) {
        JsonScalar scalar = JsonScalar.of(node);
        if (scalar == JsonScalar.BLANK) {
            findings.add(node, "must not be empty");
        }
        if (scalar != JsonScalar.USABLE) {
            return Optional.empty();
        }
        return FieldValue.parse(node.value().isNumber() ? node.value().numberValue()
                : node.value().isBoolean() ? (Object) node.value().booleanValue() : node.value().asText());
    }

    private Optional<Condition> matches(String field, ConfigNode operand) {
        Optional<String> regex = nonEmptyText(operand);
        if (regex.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Condition.Matches.of(field, regex.get()));
        } catch (PatternSyntaxException e) {
            findings.add(operand, "invalid regular expression: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
            return Optional.empty();
        }
    }

    private Optional<Condition> between(String field, ConfigNode operand) {
        if (!operand.value().isArray()) {
            return Optional.empty();
        }
        List<ConfigNode> bounds = operand.elements();
        if (bounds.size() != 2) {
            findings.add(operand, "needs exactly two bounds [lo, hi], found " + bounds.size());
            return Optional.empty();
        }
        OptionalDouble lo = scalars.finite(bounds.get(0));
        OptionalDouble hi = scalars.finite(bounds.get(1));
        if (lo.isEmpty() || hi.isEmpty()) {
            return Optional.empty();
        }
        if (lo.getAsDouble() > hi.getAsDouble()) {
            findings.add(operand, "the lower bound exceeds the upper bound");
            return Optional.empty();
        }
        return Optional.of(new Condition.Range(field, lo.getAsDouble(), hi.getAsDouble()));
    }

    private Optional<String> nonEmptyText(ConfigNode node) {
        Optional<String> text = node.text();
        if (text.isPresent() && text.get().isEmpty()) {
            findings.add(node, "must not be empty");
            return Optional.empty();
        }
        return text;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }

    /** Whether a node can be a condition value. */
    private enum JsonScalar {
        USABLE, BLANK, OTHER;

        static JsonScalar of(ConfigNode node) {
            if (node.value().isTextual()) {
                return node.value().asText().isBlank() ? BLANK : USABLE;
            }
            return node.value().isNumber() || node.value().isBoolean() ? USABLE : OTHER;
        }
    }
}
