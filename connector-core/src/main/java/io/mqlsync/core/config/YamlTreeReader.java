package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a YAML config file into a Jackson tree. A key given twice in one mapping is an error (the
 * second would silently win otherwise); a syntax error becomes one line naming {@code line:column}.
 * Thread-safe.
 */
final class YamlTreeReader {
    // SnakeYAML's messages read "context\n in 'reader', line L, column C:\n snippet\n ^\nproblem\n in ...".
    private static final Pattern MARK = Pattern.compile("^ in '[^']*', line (\\d+), column (\\d+):$");

    private final ObjectMapper mapper = new ObjectMapper(
            YAMLFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());

    /**
     * @param file        the file to read
     * @param displayName the file as the user named it, for messages
     * @return the document's root; never null
     * @throws ConfigException when the file cannot be read, is empty or is not valid YAML
     */
    JsonNode read(Path file, String displayName) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode root = mapper.readTree(reader);
            if (root == null || root.isMissingNode() || root.isNull()) {
                throw failure(displayName, "", "the file is empty");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw syntaxError(displayName, e);
        } catch (NoSuchFileException e) {
            throw failure(displayName, "", "no such file");
        } catch (CharacterCodingException e) {
            throw failure(displayName, "", "not UTF-8 text");
        } catch (IOException e) {
            throw failure(displayName, "", "cannot be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private static ConfigException syntaxError(String displayName, JsonProcessingException e) {
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (original.startsWith("Duplicate field '")) {
            String key = original.substring("Duplicate field '".length(), original.lastIndexOf('\''));
            return failure(displayName, where(e.getLocation()), "duplicate key \"" + key + "\"");
        }
        String context = "";
        String problem = "";
        String location = where(e.getLocation());
        for (String line : original.split("\n")) {
            Matcher mark = MARK.matcher(line);
            if (mark.matches()) {
                location = mark.group(1) + ":" + mark.group(2);
            } else if (!line.isBlank() && !line.startsWith(" ")) {
                context = problem;
                problem = line.strip();
            }
        }
        String message = context.isEmpty() ? problem : problem + " (" + context + ")";
        return failure(displayName, location, "invalid YAML: " + message);
    }

    private static String where(JsonLocation location) {
        return location == null ? "" : location.getLineNr() + ":" + location.getColumnNr();
    }

    private static ConfigException failure(String displayName, String path, String message) {
        return new ConfigException(List.of(new ConfigProblem(displayName, path, message)));
    }
}
