package io.mqlsync.salesforce;

import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.ConfigBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/** An in-memory config block for tests: values by key, nested maps as blocks, {@link Secret}s as secrets; problems recorded. */
final class MapConfigBlock implements ConfigBlock {
    private final String path;
    private final Map<String, Object> values;
    private final List<String> problems;

    MapConfigBlock(String path, Map<String, ?> values) {
        this(path, values, new ArrayList<>());
    }

    private MapConfigBlock(String path, Map<String, ?> values, List<String> problems) {
        this.path = path;
        this.values = new LinkedHashMap<>(values);
        this.problems = problems;
    }

    /** Every problem reported through this block or a nested one, as {@code path.key: message}. */
    List<String> problems() {
        return problems;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean has(String key) {
        return values.containsKey(key);
    }

    @Override
    public Optional<String> text(String key) {
        Object v = values.get(key);
        return v instanceof String || v instanceof Number ? Optional.of(v.toString()) : Optional.empty();
    }

    @Override
    public OptionalDouble number(String key) {
        return values.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    @Override
    public Optional<Secret> secret(String key) {
        return values.get(key) instanceof Secret s ? Optional.of(s) : Optional.empty();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<ConfigBlock> block(String key) {
        return values.get(key) instanceof Map<?, ?> m
                ? Optional.of(new MapConfigBlock(path + "." + key, (Map<String, ?>) m, problems)) : Optional.empty();
    }

    @Override
    public void problem(String key, String message) {
        problems.add(path + "." + key + ": " + message);
    }
}
