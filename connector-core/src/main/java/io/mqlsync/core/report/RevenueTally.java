package io.mqlsync.core.report;

import io.mqlsync.core.model.Deal;
import java.math.BigDecimal;
import java.util.TreeMap;

/** Won deal amounts being summed, per currency. Not thread-safe. */
final class RevenueTally {
    private final TreeMap<String, BigDecimal> byCurrency = new TreeMap<>();
    private long wonDeals;
    private long withoutAmount;

    void add(Deal won) {
        wonDeals++;
        if (won.amount().isEmpty()) {
            withoutAmount++;
            return;
        }
        byCurrency.merge(won.currency().orElse(Revenue.UNSPECIFIED), won.amount().get(), BigDecimal::add);
    }

    void addAll(RevenueTally other) {
        wonDeals += other.wonDeals;
        withoutAmount += other.withoutAmount;
        other.byCurrency.forEach((currency, amount) -> byCurrency.merge(currency, amount, BigDecimal::add));
    }

    Revenue revenue() {
        return wonDeals == 0 ? Revenue.none() : new Revenue(byCurrency, wonDeals, withoutAmount);
    }
}
