package io.mqlsync.sandbox.salesforce.internal.soql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits a SOQL query into tokens. */
final class SoqlLexer {
    private static final Pattern DATETIME = Pattern.compile(
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(?![T\\d])");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

    private SoqlLexer() {
    }

    static List<Token> tokens(String soql) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            int col = i + 1;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                i = string(soql, i, out);
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < soql.length() && (Character.isLetterOrDigit(soql.charAt(end)) || soql.charAt(end) == '_')) {
                    end++;
                }
                out.add(new Token(Token.Kind.IDENT, soql.substring(i, end), col));
                i = end;
            } else if (Character.isDigit(c) || ((c == '-' || c == '+') && i + 1 < soql.length()
                    && Character.isDigit(soql.charAt(i + 1)))) {
                i = literal(soql, i, out);
            } else if ("=<>!".indexOf(c) >= 0) {
                i = operator(soql, i, out);
            } else {
                Token.Kind kind = switch (c) {
                    case '(' -> Token.Kind.LPAREN;
                    case ')' -> Token.Kind.RPAREN;
                    case ',' -> Token.Kind.COMMA;
                    case '.' -> Token.Kind.DOT;
                    case ':' -> Token.Kind.COLON;
                    default -> throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY,
                            "unexpected token: '" + c + "'", col);
                };
                out.add(new Token(kind, String.valueOf(c), col));
                i++;
            }
        }
        out.add(new Token(Token.Kind.EOF, "", soql.length() + 1));
        return out;
    }

    private static int string(String soql, int start, List<Token> out) {
        StringBuilder value = new StringBuilder();
        int i = start + 1;
        while (i < soql.length()) {
            char c = soql.charAt(i);
            if (c == '\\' && i + 1 < soql.length()) {
                char e = soql.charAt(i + 1);
                value.append(switch (e) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> e;
                });
                i += 2;
            } else if (c == '\'') {
                out.add(new Token(Token.Kind.STRING, value.toString(), start + 1));
                return i + 1;
            } else {
                value.append(c);
                i++;
            }
        }
        throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unterminated string literal", start + 1);
    }

    private static int literal(String soql, int start, List<Token> out) {
        Token.Kind kind = Token.Kind.DATETIME;
        Matcher m = DATETIME.matcher(soql).region(start, soql.length());
        if (!m.lookingAt()) {
            kind = Token.Kind.DATE;
            m = DATE.matcher(soql).region(start, soql.length());
        }
        if (!m.lookingAt()) {
            kind = Token.Kind.NUMBER;
            m = NUMBER.matcher(soql).region(start, soql.length());
        }
        if (!m.lookingAt()) {
            throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY,
                    "unexpected token: '" + soql.charAt(start) + "'", start + 1);
        }
        out.add(new Token(kind, m.group(), start + 1));
        return m.end();
    }

    private static int operator(String soql, int start, List<Token> out) {
        String two = soql.length() > start + 1 ? soql.substring(start, start + 2) : "";
        if (two.equals("!=") || two.equals("<>") || two.equals("<=") || two.equals(">=")) {
            out.add(new Token(Token.Kind.OPERATOR, two, start + 1));
            return start + 2;
        }
        char c = soql.charAt(start);
        if (c == '!') {
            throw new SoqlException(SoqlException.Kind.MALFORMED_QUERY, "unexpected token: '!'", start + 1);
        }
        out.add(new Token(Token.Kind.OPERATOR, String.valueOf(c), start + 1));
        return start + 1;
    }
}
