package io.mqlsync.core.model;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A rejection or transition reason code, such as {@code timing} or {@code competitor}: either one sales
 * picks in {@code mql_rejection_reason} (configured under {@code lifecycle.reasons}) or one of the codes
 * the connector itself records ({@link #MODEL}, {@link #SLA_EXPIRED}, {@link #MAX_RECYCLES}).
 *
 * @param value the code exactly as configured or as the CRM holds it, trimmed; never blank
 */
public record ReasonCode(String value) {
    /** The model's {@code disqualifyIf} matched; lifted when the data no longer matches. */
    public static final ReasonCode MODEL = new ReasonCode("model");
    /** No disposition arrived within {@code lifecycle.expireAfter}. */
    public static final ReasonCode SLA_EXPIRED = new ReasonCode("sla_expired");
    /** The lead reached {@code lifecycle.maxRecycles}. */
    public static final ReasonCode MAX_RECYCLES = new ReasonCode("max_recycles");

    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    public ReasonCode {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException("a reason code must not be blank");
        }
    }

    /** Whether the connector writes this code itself, so configs must not define it. */
    public boolean isReserved() {
        return equals(MODEL) || equals(SLA_EXPIRED) || equals(MAX_RECYCLES);
    }

    /** Whether the code has the shape a CRM picklist option can take: a letter or digit, then letters, digits, {@code _ . -}. */
    public static boolean isWellFormed(String text) {
        return SHAPE.matcher(text).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
