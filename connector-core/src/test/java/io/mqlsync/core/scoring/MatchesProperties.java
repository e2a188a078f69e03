package io.mqlsync.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.FieldValue;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code matches} finds what the regex ignoring case by Unicode's rules finds, on any text, fast path or not. */
class MatchesProperties {
    /** ASCII, and letters that fold onto ASCII ones under Unicode's rules (Kelvin sign, dotless i, long s). */
    private static final String ALPHABET = "aAbBkKsSiIrRmM/-. 01\u212A\u0131\u0130\u017F\u00E9";
    private static final List<String> PIECES = List.of("k", "K", "s", "i", "[a-k]", "[A-Z]", "\\b", "\\w", ".", "/", "ma",
            "(kS|ri)", "i?", "s+", "[^a]", "\\d", "\\u212A", "\\x{17F}", "\\p{Lu}", "\u212A", "(?i)r", "k|s");

    @Property(tries = 3000)
    void matchesAgreesWithTheUnicodeCaseInsensitiveRegex(@ForAll("regexes") String regex, @ForAll("texts") String text) {
        boolean expected = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(text).find();

        Condition.OnField condition = Condition.Matches.of("jobTitle", regex);

        assertThat(condition.matches(new FieldValue(text, OptionalDouble.empty()))).as("%s on %s", regex, text).isEqualTo(expected);
    }

    @Example
    void anAsciiRegexGetsTheFastPathAndOneNamingAKelvinSignDoesNot() {
        assertThat(((Condition.Matches) Condition.Matches.of("jobTitle", "\\bvp\\b")).asciiPattern()).isPresent();
        assertThat(((Condition.Matches) Condition.Matches.of("jobTitle", "\\u212A.")).asciiPattern()).isEmpty();
        assertThat(Condition.Matches.of("jobTitle", "\\u212A.").matches(new FieldValue("okay", OptionalDouble.empty()))).isTrue();
    }

    @Provide
    Arbitrary<String> regexes() {
        return Arbitraries.of(PIECES).list().ofMinSize(1).ofMaxSize(4).map(parts -> String.join("", parts))
                // a regex without metacharacters is a Contains, pinned by ContainsProperties
                .filter(r -> r.chars().anyMatch(c -> "\\^$.|?*+()[]{}".indexOf(c) >= 0));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }
}
