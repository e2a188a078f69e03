package io.mqlsync.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mqlsync.core.MutableClock;
import io.mqlsync.core.config.InstanceConfig;
import io.mqlsync.core.model.Deal;
import io.mqlsync.core.model.DealStage;
import io.mqlsync.core.model.Event;
import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.LeadId;
import io.mqlsync.core.resilience.CallCounts;
import io.mqlsync.core.state.StateDatabase;
import io.mqlsync.core.state.StateStoreSettings;
import io.mqlsync.core.sync.FakeCrm;
import io.mqlsync.core.sync.SyncEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code mqlsync report} on a real SQLite state store that the real sync engine filled from an in-memory
 * CRM: qualification, acceptance and rejection happen as in production, the deal as the outcome reader
 * would record it.
 */
class ReportCommandTest {
    static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");
    static final String CAMPAIGN = "<b>Spring & \"Launch\"</b>";

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(T0);
    private ReportFixture fixture;

    @BeforeEach
    void files() throws IOException {
        fixture = new ReportFixture(dir, clock);
    }

    /** Three runs a day apart: three of four leads qualify, sales accepts one and recycles another, one deal is won. */
    void history() {
        InstanceConfig instance = fixture.instance();
        FakeCrm crm = new FakeCrm(clock).owner("A", "alice@acme.com");
        for (String id : new String[] {"1", "2", "3"}) {
            crm.lead(id, Map.of("jobTitle", "VP Sales", "utm.source", "google", "utm.medium", "cpc", "utm.campaign", CAMPAIGN));
            crm.event(id, Event.of(EventType.FORM_SUBMITTED, T0.minus(Duration.ofHours(1))));
        }
        crm.lead("4", Map.of("jobTitle", "Intern", "utm.source", "linkedin"));
        try (StateDatabase db = StateDatabase.open(StateStoreSettings.of(instance.state().url()), clock)) {
            SyncEngine engine = new SyncEngine(instance, crm, db.forInstance("acme"), clock, new CallCounts());
            engine.sync();
            clock.advance(Duration.ofHours(3));
            crm.set("1", "leadStatus", "IN_PROGRESS");
            crm.set("2", "mql_rejection_reason", "timing");
            engine.sync();
            db.forInstance("acme").deals().record(new Deal("deal-1", new LeadId("1"), DealStage.WON,
                    Optional.of(new BigDecimal("12500.00")), Optional.of("EUR"), T0.plus(Duration.ofDays(2))));
        }
        clock.advance(Duration.ofDays(3));
    }

    @Test
    void writesThePageTheCsvAndTheJsonFromTheStoreAndPrintsThePagePath() throws IOException {
        history();

        ReportFixture.Run run = fixture.report("--out", dir.resolve("out").toString());

        assertThat(run.exit()).as(run.err()).isZero();
        Path page = dir.resolve("out").resolve("report.html").toAbsolutePath();
        assertThat(run.out()).isEqualTo(page + System.lineSeparator());
        JsonNode kpis = new ObjectMapper().readTree(dir.resolve("out/kpis.json").toFile());
        assertThat(kpis.at("/total/leadsScored").asLong()).isEqualTo(4);
        assertThat(kpis.at("/total/mqls").asLong()).isEqualTo(3);
        assertThat(kpis.at("/total/mqlRate").asDouble()).isEqualTo(0.75);
        assertThat(kpis.at("/total/accepted").asLong()).isEqualTo(1);
        assertThat(kpis.at("/total/revenue/EUR").asText()).isEqualTo("12500.00");
        assertThat(kpis.at("/rejections/0/reason").asText()).isEqualTo("timing");
        assertThat(kpis.at("/sla/responded").asLong()).isEqualTo(2);
        assertThat(kpis.at("/sla/withinSla").asLong()).isEqualTo(2);
        assertThat(kpis.at("/bySource/0/key").asText()).isEqualTo("google");
        assertThat(kpis.at("/byCampaign/0/key").asText()).isEqualTo(CAMPAIGN);
        assertThat(Files.readString(dir.resolve("out/kpis.csv")))
                .startsWith("section,group,metric,value\n")
                .contains("funnel,total,mqls,3\n", "funnel,total,revenue_EUR,12500.00\n", "rejections,timing,recycled,1\n",
                        "by_campaign,\"<b>Spring & \"\"Launch\"\"</b>\",mqls,3\n");
        String html = Files.readString(page);
        assertThat(html).contains("&lt;b&gt;Spring &amp; &quot;Launch&quot;&lt;/b&gt;").doesNotContain("<b>Spring")
                .contains("<body data-charts=\"5\">").contains("EUR 12,500.00");
    }

    @Test
    void anEmptyStoreGivesAnHonestPageWithoutChartsOrRates() throws IOException {
        ReportFixture.Run run = fixture.report("--out", dir.resolve("out").toString(),
                "--by", "month");

        assertThat(run.exit()).as(run.err()).isZero();
        String html = Files.readString(dir.resolve("out/report.html"));
        assertThat(html).contains("<body data-charts=\"0\">").contains("Not enough data: the state store holds no scored lead");
        assertThat(html.substring(0, html.indexOf("<script"))).doesNotContain("NaN").doesNotContain("Infinity");
        JsonNode kpis = new ObjectMapper().readTree(dir.resolve("out/kpis.json").toFile());
        assertThat(kpis.at("/total/mqlRate").isNull()).isTrue();
        assertThat(kpis.at("/by").asText()).isEqualTo("month");
    }

    @Test
    void sinceNarrowsTheRangeAndABadPeriodIsAUsageError() throws IOException {
        history();

        ReportFixture.Run later = fixture.report("--out", dir.resolve("later").toString(),
                "--since", "2026-11-04");
        ReportFixture.Run bad = fixture.report("--out", dir.resolve("x").toString(), "--by", "quarter");

        assertThat(later.exit()).isZero();
        assertThat(new ObjectMapper().readTree(dir.resolve("later/kpis.json").toFile()).at("/total/mqls").asLong()).isZero();
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("'quarter' is not week or month");
    }

    @Test
    void helpDescribesEveryOptionWithoutAnUnresolvedVariable() {
        ReportFixture.Run help = fixture.report("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.out()).contains("--out=DIR", "--since=DATE", "--by=week|month", "${dataDir} in configs", "Default: week")
                .doesNotContain("null");
    }
}
