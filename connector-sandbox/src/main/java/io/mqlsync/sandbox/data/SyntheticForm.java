package io.mqlsync.sandbox.data;

import java.util.Objects;

/**
 * A generated marketing form.
 *
 * @param id      stable GUID-shaped id
 * @param name    display name
 * @param purpose what it is for
 * @param url     the page it sits on
 */
public record SyntheticForm(String id, String name, FormPurpose purpose, String url) {

    public SyntheticForm {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
    }
}
