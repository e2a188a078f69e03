package io.mqlsync.core.config;

import io.mqlsync.core.planning.WriteBackConfig;
import java.util.Optional;

/** Binds the {@code writeBack} block: {@code prefix} (default {@code mql_}), {@code scoresAfterSql} (default true). */
final class WriteBackBinder {
    private WriteBackBinder() {
    }

    /** @return the config, or empty when the block has problems (each reported) */
    static Optional<WriteBackConfig> bind(ConfigNode node, Findings findings) {
        Binding binding = new Binding(findings);
        BlockReader b = new BlockReader(node, findings);
        String prefix = b.text("prefix").orElse(WriteBackConfig.DEFAULT_PREFIX);
        if (!WriteBackConfig.isValidPrefix(prefix)) {
            findings.add(b.child("prefix"), "\"" + prefix
                    + "\" is not a valid prefix (a letter, then at most 19 letters, digits or underscores)");
        }
        boolean scoresAfterSql = b.bool("scoresAfterSql").orElse(true);
        return binding.result(() -> new WriteBackConfig(prefix, scoresAfterSql));
    }
}
