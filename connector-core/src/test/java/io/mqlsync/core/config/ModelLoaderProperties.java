package io.mqlsync.core.config;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * Whatever a user does to a valid model, loading it either succeeds or fails with problems, one
 * line each: never another exception, never an empty problem list. Mutates the shipped models at
 * random places with values of every kind.
 */
class ModelLoaderProperties {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<JsonNode> REPLACEMENTS = List.of(
            NODES.textNode(""), NODES.textNode("  "), NODES.textNode("x"), NODES.textNode("@nolist"),
            NODES.textNode("P1M"), NODES.textNode("(unclosed"), NODES.textNode("PAGE_VIEWED"),
            NODES.numberNode(0), NODES.numberNode(-1), NODES.numberNode(3.5), NODES.numberNode(1e12),
            NODES.numberNode(Double.NaN), NODES.numberNode(Double.POSITIVE_INFINITY),
            NODES.booleanNode(true), NODES.booleanNode(false), NODES.nullNode(),
            NODES.arrayNode(), NODES.arrayNode().add(1).add("a"), NODES.objectNode(),
            NODES.objectNode().put("field", "jobTitle"));

    private final ModelLoader loader = new ModelLoader();
    private final YAMLMapper yaml = new YAMLMapper();

    @Property(tries = 200)
    void aMutatedModelLoadsOrFailsWithOneLinePerProblem(@ForAll long seed) throws IOException {
        Random random = new Random(seed);
        String[] models = {"startup", "smb", "enterprise"};
        JsonNode document = yaml.readTree(Path.of("..", "config", "models", models[random.nextInt(3)] + ".yaml").toFile());
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutate(document, random);
        }
        Path file = Files.createTempFile("mutated-model", ".yaml");
        try {
            Files.writeString(file, yaml.writeValueAsString(document));
            try {
                loader.load(file);
            } catch (ConfigException e) {
                assertThat(e.problems()).isNotEmpty()
                        .allSatisfy(p -> assertThat(p.line()).startsWith(file + ": ").doesNotContain("\n"));
            }
        } finally {
            Files.delete(file);
        }
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
