package io.mqlsync.sandbox.salesforce.internal.soql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.And;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Comparison;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Or;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SoqlParserTest {

    @Test
    void parsesSelectFromWhereOrderByLimit() {
        SoqlQuery q = SoqlParser.parse("select Id, Campaign.Name from CampaignMember where (Status = 'Sent' or "
                + "HasResponded = TRUE) and CreatedDate >= 2026-11-20T10:00:00.000+01:00 order by CreatedDate desc, "
                + "Id limit 10 offset 5");

        assertThat(q.select()).extracting(SoqlQuery.Path::text).containsExactly("Id", "Campaign.Name");
        assertThat(q.from()).isEqualTo("CampaignMember");
        And and = (And) q.where().orElseThrow();
        assertThat(and.parts().get(0)).isInstanceOf(Or.class);
        Comparison created = (Comparison) and.parts().get(1);
        assertThat(created.value()).isEqualTo(new SoqlQuery.DateTimeLiteral(Instant.parse("2026-11-20T09:00:00Z"),
                created.value().column()));
        assertThat(q.orderBy()).extracting(SoqlQuery.OrderItem::descending).containsExactly(true, false);
        assertThat(q.orderBy().get(0).nullsLast()).isTrue();
        assertThat(q.limit()).hasValue(10);
        assertThat(q.offset()).hasValue(5);
    }

    @Test
    void stringLiteralsResolveEscapes() {
        Comparison c = (Comparison) SoqlParser.parse("SELECT Id FROM Lead WHERE Company = 'O\\'Brien \\\\ Sons'")
                .where().orElseThrow();

        assertThat(((SoqlQuery.StringLiteral) c.value()).value()).isEqualTo("O'Brien \\ Sons");
    }

    @Test
    void inListKeepsEveryValue() {
        SoqlQuery.InList in = (SoqlQuery.InList) SoqlParser.parse(
                "SELECT Id FROM Task WHERE WhoId NOT IN ('00Q000000000001', '00Q000000000002')").where().orElseThrow();

        assertThat(in.negated()).isTrue();
        assertThat(in.values()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} is malformed at column {1}")
    @CsvSource(delimiter = '|', value = {
        "SELECT FROM Lead                                  | 8",
        "SELECT Id Lead                                    | 11",
        "SELECT Id FROM Lead WHERE                         | 26",
        "SELECT Id FROM Lead WHERE a = 1 AND b = 2 OR c = 3 | 43",
        "SELECT Id FROM Lead WHERE a = 'x                  | 31",
        "SELECT Id FROM Lead WHERE a ! 'x'                 | 29",
        "SELECT Id FROM Lead LIMIT -1                      | 27",
        "SELECT Id FROM Lead WHERE Id IN (SELECT LeadId FROM CampaignMember) | 34",
        "SELECT Id FROM Lead ORDER BY Id NULLS SOMETIMES   | 39",
        "SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS:-3 | 53",
        "SELECT Id FROM Lead WHERE CreatedDate = LAST_N_DAYS | 52",
    })
    void malformedQueriesFailAtTheOffendingToken(String soql, int column) {
        SoqlException e = catchThrowableOfType(SoqlException.class, () -> SoqlParser.parse(soql.trim()));

        assertThat(e.kind()).isEqualTo(SoqlException.Kind.MALFORMED_QUERY);
        assertThat(e.column()).isEqualTo(column);
    }

    @Test
    void countIsRecognisedOnlyAsAFunctionCall() {
        assertThat(SoqlParser.parse("SELECT COUNT() FROM Lead").count()).isTrue();
        assertThat(SoqlParser.parse("SELECT Count__c FROM Lead").select()).extracting(SoqlQuery.Path::text)
                .isEqualTo(List.of("Count__c"));
    }
}
