package io.mqlsync.core.scoring;

import java.util.Objects;
import java.util.Optional;

/**
 * A fit rule: {@code points} when {@code condition} holds for the lead's fields. Within one
 * {@code group} only the first matching rule in file order counts.
 */
public record FitRule(String id, Optional<String> group, double points, Optional<String> label,
                      Condition condition) {
    public FitRule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(group, "group");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(condition, "condition");
    }
}
