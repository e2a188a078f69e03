package io.mqlsync.sandbox.data;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A generated deal (HubSpot) or opportunity (Salesforce) of one lead that sales worked to SQL or beyond.
 *
 * @param lead      the index of the lead it belongs to
 * @param ordinal   its position among the lead's deals, from 0
 * @param name      a display name
 * @param stage     open, won or lost
 * @param amount    its amount, when sales entered one; two decimals
 * @param currency  the amount's ISO currency code
 * @param createdAt when it was created, after the lead
 * @param closedAt  when it closed; present exactly when it is not open
 */
public record SyntheticDeal(int lead, int ordinal, String name, SyntheticDealStage stage, Optional<BigDecimal> amount,
                            String currency, Instant createdAt, Optional<Instant> closedAt) {
    public SyntheticDeal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(closedAt, "closedAt");
        if (closedAt.isPresent() == (stage == SyntheticDealStage.OPEN)) {
            throw new IllegalArgumentException("a deal has a close date exactly when it is closed");
        }
    }
}
