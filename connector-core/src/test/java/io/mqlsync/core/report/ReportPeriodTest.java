package io.mqlsync.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportPeriodTest {
    @ParameterizedTest(name = "{1} {0} in {2} is {3}, starting {4}")
    @CsvSource({
        "2026-11-04T12:00:00Z, WEEK,  UTC,              2026-W45, 2026-11-02T00:00:00Z",
        "2027-01-01T12:00:00Z, WEEK,  UTC,              2026-W53, 2026-12-28T00:00:00Z",
        "2026-11-02T03:00:00Z, WEEK,  America/New_York, 2026-W44, 2026-10-26T04:00:00Z",
        "2026-11-30T23:59:59Z, MONTH, UTC,              2026-11,  2026-11-01T00:00:00Z",
        "2026-12-01T02:00:00Z, MONTH, America/New_York, 2026-11,  2026-11-01T04:00:00Z"})
    void anInstantFallsInTheIsoWeekOrMonthOfItsZone(Instant at, ReportPeriod by, String zone, String label, Instant start) {
        ZoneId id = zone.equals("UTC") ? ZoneOffset.UTC : ZoneId.of(zone);

        assertThat(by.start(at, id)).isEqualTo(start);
        assertThat(by.label(by.start(at, id), id)).isEqualTo(label);
        assertThat(by.start(by.next(start, id), id)).isEqualTo(by.next(start, id)).isAfter(at);
    }
}
