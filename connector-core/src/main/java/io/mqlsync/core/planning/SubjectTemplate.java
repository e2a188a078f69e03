package io.mqlsync.core.planning;

import io.mqlsync.core.model.CanonicalField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The task subject template ({@code tasks.subject}): text with {@code {placeholders}} for any canonical
 * field plus {@code {score}}, {@code {fit}}, {@code {intent}}, {@code {quadrant}} and {@code {sla}}. A
 * placeholder without a value renders empty, and the brackets and spaces it leaves behind are tidied.
 */
public final class SubjectTemplate {
    /** The longest subject both CRMs take (Salesforce {@code Subject} is 255 characters). */
    public static final int MAX_LENGTH = 255;
    /** The placeholders that are not canonical fields. */
    public static final Set<String> SCORE_PLACEHOLDERS = Set.of("score", "fit", "intent", "quadrant", "sla");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)|\\[\\s*]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private final String text;

    private SubjectTemplate(String text) {
        this.text = text;
    }

    /** @throws IllegalArgumentException with the first of {@link #problems(String)} */
    public static SubjectTemplate of(String text) {
        List<String> problems = problems(text);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0));
        }
        return new SubjectTemplate(text);
    }

    /** Everything wrong with {@code text} as a template, one message each; empty when it is fine. */
    public static List<String> problems(String text) {
        Objects.requireNonNull(text, "text");
        List<String> problems = new ArrayList<>();
        if (text.isBlank()) {
            problems.add("must not be empty");
        }
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            String name = m.group(1);
            if (!SCORE_PLACEHOLDERS.contains(name) && !CanonicalField.isCanonical(name)) {
                problems.add("{" + name + "} is not a canonical field or one of {score}, {fit}, {intent}, {quadrant}, {sla}");
            }
        }
        String rest = PLACEHOLDER.matcher(text).replaceAll("");
        if (rest.indexOf('{') >= 0 || rest.indexOf('}') >= 0) {
            problems.add("has an unmatched { or }");
        }
        return problems;
    }

    /**
     * @param values the value of each placeholder by name; a missing one renders empty
     * @return the subject, on one line, at most {@link #MAX_LENGTH} characters
     */
    public String render(Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), "")));
        }
        m.appendTail(out);
        String tidy = SPACES.matcher(EMPTY_BRACKETS.matcher(out).replaceAll("")).replaceAll(" ").strip();
        return tidy.length() <= MAX_LENGTH ? tidy : tidy.substring(0, MAX_LENGTH - 1).stripTrailing() + "…";
    }

    public String text() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SubjectTemplate other && text.equals(other.text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return "SubjectTemplate[" + text + "]";
    }
}
