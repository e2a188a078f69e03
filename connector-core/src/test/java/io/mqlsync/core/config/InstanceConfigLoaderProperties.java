package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/**
 * Whatever a user does to a valid instance config, loading it either succeeds or fails with problems,
 * one line each naming the file (or its model): never another exception, never an empty problem list,
 * never a secret's value.
 */
class InstanceConfigLoaderProperties {
    private static final Path DESIGN = Path.of("src", "test", "resources", "instance-configs", "design-section-4.yaml");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.textNode(""), NODES.textNode("  "), NODES.textNode("x"), NODES.textNode("${HUBSPOT_TOKEN}"),
            NODES.textNode("${NOPE}"), NODES.textNode("${file:nope}"), NODES.textNode("P1M"), NODES.textNode("a@b.c"),
            NODES.textNode("http://example.com"), NODES.textNode("0 0 * * * ?"), NODES.textNode("hubspot"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(3.5), NODES.numberNode(Double.NaN),
            NODES.booleanNode(true), NODES.nullNode(), NODES.arrayNode(), NODES.arrayNode().add(1).add("a"),
            NODES.objectNode(), NODES.objectNode().put("field", "country"));

    private final YAMLMapper yaml = new YAMLMapper();

    @Property(tries = 200)
    void aMutatedConfigLoadsOrFailsWithOneLinePerProblem(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        JsonNode document = yaml.readTree(DESIGN.toFile());
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutate(document, random);
        }
        Path file = ConfigFiles.DIRECTORY.resolve("mutated-" + Long.toHexString(seed) + ".yaml");
        Files.createDirectories(ConfigFiles.DIRECTORY);
        // The model path is relative to the original's directory; keep it pointing at the test model.
        if (document instanceof ObjectNode root && root.path("model").asText().equals("../models/b2b-default.yaml")) {
            root.put("model", ConfigFiles.MODEL.toString());
        }
        Files.writeString(file, yaml.writeValueAsString(document));
        try {
            ConfigFiles.loader().load(file);
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line())
                    .doesNotContain("\n").doesNotContain(ConfigFiles.TOKEN).doesNotContain("@acme.com"));
        } finally {
            Files.delete(file);
        }
    }

    @Example
    void aModelFileNamedByASecretIsNotShownWhenItCannotBeRead() {
        Path file = ConfigFiles.write("model-from-secret.yaml", """
                instance: acme
                crm: hubspot
                hubspot: { accessToken: "${HUBSPOT_TOKEN}" }
                model: "${HUBSPOT_TOKEN}"
                """);

        assertThatThrownBy(() -> ConfigFiles.loader().load(file)).isInstanceOfSatisfying(ConfigException.class,
                e -> assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).doesNotContain(ConfigFiles.TOKEN))
                        .anySatisfy(p -> assertThat(p.line()).contains("***: no such file")));
    }

    @Property(tries = 100)
    void anInterpolatedValueNeverAppearsInAProblem(@ForAll @AlphaChars @NumericChars @StringLength(min = 8, max = 40)
                                                   String secret) {
        InstanceConfigLoader loader = new InstanceConfigLoader(CheckingCrmProvider.both(), ConfigEnvironment.of(
                Map.of("HUBSPOT_TOKEN", secret), Optional.empty(), ConfigFiles.WORKING_DIRECTORY));
        Path file = ConfigFiles.write("interpolated.yaml", ConfigFiles.HUBSPOT_HEADER + """
                schedule: { cron: "0 ${HUBSPOT_TOKEN} * * * ?", zone: "${HUBSPOT_TOKEN}" }
                tasks: { sla: "${HUBSPOT_TOKEN}", subject: "{${HUBSPOT_TOKEN}}" }
                writeBack: { prefix: "${HUBSPOT_TOKEN}-" }
                lifecycle: { nurtureOwner: "${HUBSPOT_TOKEN}", reasons: { timing: "${HUBSPOT_TOKEN}" } }
                state: { url: "${HUBSPOT_TOKEN}" }
                """);

        try {
            loader.load(file);
        } catch (ConfigException e) {
            assertThat(e.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.line()).doesNotContain(secret));
            return;
        }
        throw new AssertionError("a token is no zone: loading must fail");
    }

    /** Replaces, removes or adds one value somewhere in the document. */
    private static void mutate(JsonNode document, Random random) {
        List<JsonNode> containers = new ArrayList<>();
        collect(document, containers);
        JsonNode container = containers.get(random.nextInt(containers.size()));
        JsonNode replacement = REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
        if (container instanceof ObjectNode object) {
            List<String> keys = new ArrayList<>();
            object.fieldNames().forEachRemaining(keys::add);
            int choice = random.nextInt(keys.size() + 1);
            if (choice == keys.size()) {
                object.set(random.nextBoolean() ? "extra" : keys.isEmpty() ? "field" : keys.get(0) + "s", replacement);
            } else if (random.nextInt(4) == 0) {
                object.remove(keys.get(choice));
            } else {
                object.set(keys.get(choice), replacement);
            }
        } else if (container instanceof ArrayNode array && !array.isEmpty()) {
            array.set(random.nextInt(array.size()), replacement);
        }
    }

    private static void collect(JsonNode node, List<JsonNode> containers) {
        if (node.isContainerNode()) {
            containers.add(node);
            node.forEach(child -> collect(child, containers));
        }
    }
}
