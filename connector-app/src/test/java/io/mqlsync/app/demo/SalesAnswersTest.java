package io.mqlsync.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SalesAnswersTest {

    @Test
    void theFirstIsDisqualifiedTheLastLeftAloneAndEveryThirdOfTheRestRecycledInTurn() {
        SalesAnswers answers = SalesAnswers.to(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9"));

        assertThat(answers.disqualified()).contains(new SalesAnswers.Rejection("1", "competitor"));
        assertThat(answers.leftAlone()).contains("9");
        assertThat(answers.recycled()).containsExactly(new SalesAnswers.Rejection("2", "timing"),
                new SalesAnswers.Rejection("5", "unresponsive"), new SalesAnswers.Rejection("8", "no_budget"));
        assertThat(answers.accepted()).containsExactly("3", "4", "6", "7");
    }

    @Test
    void everyLeadGetsExactlyOneAnswer() {
        for (int n = 0; n <= 12; n++) {
            List<String> mqls = IntStream.rangeClosed(1, n).mapToObj(Integer::toString).toList();
            SalesAnswers answers = SalesAnswers.to(mqls);
            List<String> answered = new ArrayList<>(answers.accepted());
            answers.recycled().forEach(r -> answered.add(r.lead()));
            answers.disqualified().ifPresent(r -> answered.add(r.lead()));
            answers.leftAlone().ifPresent(answered::add);

            assertThat(answered).as("%d MQLs", n).containsExactlyInAnyOrderElementsOf(mqls);
        }
    }

    @Test
    void aSingleMqlIsLeftAloneToExpire() {
        assertThat(SalesAnswers.to(List.of("7"))).isEqualTo(new SalesAnswers(List.of(), List.of(), Optional.empty(),
                Optional.of("7")));
    }
}
