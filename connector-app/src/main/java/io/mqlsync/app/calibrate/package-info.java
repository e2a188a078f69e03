/**
 * {@code mqlsync calibrate}: learns rule points from recorded outcomes with a regularised logistic regression
 * (Tribuo) and writes a candidate model to try with {@code simulate}; never applies it.
 */
package io.mqlsync.app.calibrate;
