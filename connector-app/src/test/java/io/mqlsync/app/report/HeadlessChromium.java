package io.mqlsync.app.report;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's chromium and chromedriver, started headless for a test. Both must be installed ({@code .ci/run}
 * installs them); a missing browser fails the test, unless the machine declares it has none with
 * {@code MQLSYNC_NO_BROWSER=true} (or {@code -Dmqlsync.noBrowser=true}) and is not CI, and then the test is
 * skipped with a message saying so.
 */
final class HeadlessChromium {
    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("MQLSYNC_CHROMIUM", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getenv().getOrDefault("MQLSYNC_CHROMEDRIVER", "/usr/bin/chromedriver"));

    private HeadlessChromium() {
    }

    /** A headless chromium whose console messages are kept; the caller quits it. */
    static ChromeDriver start(int width, int height) {
        Optional<String> missing = missing();
        if (missing.isPresent()) {
            boolean declaredWithout = "true".equalsIgnoreCase(System.getenv("MQLSYNC_NO_BROWSER"))
                    || Boolean.getBoolean("mqlsync.noBrowser");
            boolean ci = System.getenv("CI") != null && !System.getenv("CI").isBlank();
            if (declaredWithout && !ci) {
                System.err.println("SKIPPED: the report's browser test needs " + missing.get()
                        + "; MQLSYNC_NO_BROWSER says this machine has none. Install with: apt-get install -y chromium chromium-driver");
                Assumptions.abort("no browser on this machine (" + missing.get() + " missing, MQLSYNC_NO_BROWSER set)");
            }
            throw new IllegalStateException(missing.get() + " is missing: the report's browser test needs Debian's chromium "
                    + "(apt-get install -y chromium chromium-driver, as .ci/run does). On a machine without a browser, set "
                    + "MQLSYNC_NO_BROWSER=true to skip it.");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", "--window-size=" + width + "," + height);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .withEnvironment(Map.of())
                .build();
        return new ChromeDriver(service, options);
    }

    private static Optional<String> missing() {
        for (Path program : new Path[] {CHROMIUM, CHROMEDRIVER}) {
            File file = program.toFile();
            if (!Files.isRegularFile(program) || !file.canExecute()) {
                return Optional.of(program.toString());
            }
        }
        return Optional.empty();
    }
}
