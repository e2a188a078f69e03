package io.mqlsync.core.scoring;

import io.mqlsync.core.model.FieldValue;
import java.util.List;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The values of an {@code in} condition, indexed so that a membership test allocates nothing: text
 * ignoring case, numbers exactly. Equal text implies equal numbers, so the union of both lookups is
 * exactly "some value is {@link FieldValue#sameAs} the probe".
 */
public final class ValueSet {
    private final List<FieldValue> values;
    private final NavigableSet<String> texts = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<Double> numbers;

    private ValueSet(List<FieldValue> values) {
        this.values = List.copyOf(values);
        values.forEach(v -> texts.add(v.text()));
        this.numbers = values.stream().filter(FieldValue::isNumeric)
                .map(v -> v.number().getAsDouble()).collect(Collectors.toUnmodifiableSet());
    }

    public static ValueSet of(List<FieldValue> values) {
        return new ValueSet(values);
    }

    public boolean contains(FieldValue value) {
        return (value.isNumeric() && numbers.contains(value.number().getAsDouble()))
                || texts.contains(value.text());
    }

    public List<FieldValue> values() {
        return values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ValueSet other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "ValueSet(" + values.size() + " values)";
    }
}
