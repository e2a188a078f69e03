package io.mqlsync.hubspot.client;

import java.util.Objects;

/**
 * One filter of a CRM search ({@code EQ}, {@code GT}, {@code LTE}, ...), values as HubSpot compares them.
 */
public record SearchFilter(String property, String operator, String value) {
    public SearchFilter {
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
    }

    public static SearchFilter eq(String property, String value) {
        return new SearchFilter(property, "EQ", value);
    }

    public static SearchFilter gt(String property, String value) {
        return new SearchFilter(property, "GT", value);
    }

    public static SearchFilter gte(String property, String value) {
        return new SearchFilter(property, "GTE", value);
    }

    public static SearchFilter lte(String property, String value) {
        return new SearchFilter(property, "LTE", value);
    }
}
