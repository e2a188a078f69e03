package io.mqlsync.core.spi;

import io.mqlsync.core.model.Secret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * An in-memory {@link ConfigBlock} for tests: values are strings, numbers, {@link Secret}s (credentials as
 * interpolation would give them), nested maps or lists of maps; problems are collected as {@code path.key: message}.
 */
public final class MapConfigBlock implements ConfigBlock {
    private final String path;
    private final Map<String, ?> values;
    private final List<String> problems;

    public MapConfigBlock(String path, Map<String, ?> values) {
        this(path, values, new ArrayList<>());
    }

    private MapConfigBlock(String path, Map<String, ?> values, List<String> problems) {
        this.path = path;
        this.values = values;
        this.problems = problems;
    }

    public List<String> problems() {
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
        Object value = values.get(key);
        return value instanceof String || value instanceof Number ? Optional.of(value.toString()) : Optional.empty();
    }

    @Override
    public OptionalDouble number(String key) {
        return values.get(key) instanceof Number n ? OptionalDouble.of(n.doubleValue()) : OptionalDouble.empty();
    }

    @Override
    public Optional<Secret> secret(String key) {
        Object value = values.get(key);
        if (value instanceof Secret secret) {
            return Optional.of(secret);
        }
        if (value != null) {
            problem(key, "is a literal secret; use ${ENV} or ${file:PATH}");
        }
        return Optional.empty();
    }

    @Override
    public Optional<ConfigBlock> block(String key) {
        if (values.get(key) instanceof Map<?, ?> nested) {
            @SuppressWarnings("unchecked")
            Map<String, ?> typed = (Map<String, ?>) nested;
            return Optional.of(new MapConfigBlock(path + "." + key, typed, problems));
        }
        return Optional.empty();
    }

    @Override
    public List<ConfigBlock> blocks(String key) {
        List<ConfigBlock> blocks = new ArrayList<>();
        if (values.get(key) instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> nested) {
                    @SuppressWarnings("unchecked")
                    Map<String, ?> typed = (Map<String, ?>) nested;
                    blocks.add(new MapConfigBlock(path + "." + key + "[" + i + "]", typed, problems));
                }
            }
        }
        return blocks;
    }

    @Override
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    @Override
    public void problem(String key, String message) {
        problems.add(path + "." + key + ": " + message);
    }
}
