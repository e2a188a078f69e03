package io.mqlsync.core.scoring;

import static io.mqlsync.core.scoring.TestModels.eq;
import static io.mqlsync.core.scoring.TestModels.in;
import static io.mqlsync.core.scoring.TestModels.matches;
import static org.assertj.core.api.Assertions.assertThat;

import io.mqlsync.core.model.Fields;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConditionTest {
    private static final Fields LEAD = Fields.of(Map.of(
            "jobTitle", "VP of Sales",
            "employees", 250,
            "annualRevenue", "1.5e6",
            "country", "us",
            "industry", "Software",
            "custom.tier", "",
            "state", "  "));

    static Stream<Arguments> table() {
        return Stream.of(
                row("equals ignores case", eq("country", "US"), true),
                row("equals compares numbers numerically", eq("employees", "250.0"), true),
                row("equals on a different number", eq("employees", 251), false),
                row("equals on text never matches a number by prefix", eq("employees", "250 people"), false),
                row("equals on a missing field", eq("city", "Boston"), false),
                row("a blank value is a missing value", new Condition.Exists("custom.tier", true), false),
                row("in ignores case", in("industry", "software", "saas"), true),
                row("in compares numbers numerically", in("employees", 100, "250.00"), true),
                row("in with no equal value", in("country", "CA", "MX"), false),
                row("matches finds anywhere ignoring case", matches("jobTitle", "\\bvp\\b"), true),
                row("matches respects word boundaries", matches("jobTitle", "\\bsales rep\\b"), false),
                row("matches on a number's text", matches("employees", "^2\\d\\d$"), true),
                row("a literal regex is found ignoring case", matches("jobTitle", "OF sal"), true),
                row("a literal regex is not a prefix test", matches("jobTitle", "sales of"), false),
                row("contains ignores case", new Condition.Contains("jobTitle", "OF SALES"), true),
                row("contains on a missing field", new Condition.Contains("city", "x"), false),
                row("gte on a number", Condition.Range.atLeast("employees", 250), true),
                row("gte on scientific notation", Condition.Range.atLeast("annualRevenue", 1_000_000), true),
                row("lte above the bound", Condition.Range.atMost("employees", 249), false),
                row("between is inclusive at the low bound", new Condition.Range("employees", 250, 500), true),
                row("between is inclusive at the high bound", new Condition.Range("employees", 100, 250), true),
                row("gte on text matches nothing", Condition.Range.atLeast("jobTitle", 0), false),
                row("gte on a missing field matches nothing", Condition.Range.atLeast("city", 0), false),
                row("exists true on a present field", new Condition.Exists("jobTitle", true), true),
                row("exists false on a missing field", new Condition.Exists("city", false), true),
                row("exists false on a blank field", new Condition.Exists("state", false), true),
                row("exists false on a present field", new Condition.Exists("jobTitle", false), false),
                row("not over a missing field holds", new Condition.Not(eq("city", "Boston")), true),
                row("not over a match fails", new Condition.Not(eq("country", "US")), false),
                row("all of nothing holds", new Condition.All(List.of()), true),
                row("any of nothing fails", new Condition.Any(List.of()), false),
                row("all needs every part", new Condition.All(List.of(eq("country", "us"), eq("city", "x"))), false),
                row("any needs one part", new Condition.Any(List.of(eq("city", "x"), eq("country", "us"))), true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("table")
    void conditionSemantics(String rule, Condition condition, boolean expected) {
        assertThat(condition.test(LEAD)).isEqualTo(expected);
    }

    @Test
    void aLiteralRegexRunsAsContainsAndARealOneStaysARegex() {
        assertThat(Condition.Matches.of("url", "/pricing")).isEqualTo(new Condition.Contains("url", "/pricing"));
        assertThat(Condition.Matches.of("url", "/pricing|/plans")).isInstanceOf(Condition.Matches.class);
        assertThat(Condition.Matches.of("url", "a.b").test(Fields.of(Map.of("url", "axb")))).isTrue();
    }

    private static Arguments row(String name, Condition condition, boolean expected) {
        return Arguments.of(name, condition, expected);
    }
}
