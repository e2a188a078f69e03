package io.mqlsync.core.config;

import io.mqlsync.core.config.Interpolator.Interpolated;
import io.mqlsync.core.model.Secret;
import io.mqlsync.core.spi.ConfigBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A {@link ConfigBlock} over one mapping of an interpolated instance config. While the config loads,
 * its problems join the file's other problems; the copy an {@link InstanceConfig} keeps for the adapter
 * fails at once with the one problem (the file was valid, so a problem found later is the adapter's
 * own late check). Immutable once loading is over.
 */
final class NodeConfigBlock implements ConfigBlock {
    static final String LITERAL_SECRET = "a secret must not be written in the file: give it as ${ENV_VAR} or ${file:PATH}";

    private final ConfigNode node;
    private final String path;
    private final Interpolated interpolated;
    private final ProblemSink sink;

    /** Where a block's problems go. */
    @FunctionalInterface
    interface ProblemSink {
        void report(ConfigNode at, String path, String message);
    }

    NodeConfigBlock(ConfigNode node, String path, Interpolated interpolated, ProblemSink sink) {
        this.node = node;
        this.path = path;
        this.interpolated = interpolated;
        this.sink = sink;
    }

    /** A block whose problems are added to {@code findings}, for validation while loading. */
    static NodeConfigBlock loading(ConfigNode node, Interpolated interpolated, Findings findings) {
        return new NodeConfigBlock(node, node.key(), interpolated, (at, path, message) -> findings.add(at, message));
    }

    /** A detached, immutable copy whose problems throw a {@link ConfigException} naming {@code file}. */
    NodeConfigBlock frozen(String file) {
        ConfigNode copy = new ConfigNode(node.at(), node.value().deepCopy());
        return new NodeConfigBlock(copy, path, interpolated, (at, where, message) -> {
            throw new ConfigException(List.of(new ConfigProblem(file, where, message)));
        });
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public boolean has(String key) {
        return node.child(key).isGiven();
    }

    @Override
    public Optional<String> text(String key) {
        ConfigNode value = node.child(key);
        return value.value().isValueNode() && !value.value().isNull() ? Optional.of(value.value().asText())
                : Optional.empty();
    }

    @Override
    public OptionalDouble number(String key) {
        return node.child(key).number();
    }

    @Override
    public Optional<Secret> secret(String key) {
        ConfigNode value = node.child(key);
        if (!value.value().isTextual() || interpolated.unresolved().contains(value.at())) {
            return Optional.empty(); // absent, of the wrong type (the schema's) or an unresolved reference (reported)
        }
        if (!interpolated.wholly().contains(value.at())) {
            problem(key, LITERAL_SECRET);
            return Optional.empty();
        }
        return Optional.of(new Secret(value.value().asText()));
    }

    @Override
    public Optional<ConfigBlock> block(String key) {
        ConfigNode value = node.child(key);
        return value.isObject() ? Optional.of(new NodeConfigBlock(value, path + "." + key, interpolated, sink))
                : Optional.empty();
    }

    @Override
    public List<ConfigBlock> blocks(String key) {
        List<ConfigNode> elements = node.child(key).elements();
        List<ConfigBlock> blocks = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isObject()) {
                blocks.add(new NodeConfigBlock(elements.get(i), path + "." + key + "[" + i + "]", interpolated, sink));
            }
        }
        return blocks;
    }

    @Override
    public List<String> keys() {
        return node.keys();
    }

    @Override
    public void problem(String key, String message) {
        sink.report(node.child(key), path + "." + key, message);
    }

    @Override
    public String toString() {
        return "ConfigBlock[" + path + "]"; // never the values: the block holds credentials
    }
}
