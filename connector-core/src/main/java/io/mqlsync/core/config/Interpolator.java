package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the references in the text values of a config, in place: {@code ${NAME}} by the environment
 * variable, {@code ${file:PATH}} by the file's content (PATH relative to the config file; trailing
 * whitespace and newlines dropped, as secret files usually end with one) and {@code ${dataDir}} by the
 * data directory. A reference that cannot be resolved is a problem naming the variable or the file,
 * never a value; every resolved value is masked in all messages. Values stay text: a reference in a
 * place that wants a number is then refused as text. Not thread-safe; one per document.
 */
final class Interpolator {
    static final String DATA_DIR = "dataDir";
    private static final String FILE = "file:";
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");
    private static final Pattern VARIABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

    private final ConfigEnvironment environment;
    private final Path configDirectory;
    private final Findings findings;

    /**
     * @param configDirectory where {@code ${file:PATH}} resolves a relative PATH: the config file's directory
     */
    Interpolator(ConfigEnvironment environment, Path configDirectory, Findings findings) {
        this.environment = environment;
        this.configDirectory = configDirectory;
        this.findings = findings;
    }

    /** @return which values were interpolated, and which of them wholly from one reference */
    Interpolated interpolate(JsonNode document) {
        Interpolated result = new Interpolated(new HashSet<>(), new HashSet<>());
        walk(ConfigNode.root(document), result);
        return new Interpolated(Set.copyOf(result.wholly()), Set.copyOf(result.unresolved()));
    }

    /**
     * @param wholly     places whose value is exactly one reference ({@code ${X}}, nothing around it)
     * @param unresolved places with a reference that could not be resolved (each reported)
     */
    record Interpolated(Set<JsonPointer> wholly, Set<JsonPointer> unresolved) {
    }

    private void walk(ConfigNode node, Interpolated result) {
        if (node.value() instanceof ObjectNode object) {
            for (String key : node.keys()) {
                ConfigNode child = node.child(key);
                if (child.value().isTextual()) {
                    resolve(child, result).ifPresent(text -> object.set(key, TextNode.valueOf(text)));
                } else {
                    walk(child, result);
                }
            }
        } else if (node.value() instanceof ArrayNode array) {
            for (ConfigNode element : node.elements()) {
                int index = element.at().last().getMatchingIndex();
                if (element.value().isTextual()) {
                    resolve(element, result).ifPresent(text -> array.set(index, TextNode.valueOf(text)));
                } else {
                    walk(element, result);
                }
            }
        }
    }

    /** @return the new text when the value holds a reference */
    private Optional<String> resolve(ConfigNode at, Interpolated result) {
        String text = at.value().asText();
        if (!text.contains("${")) {
            return Optional.empty();
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        int end = 0;
        boolean resolved = true;
        while (m.find()) {
            out.append(text, end, m.start());
            Optional<String> value = reference(at, m.group(1).strip());
            value.ifPresent(out::append);
            resolved &= value.isPresent();
            end = m.end();
        }
        out.append(text.substring(end));
        if (text.substring(end).contains("${")) {
            findings.add(at, "has a ${ without its closing }");
            resolved = false;
        }
        if (REFERENCE.matcher(text.strip()).matches()) {
            result.wholly().add(at.at());
        }
        if (!resolved) {
            result.unresolved().add(at.at());
            findings.settle(at);
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    private Optional<String> reference(ConfigNode at, String name) {
        if (name.equals(DATA_DIR)) {
            return Optional.of(environment.dataDir().toString());
        }
        if (name.startsWith(FILE)) {
            return file(at, name.substring(FILE.length()).strip());
        }
        if (!VARIABLE.matcher(name).matches()) {
            findings.add(at, "${" + name + "} is not a reference: write ${NAME} for an environment variable, "
                    + "${file:PATH} for a file or ${dataDir}");
            return Optional.empty();
        }
        Optional<String> value = environment.variable(name);
        if (value.isEmpty()) {
            findings.add(at, "environment variable " + name + " is not set");
        } else if (value.get().isBlank()) {
            findings.add(at, "environment variable " + name + " is empty");
            return Optional.empty();
        }
        value.ifPresent(findings::mask);
        return value;
    }

    private Optional<String> file(ConfigNode at, String path) {
        if (path.isEmpty()) {
            findings.add(at, "${file:} names no file");
            return Optional.empty();
        }
        try {
            String content = Files.readString(configDirectory.resolve(path), StandardCharsets.UTF_8).stripTrailing();
            if (content.isBlank()) {
                findings.add(at, "file " + path + " is empty");
                return Optional.empty();
            }
            findings.mask(content);
            content.lines().forEach(findings::mask); // a multi-line key must not leak line by line either
            return Optional.of(content);
        } catch (NoSuchFileException e) {
            findings.add(at, "file " + path + " cannot be read (no such file)");
        } catch (CharacterCodingException e) {
            findings.add(at, "file " + path + " cannot be read (not UTF-8 text)");
        } catch (IOException | InvalidPathException e) {
            findings.add(at, "file " + path + " cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        return Optional.empty();
    }
}
