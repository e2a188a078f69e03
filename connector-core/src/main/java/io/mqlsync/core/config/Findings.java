package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the problems of one document from every check (schema and semantic) and turns them into
 * one-line {@link ConfigProblem}s in the order their places appear in the file. Not thread-safe.
 */
final class Findings {
    private final List<Finding> findings = new ArrayList<>();

    void add(ConfigNode node, String message) {
        findings.add(new Finding(node.at(), message));
    }

    void addAll(Collection<Finding> more) {
        findings.addAll(more);
    }

    boolean isEmpty() {
        return findings.isEmpty();
    }

    /**
     * @param file     the file as the user named it
     * @param document the parsed document, to name rules by id and order problems as the file does
     */
    List<ConfigProblem> problems(String file, JsonNode document) {
        DocumentPaths paths = new DocumentPaths(document);
        List<Finding> ordered = new ArrayList<>(findings);
        ordered.sort(Comparator.comparingInt(f -> paths.order(f.at()))); // stable: ties keep check order
        Set<ConfigProblem> unique = new LinkedHashSet<>();
        for (Finding f : ordered) {
            unique.add(new ConfigProblem(file, paths.render(f.at()), f.message()));
        }
        return List.copyOf(unique);
    }
}
