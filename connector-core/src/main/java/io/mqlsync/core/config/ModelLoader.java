package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.scoring.ScoringModel;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Loads a scoring model file (DESIGN section 5): YAML, checked against
 * {@code config/schema/model.schema.json}, then semantically (canonical fields, event types, regexes,
 * durations, rule ids, lists, windows, decay curves, conditions), compiled into an immutable
 * {@link ScoringModel}. Every problem is reported at once, one line each:
 * {@code models/acme.yaml: intent.rules[3] (pricing-3x).within: "P1M" is not a fixed duration: ...}.
 *
 * <p>Thread-safe: build one and load any number of files with it.
 */
public final class ModelLoader {
    /** Where connector-core's jar carries {@code config/schema/model.schema.json}. */
    static final String SCHEMA_RESOURCE = "/io/mqlsync/core/config/schema/model.schema.json";

    private final YamlTreeReader reader = new YamlTreeReader();
    private final SchemaCheck schema = new SchemaCheck(SCHEMA_RESOURCE);
    private final NamedLists builtInLists = NamedLists.builtIn();

    /**
     * @param file the model file; messages name it as given
     * @return the compiled model; never null
     * @throws ConfigException with every problem found, when the file cannot be read or is not a valid model
     */
    public ScoringModel load(Path file) {
        String displayName = file.toString();
        JsonNode document = reader.read(file, displayName);
        Findings findings = new Findings();
        findings.addAll(schema.check(document));
        Optional<ScoringModel> model = new ModelCompiler(builtInLists, findings).compile(ConfigNode.root(document));
        if (!findings.isEmpty()) {
            throw new ConfigException(findings.problems(displayName, document));
        }
        return model.orElseThrow(() -> new IllegalStateException(
                "model " + displayName + " could not be compiled but no problem was reported"));
    }
}
