package io.mqlsync.salesforce.mapping;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import org.junit.jupiter.api.Test;

class SoqlProperties {
    @Property
    void inListsKeepEveryIdInOrderAndStayUnderTheLimit(
            @ForAll @Size(max = 300) List<@AlphaChars @NumericChars @StringLength(18) String> ids,
            @ForAll @IntRange(min = 21, max = 2000) int maxChars) {
        List<String> lists = Soql.inLists(ids, maxChars);

        assertThat(lists).allMatch(l -> l.length() <= maxChars);
        assertThat(lists.stream().flatMap(l -> Arrays.stream(l.split(","))).map(s -> s.substring(1, s.length() - 1)).toList())
                .containsExactlyElementsOf(ids);
    }

    @Test
    void quotesEscapeBackslashesAndQuotes() {
        assertThat(Soql.quote("O'Brien\\x")).isEqualTo("'O\\'Brien\\\\x'");
    }
}
