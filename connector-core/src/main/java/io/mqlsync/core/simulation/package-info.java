/**
 * Pure comparison of a candidate scoring model with the live one on the same records, and a backtest of
 * both against the outcomes recorded in the transition history and the deals ({@code mqlsync simulate}).
 */
package io.mqlsync.core.simulation;
