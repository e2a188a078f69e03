package io.mqlsync.core.scoring;

import java.util.Objects;

/**
 * A loaded, validated scoring model (DESIGN section 5): immutable, with regexes compiled and named
 * lists resolved, so scoring a lead does no parsing. Safe to share between threads.
 *
 * @param name       the model's name
 * @param version    the model's version
 * @param fit        who the lead is
 * @param intent     what the lead did
 * @param qualify    the MQL thresholds and the disqualification condition
 * @param quadrants  the fit/intent quadrant boundaries
 */
public record ScoringModel(String name, int version, FitSection fit, IntentSection intent,
                           Qualification qualify, QuadrantThresholds quadrants) {
    public ScoringModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(qualify, "qualify");
        Objects.requireNonNull(quadrants, "quadrants");
    }

    /** {@code name@version}, as written to {@code mql_model} and on every card. */
    public String id() {
        return name + "@" + version;
    }
}
