package io.mqlsync.core.state;

/**
 * What {@link StateStore#commitPage(PageCommit)} saved.
 *
 * @param transitionsRecorded transitions added (repeats of a lead's latest step are not)
 * @param deadLettered        failures recorded as dead letters
 * @param resolved            dead letters removed because their lead was written
 */
public record PageCommitted(int transitionsRecorded, int deadLettered, int resolved) {
}
