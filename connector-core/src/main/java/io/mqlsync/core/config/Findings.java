package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the problems of one document from every check (schema and semantic) and turns them into
 * one-line {@link ConfigProblem}s in the order their places appear in the file. Problems of another
 * file the document refers to (the model of an instance config) keep their own file and take the
 * place of the reference. Text that must never be shown (interpolated secrets) is masked in every
 * message as a last line of defence. Not thread-safe; one per document.
 */
final class Findings {
    /** Below this length a masked text would garble ordinary words more than it protects. */
    private static final int SHORTEST_MASKED = 4;

    private final List<Entry> entries = new ArrayList<>();
    private final Set<String> masked = new LinkedHashSet<>();
    private final Set<JsonPointer> settled = new HashSet<>();
    private int reported;

    private record Entry(Finding finding, List<ConfigProblem> foreign) {
    }

    void add(ConfigNode node, String message) {
        add(new Finding(node.at(), message));
    }

    void add(Finding finding) {
        reported++;
        if (!settled.contains(finding.at())) {
            entries.add(new Entry(finding, List.of()));
        }
    }

    /**
     * Takes no more problems at {@code node}'s place: what is there already says all (an unresolved
     * {@code ${X}} would otherwise also be "not a duration" or "expected a number").
     */
    void settle(ConfigNode node) {
        settled.add(node.at());
    }

    void addAll(Collection<Finding> more) {
        more.forEach(this::add);
    }

    /** Problems of another file, reported where {@code node} refers to it. */
    void addForeign(ConfigNode node, List<ConfigProblem> problems) {
        reported++;
        entries.add(new Entry(new Finding(node.at(), ""), List.copyOf(problems)));
    }

    /** Never shows {@code text} in a message: it came from a secret file or the environment. */
    void mask(String text) {
        if (text.strip().length() >= SHORTEST_MASKED) {
            masked.add(text.strip());
        }
    }

    boolean isEmpty() {
        return reported == 0;
    }

    /**
     * How many problems were reported so far, also those not shown at a settled place; a binder compares
     * it before and after to know whether its block was clean.
     */
    int count() {
        return reported;
    }

    /**
     * @param file     the file as the user named it
     * @param document the parsed document, to name rules by id and order problems as the file does
     */
    List<ConfigProblem> problems(String file, JsonNode document) {
        DocumentPaths paths = new DocumentPaths(document);
        List<Entry> ordered = new ArrayList<>(entries);
        ordered.sort(Comparator.comparingInt(e -> paths.order(e.finding().at()))); // stable: ties keep check order
        Set<ConfigProblem> unique = new LinkedHashSet<>();
        for (Entry e : ordered) {
            if (e.foreign().isEmpty()) {
                unique.add(new ConfigProblem(file, paths.render(e.finding().at()), masked(e.finding().message())));
            } else {
                // a foreign file is named by the config, perhaps through a reference: its name is masked too
                e.foreign().forEach(p -> unique.add(new ConfigProblem(masked(p.file()), p.path(), masked(p.message()))));
            }
        }
        return List.copyOf(unique);
    }

    private String masked(String message) {
        String shown = message;
        for (String secret : masked) {
            shown = shown.replace(secret, "***");
        }
        return shown;
    }
}
