package io.mqlsync.app.calibrate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The evidence behind a {@link Calibration} as lines of text: printed by the command and put atop the candidate file. */
final class CalibrationText {
    private CalibrationText() {
    }

    static List<String> lines(Calibration c) {
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "calibrated %s on %d resolved cases (%d converted); baseline log-odds %.2f, "
                + "%.1f points per unit of log-odds", c.model(), c.cases(), c.converted(), c.intercept(), c.scale()));
        c.warnings().forEach(w -> lines.add("WARNING: " + w));
        lines.add(String.format(Locale.ROOT, "%-24s %6s %9s %9s %9s %8s  %s", "rule", "fired", "conv", "conv not",
                "coeff", "points", "suggested"));
        for (RuleEvidence r : c.rules()) {
            String suggested = switch (r.verdict()) {
                case SUGGESTED -> number(r.suggestedPoints()) + r.suggestedMax().map(m -> " (max " + number(m) + ")").orElse("");
                case TOO_FEW_FIRED -> "kept: fired on too few cases";
                case ALWAYS_FIRED -> "kept: fired on every case";
            };
            lines.add(String.format(Locale.ROOT, "%-24s %6d %9s %9s %9s %8s  %s", r.rule(), r.fired(), percent(r.rateFired()),
                    percent(r.rateNotFired()), r.coefficient().map(x -> String.format(Locale.ROOT, "%+.2f", x)).orElse("-"),
                    number(r.points()), suggested));
        }
        return lines;
    }

    private static String percent(Optional<Double> share) {
        return share.map(s -> String.format(Locale.ROOT, "%.1f%%", s * 100)).orElse("-");
    }

    static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.1f", value);
    }
}
