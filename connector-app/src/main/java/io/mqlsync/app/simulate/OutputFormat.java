package io.mqlsync.app.simulate;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** How simulate writes its result to standard output; {@code --format text|json}. */
public enum OutputFormat {
    /** For a person at a terminal. */
    TEXT,
    /** One JSON document, for machines. */
    JSON;

    /** Reads {@code --format} in any case. */
    static final class Converter implements ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            return switch (value.strip().toLowerCase(Locale.ROOT)) {
                case "text" -> TEXT;
                case "json" -> JSON;
                default -> throw new TypeConversionException("'" + value + "' is not a format: text or json");
            };
        }
    }
}
