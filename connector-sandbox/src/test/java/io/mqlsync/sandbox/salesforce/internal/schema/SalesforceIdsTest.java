package io.mqlsync.sandbox.salesforce.internal.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class SalesforceIdsTest {

    @Provide
    Arbitrary<String> ids15() {
        return Arbitraries.strings().withCharRange('a', 'z').withCharRange('A', 'Z').withCharRange('0', '9')
                .ofLength(15);
    }

    @Property
    void eighteenCharacterFormIsTheFifteenPlusASuffixAndNormalisesToItself(@ForAll("ids15") String id15) {
        String id18 = SalesforceIds.to18(id15);

        assertThat(id18).hasSize(18).startsWith(id15);
        assertThat(SalesforceIds.normalise(id15)).contains(id18);
        assertThat(SalesforceIds.normalise(id18)).contains(id18);
    }

    @Property
    void eighteenCharacterIdsAreUnderstoodInAnyCase(@ForAll("ids15") String id15) {
        String id18 = SalesforceIds.to18(id15);

        assertThat(SalesforceIds.normalise(id18.toLowerCase())).contains(id18);
        assertThat(SalesforceIds.normalise(id18.toUpperCase())).contains(id18);
    }

    @Property
    void idsDifferingOnlyInCaseHaveDifferentSuffixes(@ForAll("ids15") String id15) {
        String flipped = id15.chars().mapToObj(c -> String.valueOf((char) (Character.isUpperCase(c)
                ? Character.toLowerCase(c) : Character.toUpperCase(c)))).reduce("", String::concat);

        if (!flipped.equals(id15)) {
            assertThat(SalesforceIds.to18(flipped).toLowerCase()).isNotEqualTo(SalesforceIds.to18(id15).toLowerCase());
        }
    }

    @Property(tries = 20)
    void newIdsAreUniqueAndCarryTheKeyPrefix(@ForAll @IntRange(min = 1, max = 5_000) int n) {
        SalesforceIds ids = new SalesforceIds();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            String id = ids.newId("00Q");
            assertThat(id).startsWith("00Q").hasSize(18);
            assertThat(SalesforceIds.normalise(id)).contains(id);
            seen.add(id);
        }
        assertThat(seen).hasSize(n);
    }
}
