package io.mqlsync.sandbox.salesforce.internal.soql;

/**
 * One lexical token of a SOQL query.
 *
 * @param kind what the token is
 * @param text the token's text (a string literal without quotes and with escapes resolved)
 * @param column 1-based column where it starts
 */
record Token(Kind kind, String text, int column) {

    /** Token kinds. */
    enum Kind { IDENT, STRING, NUMBER, DATETIME, DATE, OPERATOR, LPAREN, RPAREN, COMMA, DOT, COLON, EOF }

    boolean isKeyword(String keyword) {
        return kind == Kind.IDENT && text.equalsIgnoreCase(keyword);
    }
}
