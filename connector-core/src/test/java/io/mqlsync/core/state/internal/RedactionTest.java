package io.mqlsync.core.state.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RedactionTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "an email address         | refused jane.doe+x@mail.acme.co.uk twice          | refused *** twice",
        "a bearer token           | 401 for Bearer pat-na1-abc.def                    | 401 for Bearer ***",
        "a JSON access token      | {\"access_token\":\"00Dxx!AQ4\"}                  | {\"access_token\":\"***\"}",
        "a query parameter        | GET /x?refresh_token=5Aep861&y=1                  | GET /x?refresh_token=***&y=1",
        "a bare HubSpot token     | token pat-eu1-0f0e0d0c-1111-2222-3333-444455556666 | token ***",
        "a bare Salesforce session| sid 00D5g000004Xyz1!AQ4AQFq.r_Lk9 expired         | sid *** expired",
        "a JWT                    | assertion eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl     | assertion ***",
        "a model id               | b2b-default@1                                     | b2b-default@1",
        "plain text               | lead 42: UNABLE_TO_LOCK_ROW                        | lead 42: UNABLE_TO_LOCK_ROW"})
    void masksEmailsAndTokensButNothingElse(String what, String text, String masked) {
        assertThat(Redaction.text(text)).isEqualTo(masked);
    }

    @Test
    void aLongRunWithoutAnAtSignIsScannedInLinearTime() {
        String noise = "x".repeat(200_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> assertThat(Redaction.text(noise)).isEqualTo(noise));
    }
}
