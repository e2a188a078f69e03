package io.mqlsync.core.model;

/** Where a lead sits on the fit/intent grid, and what that asks of sales and marketing. */
public enum Quadrant {
    /** High fit, high intent: hand to sales now. */
    ROUTE,
    /** High fit, low intent: keep warming up. */
    NURTURE,
    /** Low fit, high intent: a human should look. */
    REVIEW,
    /** Low fit, low intent: nothing to do. */
    PARK;

    public static Quadrant of(boolean highFit, boolean highIntent) {
        if (highFit) {
            return highIntent ? ROUTE : NURTURE;
        }
        return highIntent ? REVIEW : PARK;
    }
}
