package io.mqlsync.core.config;

import com.fasterxml.jackson.databind.JsonNode;
import io.mqlsync.core.planning.WriteBackConfig;
import java.util.Optional;
import java.util.Set;

/** Binds the {@code writeBack} block: {@code prefix} (default {@code mql_}), {@code scoresAfterSql} (default true). */
public final class WriteBackBinder {
    private WriteBackBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    public static Optional<WriteBackConfig> bind(JsonNode node, String path, ProblemCollector problems) {
        Binding binding = new Binding(problems);
        Optional<BlockReader> block = BlockReader.of(node, path, problems);
        if (block.isEmpty()) {
            return Optional.empty();
        }
        BlockReader b = block.get();
        b.allowOnly(Set.of("prefix", "scoresAfterSql"));
        String prefix = b.string("prefix").orElse(WriteBackConfig.DEFAULT_PREFIX);
        if (!WriteBackConfig.isValidPrefix(prefix)) {
            problems.add(b.at("prefix"), "\"" + prefix
                    + "\" is not a valid prefix (a letter, then at most 19 letters, digits or underscores)");
        }
        boolean scoresAfterSql = b.bool("scoresAfterSql").orElse(true);
        return binding.result(() -> new WriteBackConfig(prefix, scoresAfterSql));
    }
}
