package io.mqlsync.sandbox.salesforce.internal.soql;

import io.mqlsync.sandbox.salesforce.internal.schema.FieldValues;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.And;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Comparison;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Condition;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.InList;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Like;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Literal;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Not;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Operator;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Or;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.OrderItem;
import io.mqlsync.sandbox.salesforce.internal.soql.SoqlQuery.Path;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Parses the SOQL subset of the fake org: {@code SELECT} fields (with parent relationship paths) or
 * {@code COUNT()}, {@code FROM} one object, {@code WHERE} with AND/OR/NOT and parentheses, {@code ORDER BY},
 * {@code LIMIT} and {@code OFFSET}. As in Salesforce, AND and OR cannot be mixed on one level without
 * parentheses.
 */
public final class SoqlParser {
    private static final Set<String> RESERVED = Set.of("select", "from", "where", "order", "by", "limit",
            "offset", "and", "or", "not", "in", "like", "null", "true", "false", "asc", "desc", "nulls");

    private static final Set<String> FIXED_DAYS = Set.of("TODAY", "YESTERDAY", "TOMORROW");
    private static final Set<String> N_DAYS = Set.of("LAST_N_DAYS", "NEXT_N_DAYS", "N_DAYS_AGO");

    private final List<Token> tokens;
    private int pos;

    private SoqlParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /**
     * @return the parsed query
     * @throws SoqlException with kind {@code MALFORMED_QUERY} when the text is not valid SOQL of the subset
     */
    public static SoqlQuery parse(String soql) {
        SoqlParser parser = new SoqlParser(SoqlLexer.tokens(soql));
        SoqlQuery query = parser.query();
        parser.expect(Token.Kind.EOF, "end of query");
        return query;
    }

    private SoqlQuery query() {
        keyword("SELECT");
        boolean count = false;
        List<Path> select = new ArrayList<>();
        if (peek().isKeyword("COUNT") && tokens.get(pos + 1).kind() == Token.Kind.LPAREN) {
            pos++;
            expect(Token.Kind.LPAREN, "(");
            expect(Token.Kind.RPAREN, ")");
            count = true;
        } else {
            select.add(path());
            while (peek().kind() == Token.Kind.COMMA) {
                pos++;
                select.add(path());
            }
        }
        keyword("FROM");
        Token from = expect(Token.Kind.IDENT, "object name");
        Optional<Condition> where = Optional.empty();
        if (peek().isKeyword("WHERE")) {
            pos++;
            where = Optional.of(condition());
        }
        List<OrderItem> orderBy = peek().isKeyword("ORDER") ? orderBy() : List.of();
        OptionalInt limit = optionalInt("LIMIT");
        OptionalInt offset = optionalInt("OFFSET");
        return new SoqlQuery(select, count, from.text(), from.column(), where, orderBy, limit, offset);
    }

    private Condition condition() {
        Condition first = unary();
        if (!peek().isKeyword("AND") && !peek().isKeyword("OR")) {
            return first;
        }
        String joiner = peek().text();
        List<Condition> parts = new ArrayList<>(List.of(first));
        while (peek().isKeyword("AND") || peek().isKeyword("OR")) {
            Token op = next();
            if (!op.text().equalsIgnoreCase(joiner)) {
                // Salesforce refuses "a AND b OR c": precedence must be made explicit with parentheses
                throw malformed("unexpected token: '" + op.text() + "'", op);
            }
            parts.add(unary());
        }
        return joiner.equalsIgnoreCase("AND") ? new And(parts) : new Or(parts);
    }

    private Condition unary() {
        if (peek().isKeyword("NOT")) {
            pos++;
            return new Not(unary());
        }
        if (peek().kind() == Token.Kind.LPAREN) {
            pos++;
            Condition inner = condition();
            expect(Token.Kind.RPAREN, ")");
            return inner;
        }
        return simple();
    }

    private Condition simple() {
        Path path = path();
        Token t = peek();
        if (t.kind() == Token.Kind.OPERATOR) {
            pos++;
            return new Comparison(path, operator(t), literal());
        }
        if (t.isKeyword("LIKE")) {
            pos++;
            Token pattern = expect(Token.Kind.STRING, "string literal");
            return new Like(path, pattern.text(), pattern.column());
        }
        boolean negated = false;
        if (t.isKeyword("NOT")) {
            pos++;
            negated = true;
        }
        if (peek().isKeyword("IN")) {
            pos++;
            expect(Token.Kind.LPAREN, "(");
            if (peek().isKeyword("SELECT")) {
                throw malformed("semi-join sub-selects are not supported by this sandbox", peek());
            }
            List<Literal> values = new ArrayList<>(List.of(literal()));
            while (peek().kind() == Token.Kind.COMMA) {
                pos++;
                values.add(literal());
            }
            expect(Token.Kind.RPAREN, ")");
            return new InList(path, negated, values);
        }
        throw malformed("unexpected token: '" + peek().text() + "'", peek());
    }

    private Literal literal() {
        Token t = next();
        try {
            return switch (t.kind()) {
                case STRING -> new SoqlQuery.StringLiteral(t.text(), t.column());
                case NUMBER -> new SoqlQuery.NumberLiteral(new BigDecimal(t.text()), t.column());
                case DATETIME -> new SoqlQuery.DateTimeLiteral(FieldValues.parseDateTime(t.text()), t.column());
                case DATE -> new SoqlQuery.DateLiteral(LocalDate.parse(t.text()), t.column());
                case IDENT -> identLiteral(t);
                default -> throw malformed("unexpected token: '" + t.text() + "'", t);
            };
        } catch (DateTimeException e) {
            throw malformed("line 1:" + t.column() + " no viable alternative at character '" + t.text() + "'", t);
        }
    }

    private Literal identLiteral(Token t) {
        if (t.isKeyword("NULL")) {
            return new SoqlQuery.NullLiteral(t.column());
        }
        if (t.isKeyword("TRUE") || t.isKeyword("FALSE")) {
            return new SoqlQuery.BooleanLiteral(t.text().equalsIgnoreCase("TRUE"), t.column());
        }
        String name = t.text().toUpperCase(Locale.ROOT);
        if (FIXED_DAYS.contains(name)) {
            return new SoqlQuery.RelativeDateLiteral(name, 0, t.column());
        }
        if (N_DAYS.contains(name)) {
            expect(Token.Kind.COLON, ":");
            Token n = expect(Token.Kind.NUMBER, "number of days");
            if (!n.text().matches("\\d{1,5}")) {
                throw malformed("unexpected token: '" + n.text() + "'", n);
            }
            return new SoqlQuery.RelativeDateLiteral(name, Integer.parseInt(n.text()), t.column());
        }
        throw malformed("unexpected token: '" + t.text() + "'", t);
    }

    private Operator operator(Token t) {
        return switch (t.text()) {
            case "=" -> Operator.EQ;
            case "!=", "<>" -> Operator.NE;
            case "<" -> Operator.LT;
            case "<=" -> Operator.LE;
            case ">" -> Operator.GT;
            case ">=" -> Operator.GE;
            default -> throw malformed("unexpected token: '" + t.text() + "'", t);
        };
    }

    private List<OrderItem> orderBy() {
        keyword("ORDER");
        keyword("BY");
        List<OrderItem> items = new ArrayList<>();
        do {
            if (!items.isEmpty()) {
                pos++;
            }
            Path path = path();
            boolean desc = false;
            if (peek().isKeyword("ASC") || peek().isKeyword("DESC")) {
                desc = next().text().equalsIgnoreCase("DESC");
            }
            // Salesforce sorts nulls first in ascending and last in descending order unless told otherwise
            boolean nullsLast = desc;
            if (peek().isKeyword("NULLS")) {
                pos++;
                Token which = expect(Token.Kind.IDENT, "FIRST or LAST");
                if (!which.isKeyword("FIRST") && !which.isKeyword("LAST")) {
                    throw malformed("unexpected token: '" + which.text() + "'", which);
                }
                nullsLast = which.isKeyword("LAST");
            }
            items.add(new OrderItem(path, desc, nullsLast));
        } while (peek().kind() == Token.Kind.COMMA);
        return items;
    }

    private OptionalInt optionalInt(String keyword) {
        if (!peek().isKeyword(keyword)) {
            return OptionalInt.empty();
        }
        pos++;
        Token n = expect(Token.Kind.NUMBER, "integer");
        try {
            int value = Integer.parseInt(n.text());
            if (value < 0) {
                throw malformed("unexpected token: '" + n.text() + "'", n);
            }
            return OptionalInt.of(value);
        } catch (NumberFormatException e) {
            throw malformed("unexpected token: '" + n.text() + "'", n);
        }
    }

    private Path path() {
        Token first = expect(Token.Kind.IDENT, "field name");
        if (RESERVED.contains(first.text().toLowerCase(Locale.ROOT))) {
            throw malformed("unexpected token: '" + first.text() + "'", first);
        }
        List<String> parts = new ArrayList<>(List.of(first.text()));
        while (peek().kind() == Token.Kind.DOT) {
            pos++;
            parts.add(expect(Token.Kind.IDENT, "field name").text());
        }
        return new Path(parts, first.column());
    }

    private void keyword(String keyword) {
        Token t = next();
        if (!t.isKeyword(keyword)) {
            throw malformed("unexpected token: '" + t.text() + "'", t);
        }
    }

    private Token expect(Token.Kind kind, String what) {
        Token t = next();
        if (t.kind() != kind) {
            throw malformed(t.kind() == Token.Kind.EOF ? "unexpected end of query, expected " + what
                    : "unexpected token: '" + t.text() + "'", t);
        }
        return t;
    }

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        Token t = tokens.get(pos);
        if (t.kind() != Token.Kind.EOF) {
            pos++;
        }
        return t;
    }

    private static SoqlException malformed(String message, Token at) {
        return new SoqlException(SoqlException.Kind.MALFORMED_QUERY, message, at.column());
    }
}
