package io.mqlsync.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.EventType;
import io.mqlsync.core.model.FieldValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reading one line of a lead export: structure is checked, garbage values are simply absent. */
class ExportLineReaderTest {
    private final ExportLineReader reader = new ExportLineReader();

    private ExportLine.Lead lead(String line) {
        ExportLine read = reader.read(line);
        assertThat(read).isInstanceOf(ExportLine.Lead.class);
        return (ExportLine.Lead) read;
    }

    @Test
    void readsTheLayoutOfTheDesign() {
        ExportLine.Lead lead = lead("""
                {"id":"42","fields":{"email":"a@b.com","jobTitle":"VP Sales","employees":250,"utm.medium":"cpc"},\
                "events":[{"type":"PAGE_VIEWED","at":"2026-11-20T10:00:00Z","attrs":{"url":"https://x.io/pricing"}}]}""");

        assertThat(lead.lead().id().value()).isEqualTo("42");
        assertThat(lead.lead().fields().text("jobTitle")).contains("VP Sales");
        assertThat(lead.lead().fields().get("employees").map(v -> v.number().orElseThrow())).contains(250.0);
        assertThat(lead.lead().fields().text("utm.medium")).contains("cpc");
        assertThat(lead.lead().fields().text("emailDomain")).as("derived from email").contains("b.com");
        assertThat(lead.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(EventType.PAGE_VIEWED);
            assertThat(e.at()).isEqualTo(Instant.parse("2026-11-20T10:00:00Z"));
            assertThat(e.attrs().text("url")).contains("https://x.io/pricing");
        });
        assertThat(lead.droppedEvents()).isZero();
    }

    @Test
    void garbageValuesAreAbsentAndNumbersInTextAreNumbers() {
        ExportLine.Lead lead = lead("""
                {"id":7,"fields":{"employees":"lots","annualRevenue":"1200000","jobTitle":"  ","country":null,\
                "industry":{"name":"x"},"city":["a"],"custom.vip":true}}""");

        assertThat(lead.lead().id().value()).isEqualTo("7");
        assertThat(lead.lead().fields().get("employees")).map(FieldValue::isNumeric).contains(false);
        assertThat(lead.lead().fields().get("annualRevenue")).map(FieldValue::isNumeric).contains(true);
        assertThat(lead.lead().fields().has("jobTitle")).isFalse();
        assertThat(lead.lead().fields().has("country")).isFalse();
        assertThat(lead.lead().fields().has("industry")).isFalse();
        assertThat(lead.lead().fields().has("city")).isFalse();
        assertThat(lead.lead().fields().text("custom.vip")).contains("true");
    }

    @Test
    void eventsOfUnknownTypesAreDroppedAndCounted() {
        ExportLine.Lead lead = lead("""
                {"id":"1","events":[{"type":"PHONE_CALL","at":"2026-11-20T10:00:00Z"},\
                {"type":"page_viewed","at":"2026-11-20T10:00:00Z"},{"type":"EMAIL_OPENED","at":"2026-11-20T10:00:00+02:00"}]}""");

        assertThat(lead.droppedEvents()).isEqualTo(2);
        assertThat(lead.events()).singleElement()
                .satisfies(e -> assertThat(e.at()).isEqualTo(Instant.parse("2026-11-20T08:00:00Z")));
    }

    @Test
    void keysOtherThanIdFieldsAndEventsAreIgnored() {
        assertThat(lead("{\"id\":\"1\",\"owner\":\"someone\",\"fields\":null,\"events\":null}").events()).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "{\"id\":                                   | invalid JSON at column 7",
        "\"just text\"                              | expected a JSON object",
        "{\"id\":\"\"}                              | id is missing or not a string",
        "{\"id\":4.5}                               | id is missing or not a string",
        "{\"id\":\"1\",\"fields\":\"x\"}            | fields is not an object",
        "{\"id\":\"1\",\"events\":[1]}              | events[0] is not an object",
        "{\"id\":\"1\",\"events\":[{\"type\":3,\"at\":\"2026-11-20T10:00:00Z\"}]} | events[0].type is missing or not a string",
        "{\"id\":\"1\",\"events\":[{\"type\":\"PAGE_VIEWED\",\"at\":\"2026-11-20\"}]} | events[0].at is missing or not an ISO-8601 instant",
        "{\"id\":\"1\",\"events\":[{\"type\":\"PAGE_VIEWED\",\"at\":\"2026-11-20T10:00:00Z\",\"attrs\":[]}]} | events[0].attrs is not an object"})
    void aLineWithTheWrongStructureIsMalformed(String line, String reason) {
        assertThat(reader.read(line.strip())).isEqualTo(new ExportLine.Malformed(reason));
    }
}
