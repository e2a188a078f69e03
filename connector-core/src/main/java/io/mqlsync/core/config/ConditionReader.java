package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.scoring.Condition;
import java.util.Optional;

/**
 * Reads one condition ({@code {field: F, in: [...]}}, {@code all}, {@code any}, {@code not}, ...) of the
 * language DESIGN section 5 defines. The model loader provides it; instance-config binders take it, so
 * routing rules and lifecycle signals use exactly the model's conditions.
 */
@FunctionalInterface
public interface ConditionReader {
    /**
     * @param node     the condition's node; never null
     * @param path     where it is in the file, for problems
     * @param problems where every problem goes, one line each
     * @return the condition, or empty when it has problems (all of them reported)
     */
    Optional<Condition> read(JsonNode node, String path, ProblemCollector problems);
}
