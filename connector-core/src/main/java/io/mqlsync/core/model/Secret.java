package io.mqlsync.core.model;

import java.util.Objects;

/**
 * A credential (token, client secret, private key) read from the environment or a secret file. Its
 * {@code toString} prints {@code ***}; {@link #reveal()} is called only where a request is signed.
 */
public final class Secret {
    private final String value;

    public Secret(String value) {
        this.value = Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    /** The secret itself: pass it straight to the request being signed, never to a log or message. */
    public String reveal() {
        return value;
    }

    @Override
    public String toString() {
        return "***";
    }
}
