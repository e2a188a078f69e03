/** The subset of SOQL the fake org understands: lexer, parser, query model and evaluation. */
package io.mqlsync.sandbox.salesforce.internal.soql;
