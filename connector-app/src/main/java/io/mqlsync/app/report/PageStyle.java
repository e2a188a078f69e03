package io.mqlsync.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The page's style sheet and chart-drawing script, kept as resources beside this class so they read as CSS and JS. */
final class PageStyle {
    static final String CSS = resource("page.css");
    static final String DRAW_SCRIPT = resource("draw.js");

    private PageStyle() {
    }

    private static String resource(String name) {
        try (InputStream in = PageStyle.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + PageStyle.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + name, e);
        }
    }
}
