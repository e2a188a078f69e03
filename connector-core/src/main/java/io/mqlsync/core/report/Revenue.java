package io.mqlsync.core.report;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Won deal amounts, summed per currency and never across currencies.
 *
 * @param byCurrency       exact sums by ISO currency code; {@value #UNSPECIFIED} for amounts whose currency the
 *                         CRM did not give
 * @param wonDeals         won deals counted
 * @param wonWithoutAmount of those, the deals without an amount (counted, adding nothing)
 */
public record Revenue(SortedMap<String, BigDecimal> byCurrency, long wonDeals, long wonWithoutAmount) {
    /** The key of amounts without a currency. */
    public static final String UNSPECIFIED = "unspecified";
    private static final Revenue NONE = new Revenue(new TreeMap<>(), 0, 0);

    public Revenue {
        byCurrency = Collections.unmodifiableSortedMap(new TreeMap<>(byCurrency));
    }

    /** No won deal. */
    public static Revenue none() {
        return NONE;
    }

    /** Whether no won deal was counted. */
    public boolean isEmpty() {
        return wonDeals == 0;
    }
}
