package io.mqlsync.core.model;

import java.util.Locale;
import java.util.Objects;

/**
 * An owner as configs name it, by email, before it is resolved to the CRM's {@link OwnerId} at start.
 * Compared ignoring case. Its {@code toString} hides the address: emails never reach logs or messages.
 *
 * @param value the address, lower-cased; never blank
 */
public record OwnerEmail(String value) {
    public OwnerEmail {
        Objects.requireNonNull(value, "value");
        value = value.strip().toLowerCase(Locale.ROOT);
        if (!looksLikeEmail(value)) {
            throw new IllegalArgumentException("an owner must be named by an email address");
        }
    }

    /** Whether {@code text} has the shape {@code local@domain}; the CRM decides whether it exists. */
    public static boolean looksLikeEmail(String text) {
        int at = text.indexOf('@');
        return at > 0 && at == text.lastIndexOf('@') && at < text.length() - 1 && text.strip().equals(text)
                && text.chars().noneMatch(Character::isWhitespace);
    }

    @Override
    public String toString() {
        return "OwnerEmail[***]";
    }
}
