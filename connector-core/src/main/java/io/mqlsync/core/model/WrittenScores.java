package io.mqlsync.core.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The score properties a CRM record holds ({@code mql_fit_score}, {@code mql_intent_score},
 * {@code mql_score}, {@code mql_quadrant}, {@code mql_reasons}, {@code mql_model}); each empty when the
 * property is blank.
 */
public record WrittenScores(OptionalLong fit, OptionalLong intent, OptionalLong score, Optional<Quadrant> quadrant,
                            Optional<String> reasons, Optional<String> model) {
    private static final WrittenScores NONE = new WrittenScores(OptionalLong.empty(), OptionalLong.empty(),
            OptionalLong.empty(), Optional.empty(), Optional.empty(), Optional.empty());

    public WrittenScores {
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(score, "score");
        Objects.requireNonNull(quadrant, "quadrant");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(model, "model");
    }

    /** A record mqlsync never wrote to. */
    public static WrittenScores none() {
        return NONE;
    }

    /** Reasons are text a person wrote into: no toString of them. */
    @Override
    public String toString() {
        return "WrittenScores[fit=" + fit + ", intent=" + intent + ", score=" + score + ", quadrant=" + quadrant
                + ", model=" + model + "]";
    }
}
