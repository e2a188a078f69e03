package io.mqlsync.app.demo;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.mqlsync.sandbox.data.OwnerKind;
import io.mqlsync.sandbox.data.SyntheticCrm;
import io.mqlsync.sandbox.data.SyntheticOwner;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The shipped demo configs ({@code config/instances/demo*.yaml} and the models, packed into the jar so
 * the demo runs from any working directory), written out for one running fake CRM: the same file with
 * the CRM's address filled in and a routing block over its generated sales people.
 */
final class DemoConfigs {
    private static final String ROOT = "/io/mqlsync/app/demo/config/";
    /** Every string quoted, so that none is read back as a number or a boolean. */
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));

    private DemoConfigs() {
    }

    /**
     * Writes {@code config/instances/NAME} under {@code dir}, edited by {@code edit}, and the model it
     * names into {@code config/models/}.
     *
     * @return the written instance config
     */
    static Path write(Path dir, String name, Consumer<ObjectNode> edit) throws IOException {
        ObjectNode config = (ObjectNode) YAML.readTree(resource("instances/" + name));
        edit.accept(config);
        Path instances = Files.createDirectories(dir.resolve("config").resolve("instances"));
        Path models = Files.createDirectories(dir.resolve("config").resolve("models"));
        String model = Path.of(config.path("model").asText()).getFileName().toString();
        config.put("model", "../models/" + model);
        Files.write(models.resolve(model), resource("models/" + model));
        Path file = instances.resolve(name);
        YAML.writeValue(file.toFile(), config);
        return file;
    }

    /** Round-robin over every active sales person of the generated team (queues and leavers are no pool members). */
    static void routeInTurn(ObjectNode config, SyntheticCrm crm) {
        ObjectNode routing = config.putObject("routing");
        routing.put("strategy", "round-robin");
        ArrayNode pool = routing.putArray("defaultPool");
        for (SyntheticOwner owner : crm.owners()) {
            if (owner.kind() == OwnerKind.PERSON && owner.active()) {
                pool.add(owner.email());
            }
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = DemoConfigs.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalStateException("the build packs " + ROOT + path + " into the jar, but it is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
