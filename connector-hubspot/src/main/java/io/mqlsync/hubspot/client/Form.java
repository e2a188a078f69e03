package io.mqlsync.hubspot.client;

import java.util.Objects;

/** A marketing form: its guid and name (the {@code form} attribute of FORM_SUBMITTED events). */
public record Form(String id, String name) {
    public Form {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
