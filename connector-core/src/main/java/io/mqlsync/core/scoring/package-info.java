/** The scoring model (fit and intent rules, decay, thresholds) and the pure, explainable scorer. */
package io.mqlsync.core.scoring;
