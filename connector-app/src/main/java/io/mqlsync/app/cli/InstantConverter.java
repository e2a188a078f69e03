package io.mqlsync.app.cli;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an instant option: ISO-8601 with {@code Z} or an offset, e.g. {@code 2026-11-20T10:00:00+01:00}. */
final class InstantConverter implements ITypeConverter<Instant> {
    @Override
    public Instant convert(String value) {
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException(
                    "'" + value + "' is not an ISO-8601 instant such as 2026-11-20T10:00:00Z");
        }
    }
}
