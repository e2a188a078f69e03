package io.mqlsync.app.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Chart.js as the {@code org.webjars.npm:chart.js} WebJar ships it, read from the class path so the page
 * carries the library inline and opens without a network.
 *
 * @param version the WebJar's version, e.g. {@code 4.5.1}
 * @param script  the minified UMD build, without its source-map comment (the map is not shipped)
 */
record ChartJsLibrary(String version, String script) {
    private static final String PROPERTIES = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    ChartJsLibrary {
        // inlined in a <script> element: the text must not be able to close it
        if (script.toLowerCase(Locale.ROOT).contains("</script")) {
            throw new IllegalStateException("Chart.js " + version + " contains '</script' and cannot be inlined");
        }
    }

    /** The WebJar on the class path; fails when the jar was built without it. */
    static ChartJsLibrary bundled() {
        ClassLoader loader = ChartJsLibrary.class.getClassLoader();
        Properties properties = new Properties();
        try (InputStream in = loader.getResourceAsStream(PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar is not on the class path (" + PROPERTIES + ")");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + PROPERTIES, e);
        }
        String version = properties.getProperty("version");
        String path = "META-INF/resources/webjars/chart.js/" + version + "/dist/chart.umd.min.js";
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the Chart.js WebJar has no " + path);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return new ChartJsLibrary(version, text.replaceAll("(?m)^//# sourceMappingURL=.*$", ""));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + path, e);
        }
    }
}
