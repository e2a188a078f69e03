package io.mqlsync.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.MutableClock;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.model.MqlStatus;
import io.mqlsync.core.model.Quadrant;
import io.mqlsync.core.model.ReasonCode;
import io.mqlsync.core.model.Transition;
import io.mqlsync.core.state.Attribution;
import io.mqlsync.core.state.LeadSeen;
import io.mqlsync.core.state.PageCommit;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStore;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.state.TransitionRecord;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * The report as a reader sees it: written by the command from a SQLite store with six weeks of history,
 * opened from disk (no network) in Debian's headless chromium, every chart drawn and no console error,
 * judged from the DOM and from a screenshot. The screenshot is kept as
 * {@code target/report-screenshot.png}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class ReportBrowserTest {
    static final Instant T0 = Instant.parse("2026-10-05T09:00:00Z");
    static final int WIDTH = 1280;
    static final int HEIGHT = 9000;

    @TempDir
    Path dir;

    private ChromeDriver browser;

    @BeforeAll
    void startBrowser() {
        browser = HeadlessChromium.start(WIDTH, HEIGHT);
    }

    @AfterAll
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyChartOfTheReportIsDrawnWithoutAConsoleError() throws IOException {
        Path page = report();
        browser.get(page.toUri().toString());

        List<WebElement> canvases = browser.findElements(By.cssSelector("canvas.mqlsync-chart"));
        Object declared = browser.findElement(By.tagName("body")).getAttribute("data-charts");
        assertThat(canvases).hasSize(6);
        assertThat(declared).isEqualTo("6");
        Object drawn = browser.executeScript("return Array.from(document.querySelectorAll('canvas.mqlsync-chart'))"
                + ".filter(function (c) { return Chart.getChart(c) !== undefined; }).length;");
        assertThat(drawn).isEqualTo(6L);
        assertThat(severe(browser.manage().logs().get(LogType.BROWSER).getAll())).isEmpty();

        byte[] png = browser.getScreenshotAs(OutputType.BYTES);
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "report-screenshot.png"), png);
        BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
        for (WebElement canvas : canvases) {
            assertThat(colours(shot, canvas)).as("colours drawn in chart %s", canvas.getAttribute("aria-label"))
                    .isGreaterThan(3);
        }
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("MQL funnel report: acme");
        assertThat(browser.getPageSource()).contains("&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void theConsoleCheckCatchesAScriptError() {
        String page = HtmlPage.withBundledChartJs().render(new ReportPage("broken", List.of(), List.of()))
                .replace("</body>", "<script>notAFunction();</script></body>");
        browser.get("data:text/html;base64," + Base64.getEncoder().encodeToString(page.getBytes(StandardCharsets.UTF_8)));

        assertThat(severe(browser.manage().logs().get(LogType.BROWSER).getAll()))
                .anyMatch(message -> message.contains("notAFunction"));
    }

    private static List<String> severe(List<LogEntry> entries) {
        return entries.stream().filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    /** Distinct colours inside the canvas's box on the screenshot: a blank canvas has one. */
    private static int colours(BufferedImage shot, WebElement canvas) {
        Rectangle rect = canvas.getRect();
        Set<Integer> seen = new HashSet<>();
        for (int x = rect.getX(); x < Math.min(shot.getWidth(), rect.getX() + rect.getWidth()); x += 2) {
            for (int y = rect.getY(); y < Math.min(shot.getHeight(), rect.getY() + rect.getHeight()); y += 2) {
                seen.add(shot.getRGB(x, y));
            }
        }
        return seen.size();
    }

    /** Six weeks of leads from three sources: qualifications, responses, rejections, expiries, won deals. */
    private Path report() throws IOException {
        MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(42)));
        ReportFixture fixture = new ReportFixture(dir, clock);
        Random random = new Random(7);
        List<String> sources = List.of("google", "linkedin", "<img src=x onerror=alert(1)>");
        List<String> reasons = List.of("timing", "no_budget", "poor_fit");
        List<TransitionRecord> transitions = new ArrayList<>();
        List<LeadSeen> seen = new ArrayList<>();
        List<Deal> deals = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            LeadId lead = new LeadId(String.valueOf(i));
            Instant first = T0.plus(Duration.ofHours(i * 16L));
            Attribution from = new Attribution(Optional.of(sources.get(i % 3)), Optional.of(i % 2 == 0 ? "cpc" : "social"),
                    Optional.of("campaign-" + (i % 4)));
            seen.add(new LeadSeen(lead, first, from));
            if (i % 3 == 2) {
                continue;
            }
            Instant qualified = first.plus(Duration.ofHours(1 + random.nextInt(48)));
            Quadrant quadrant = Quadrant.values()[i % 3];
            transitions.add(step(lead, MqlStatus.NONE, MqlStatus.MQL, Transition.QUALIFIED, Optional.empty(), quadrant, from, qualified));
            Instant answered = qualified.plus(Duration.ofMinutes(30 + random.nextInt(60 * (i % 5 == 0 ? 3 : 72))));
            switch (i % 4) {
                case 0 -> {
                    transitions.add(step(lead, MqlStatus.MQL, MqlStatus.SAL, Transition.ACCEPTED, Optional.empty(), quadrant, from, answered));
                    transitions.add(step(lead, MqlStatus.SAL, MqlStatus.SQL, Transition.PROMOTED_SQL, Optional.empty(), quadrant, from,
                            answered.plus(Duration.ofDays(2))));
                    deals.add(new Deal("d" + i, lead, DealStage.WON, Optional.of(new BigDecimal(1000 + i)),
                            Optional.of(i % 8 == 0 ? "EUR" : "USD"), answered.plus(Duration.ofDays(5))));
                }
                case 1 -> transitions.add(step(lead, MqlStatus.MQL, MqlStatus.RECYCLED, Transition.RECYCLED,
                        Optional.of(reasons.get(i % 3)), quadrant, from, answered));
                case 2 -> transitions.add(step(lead, MqlStatus.MQL, MqlStatus.DISQUALIFIED, Transition.DISQUALIFIED,
                        Optional.of("competitor"), quadrant, from, answered));
                default -> transitions.add(step(lead, MqlStatus.MQL, MqlStatus.RECYCLED, Transition.EXPIRED,
                        Optional.of("sla_expired"), quadrant, from, qualified.plus(Duration.ofDays(14))));
            }
        }
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(fixture.instance().state().url()), clock)) {
            StateStore store = db.forInstance("acme");
            transitions.sort(Comparator.comparing(TransitionRecord::at));
            store.commitPage(new PageCommit(Optional.empty(), transitions.stream().filter(t -> t.at().isBefore(clock.instant())).toList(),
                    List.of(), List.of(), seen));
            deals.forEach(store.deals()::record);
        }
        ReportFixture.Run run = fixture.report("--out", dir.resolve("out").toString(), "--by", "week");
        assertThat(run.exit()).as(run.err()).isZero();
        return Path.of(run.out().strip());
    }

    private static TransitionRecord step(LeadId lead, MqlStatus from, MqlStatus to, Transition kind, Optional<String> reason,
                                         Quadrant quadrant, Attribution attribution, Instant at) {
        return new TransitionRecord(lead, from, to, kind, reason.map(ReasonCode::new), 90, 45, 45, quadrant, attribution,
                "report-test@1", at);
    }
}
