package io.mqlsync.core.config;

import com.fasterxml.jackson.core.JsonPointer;
import java.util.Objects;

/**
 * One problem found in a parsed document, located by a JSON pointer; rendered later as a
 * {@link ConfigProblem} with a readable path.
 *
 * @param at      where in the document; may point at a key that is missing
 * @param message what is wrong; never a secret's value
 */
record Finding(JsonPointer at, String message) {
    Finding {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(message, "message");
    }
}
