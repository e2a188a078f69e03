package io.mqlsync.app.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import io.mqlsync.core.model.Contribution;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.ScoreCard;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Writes score cards as JSON Lines in the layout of DESIGN section 3: {@code id, model, fit, intent,
 * score, qualifies, disqualified, quadrant, contributions, multiplier}; each contribution {@code rule,
 * kind, points, decay, evidence} and {@code label} when the rule has one. Numbers are rounded half-up
 * to 4 decimals. Not thread-safe.
 */
final class ScoreCardJson {
    private final JsonFactory json = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
    private final Writer out;

    ScoreCardJson(Writer out) {
        this.out = out;
    }

    /** Writes one card and a newline. */
    void write(LeadId id, ScoreCard card) throws IOException {
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringField("id", id.value());
            g.writeStringField("model", card.model());
            g.writeNumberField("fit", rounded(card.fit()));
            g.writeNumberField("intent", rounded(card.intent()));
            g.writeNumberField("score", rounded(card.score()));
            g.writeBooleanField("qualifies", card.qualifies());
            g.writeBooleanField("disqualified", card.disqualified());
            g.writeStringField("quadrant", card.quadrant().name());
            g.writeArrayFieldStart("contributions");
            for (Contribution c : card.contributions()) {
                contribution(g, c);
            }
            g.writeEndArray();
            g.writeNumberField("multiplier", rounded(card.multiplier()));
            g.writeEndObject();
        }
        out.write('\n');
    }

    private static void contribution(JsonGenerator g, Contribution c) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", c.rule());
        g.writeStringField("kind", c.kind().name().toLowerCase(Locale.ROOT));
        g.writeNumberField("points", rounded(c.points()));
        g.writeNumberField("decay", rounded(c.decay()));
        g.writeStringField("evidence", c.evidence());
        if (c.label().isPresent()) {
            g.writeStringField("label", c.label().get());
        }
        g.writeEndObject();
    }

    /** Half-up to 4 decimals; -0.0 is written as 0.0. */
    static double rounded(double value) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).doubleValue() + 0.0;
    }
}
