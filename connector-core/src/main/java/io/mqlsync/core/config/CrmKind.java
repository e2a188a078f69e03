package io.mqlsync.core.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The CRM an instance config talks to ({@code crm:}); config defaults differ per CRM. */
public enum CrmKind {
    HUBSPOT,
    SALESFORCE;

    /** The key as written in configs: {@code hubspot}, {@code salesforce}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @return the CRM with exactly this key, or empty */
    public static Optional<CrmKind> byKey(String key) {
        return Arrays.stream(values()).filter(k -> k.key().equals(key)).findFirst();
    }
}
