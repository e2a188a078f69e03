package io.mqlsync.core.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SubjectTemplateTest {
    private static final String DESIGN_SUBJECT = "New MQL: {firstName} {lastName} ({company}), follow up within {sla}";

    @Test
    void rendersCanonicalFieldsAndTheSla() {
        String subject = SubjectTemplate.of(DESIGN_SUBJECT).render(Map.of("firstName", "Jane", "lastName", "Doe",
                "company", "Acme", "sla", "4 business hours"));

        assertThat(subject).isEqualTo("New MQL: Jane Doe (Acme), follow up within 4 business hours");
    }

    @Test
    void tidiesWhatMissingValuesLeaveBehind() {
        String subject = SubjectTemplate.of(DESIGN_SUBJECT).render(Map.of("lastName", "Doe", "sla", "4 hours"));

        assertThat(subject).isEqualTo("New MQL: Doe , follow up within 4 hours");
    }

    @Test
    void capsTheSubjectAtWhatBothCrmsTake() {
        String subject = SubjectTemplate.of("{company}").render(Map.of("company", "x".repeat(400)));

        assertThat(subject).hasSize(SubjectTemplate.MAX_LENGTH).endsWith("…");
    }

    @Test
    void reportsEveryUnknownPlaceholderAndUnmatchedBraces() {
        assertThat(SubjectTemplate.problems("{firstname} {score} {custom.tier} {utm.source} {oops"))
                .containsExactly(
                        "{firstname} is not a canonical field or one of {score}, {fit}, {intent}, {quadrant}, {sla}",
                        "has an unmatched { or }");
        assertThat(SubjectTemplate.problems(DESIGN_SUBJECT)).isEmpty();
        assertThat(SubjectTemplate.problems(" ")).containsExactly("must not be empty");
    }
}
