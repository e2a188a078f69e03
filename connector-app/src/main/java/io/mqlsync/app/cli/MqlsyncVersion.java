package io.mqlsync.app.cli;

import java.util.Optional;
import picocli.CommandLine.IVersionProvider;

/** {@code mqlsync --version}: the version in the jar's manifest, when there is one. */
public final class MqlsyncVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Optional.ofNullable(Main.class.getPackage().getImplementationVersion())
                .orElse("(development build)");
        return new String[] {"mqlsync " + version, "Java " + Runtime.version()};
    }
}
