package io.mqlsync.core.report;

import java.util.Objects;

/**
 * How often sales rejected MQLs with one reason code in the range.
 *
 * @param reason       the code, or {@code (none)} when the transition carried none
 * @param recycled     rejections that recycled the lead
 * @param disqualified rejections that disqualified it
 */
public record ReasonCount(String reason, long recycled, long disqualified) {
    public ReasonCount {
        Objects.requireNonNull(reason, "reason");
    }

    public long total() {
        return recycled + disqualified;
    }
}
