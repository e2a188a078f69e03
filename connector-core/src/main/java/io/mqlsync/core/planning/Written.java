package io.mqlsync.core.planning;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How values are written to a CRM, so that what is written and what is read back compare equal. */
final class Written {
    /** Decimals a score is taken to before it is rounded; far coarser than double noise and the rescore search's slack. */
    static final int DECIMALS = 6;

    private Written() {
    }

    /**
     * A score as the integer written: rounded half-up (away from zero at .5). The value is first taken to
     * six decimals, so binary noise never decides a rounding: 35 × 0.9 is 31.499999999999996 as a double,
     * and written as 32 like the 31.5 it means.
     */
    static long integer(double value) {
        return BigDecimal.valueOf(value).setScale(DECIMALS, RoundingMode.HALF_UP)
                .setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    /** A number for people: an integer when it is one, else one decimal. */
    static String decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.scale() <= 0 ? rounded.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : rounded.toPlainString();
    }

    /** A time as written: whole seconds (Salesforce keeps no more), ISO-8601 in UTC. */
    static String instant(Instant at) {
        return at.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Text as compared: line breaks unified and outer white space ignored, as CRMs normalise them. */
    static String text(String text) {
        return text.replace("\r\n", "\n").replace('\r', '\n').strip();
    }
}
