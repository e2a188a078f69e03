package io.mqlsync.app.report;

import io.mqlsync.core.report.ReportPeriod;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --by}: {@code week} or {@code month}, in any case. */
final class PeriodConverter implements ITypeConverter<ReportPeriod> {
    @Override
    public ReportPeriod convert(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "week" -> ReportPeriod.WEEK;
            case "month" -> ReportPeriod.MONTH;
            default -> throw new TypeConversionException("'" + value + "' is not week or month");
        };
    }
}
