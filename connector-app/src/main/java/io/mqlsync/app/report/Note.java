package io.mqlsync.app.report;

import java.util.Objects;

/**
 * A sentence shown as a callout: an explanation, a caveat, or an honest "not enough data".
 *
 * @param kind how it is shown
 * @param text the sentence, plain text
 */
public record Note(Kind kind, String text) implements Block {
    public Note {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    /** A neutral explanation. */
    public static Note info(String text) {
        return new Note(Kind.INFO, text);
    }

    /** A caveat the reader must not miss. */
    public static Note warning(String text) {
        return new Note(Kind.WARNING, text);
    }

    /** Says that a part of the page has too little data to show, and why. */
    public static Note notEnoughData(String text) {
        return new Note(Kind.NOT_ENOUGH_DATA, text);
    }

    /** How a note is shown. */
    public enum Kind {
        INFO,
        WARNING,
        NOT_ENOUGH_DATA
    }
}
