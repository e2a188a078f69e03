package io.mqlsync.core.config;

import io.mqlsync.core.model.FieldValue;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The value lists a model's {@code in: "@name"} conditions can name: the built-in ones shipped with
 * mqlsync ({@code @freemail}) and the model's own {@code lists:}, which replace a built-in of the same
 * name. Immutable.
 */
final class NamedLists {
    private static final String FREEMAIL_RESOURCE = "/io/mqlsync/core/config/freemail.txt";

    private final Map<String, List<FieldValue>> lists;

    private NamedLists(Map<String, List<FieldValue>> lists) {
        this.lists = Map.copyOf(lists);
    }

    /** The lists every model starts with. */
    static NamedLists builtIn() {
        return new NamedLists(Map.of("freemail", readResource(FREEMAIL_RESOURCE)));
    }

    /** These lists with {@code own} added, replacing built-ins of the same name. */
    NamedLists with(Map<String, List<FieldValue>> own) {
        Map<String, List<FieldValue>> merged = new LinkedHashMap<>(lists);
        merged.putAll(own);
        return new NamedLists(merged);
    }

    Optional<List<FieldValue>> get(String name) {
        return Optional.ofNullable(lists.get(name));
    }

    /** Every list name, sorted, for "unknown list" messages. */
    Set<String> names() {
        return new TreeSet<>(lists.keySet());
    }

    private static List<FieldValue> readResource(String resource) {
        InputStream in = NamedLists.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("built-in list " + resource + " is missing from the classpath");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .map(line -> FieldValue.ofText(line).orElseThrow())
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read built-in list " + resource, e);
        }
    }
}
