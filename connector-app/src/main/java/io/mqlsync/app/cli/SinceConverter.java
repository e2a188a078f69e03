package io.mqlsync.app.cli;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --since}: a date ({@code 2026-01-31}, from the start of that day in UTC) or an ISO-8601 instant. */
public final class SinceConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        String text = value.strip();
        try {
            return text.contains("T") ? OffsetDateTime.parse(text).toInstant() : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date such as 2026-01-31 or an instant such as "
                    + "2026-01-31T10:00:00Z");
        }
    }
}
