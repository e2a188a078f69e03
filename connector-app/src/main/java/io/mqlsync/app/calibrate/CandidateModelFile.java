package io.mqlsync.app.calibrate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.mqlsync.core.model.MqlsyncException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a candidate model: the live model's file with the suggested points (and caps) put in by rule id and
 * its version raised by one, under a comment block with the evidence. Everything else of the model (lists,
 * conditions, thresholds, decay) is carried over as it is; YAML comments of the original are not.
 */
final class CandidateModelFile {
    private final YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .build());

    /**
     * @param liveModel the live model's file, as the instance config names it
     * @param out       the candidate file to write (replaced when it exists)
     */
    void write(Path liveModel, Calibration calibration, Instant at, Path out) {
        try {
            JsonNode root = yaml.readTree(liveModel.toFile());
            if (!(root instanceof ObjectNode model)) {
                throw new MqlsyncException("calibrate: " + liveModel + " is not a model (not a YAML mapping)");
            }
            model.put("version", model.path("version").asInt(1) + 1);
            Map<String, RuleEvidence> suggested = new HashMap<>();
            calibration.rules().stream().filter(r -> r.verdict() == RuleEvidence.Verdict.SUGGESTED)
                    .forEach(r -> suggested.put(r.rule(), r));
            for (String section : List.of("fit", "intent")) {
                for (JsonNode rule : model.path(section).path("rules")) {
                    RuleEvidence r = suggested.get(rule.path("id").asText());
                    if (r != null && rule instanceof ObjectNode node) {
                        put(node, "points", r.suggestedPoints());
                        r.suggestedMax().ifPresent(max -> put(node, "max", max));
                    }
                }
            }
            StringBuilder text = new StringBuilder();
            text.append("# Candidate model written by `mqlsync calibrate` at ").append(at).append(" from ")
                    .append(liveModel.getFileName()).append(".\n");
            text.append("# Not applied: compare it with `mqlsync simulate -c CONFIG --model ").append(out.getFileName())
                    .append("`, then point the config at it to adopt it.\n#\n");
            CalibrationText.lines(calibration).forEach(line -> text.append("# ").append(line).append('\n'));
            text.append('\n').append(yaml.writeValueAsString(model));
            Files.writeString(out, text.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MqlsyncException("calibrate: cannot write " + out + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void put(ObjectNode node, String field, double value) {
        if (value == Math.rint(value)) {
            node.put(field, (long) value);
        } else {
            node.put(field, value);
        }
    }
}
