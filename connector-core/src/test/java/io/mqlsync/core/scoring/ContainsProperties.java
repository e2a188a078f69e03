package io.mqlsync.core.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.FieldValue;
import java.util.OptionalDouble;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** {@code contains} ignores case exactly as {@link String#regionMatches(boolean, int, String, int, int)} does. */
class ContainsProperties {
    /** ASCII, letters that fold onto ASCII ones (Kelvin sign, dotless and dotted i, long s) and a surrogate pair. */
    private static final String ALPHABET = "aAbBkKsSiI/-. \u212A\u0131\u0130\u017F\u00E9\u00C9\uD801\uDC00\uD801\uDC28";

    @Property(tries = 3000)
    void containsAgreesWithRegionMatchesIgnoringCase(@ForAll("texts") String text, @ForAll("needles") String needle) {
        boolean expected = false;
        for (int i = 0; i + needle.length() <= text.length() && !expected; i++) {
            expected = text.regionMatches(true, i, needle, 0, needle.length());
        }
        FieldValue value = new FieldValue(text, OptionalDouble.empty());
        assertThat(new Condition.Contains("url", needle).matches(value)).isEqualTo(expected);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(12)
                .filter(s -> !s.isBlank());
    }

    @Provide
    Arbitrary<String> needles() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMinLength(1).ofMaxLength(3);
    }
}
