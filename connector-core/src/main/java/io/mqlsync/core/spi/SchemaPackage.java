package io.mqlsync.core.spi;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Files a person deploys to create what the CRM's API cannot create itself (Salesforce custom fields:
 * a Metadata API package), and how to deploy them.
 *
 * @param files      the files written
 * @param deployHint the command or steps that deploy them, for a person
 */
public record SchemaPackage(List<Path> files, String deployHint) {
    public SchemaPackage {
        files = List.copyOf(files);
        Objects.requireNonNull(deployHint, "deployHint");
        if (files.isEmpty()) {
            throw new IllegalArgumentException("a schema package holds at least one file");
        }
    }
}
