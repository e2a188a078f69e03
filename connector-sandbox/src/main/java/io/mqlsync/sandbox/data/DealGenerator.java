package io.mqlsync.sandbox.data;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The deals of leads that sales took to SQL or beyond, derived from (seed, index) like the rest of a
 * lead: a sales-qualified lead has an open deal about half the time, an opportunity one or two deals
 * (some already closed), a customer a won deal. Earlier stages have none.
 */
final class DealGenerator {
    /** The most deals one lead gets. */
    static final int MAX_PER_LEAD = 2;
    private static final List<String> CURRENCIES = List.of("USD", "USD", "USD", "EUR", "GBP");

    private final long seed;
    private final Instant anchor;

    DealGenerator(long seed, Instant anchor) {
        this.seed = seed;
        this.anchor = anchor;
    }

    List<SyntheticDeal> deals(SyntheticLead lead) {
        String stage = lead.field(SyntheticLead.LIFECYCLE_STAGE).orElse("");
        SplittableRandom random = IndexedRandom.of(seed, lead.index(), IndexedRandom.DEALS);
        List<SyntheticDealStage> stages = switch (stage) {
            case "salesqualifiedlead" -> random.nextBoolean() ? List.of(SyntheticDealStage.OPEN) : List.of();
            case "opportunity" -> random.nextInt(4) == 0
                    ? List.of(closed(random), SyntheticDealStage.OPEN) : List.of(SyntheticDealStage.OPEN);
            case "customer" -> List.of(SyntheticDealStage.WON);
            default -> List.of();
        };
        List<SyntheticDeal> deals = new ArrayList<>();
        for (SyntheticDealStage dealStage : stages) {
            deals.add(deal(lead, deals.size(), dealStage, random));
        }
        return List.copyOf(deals);
    }

    private static SyntheticDealStage closed(SplittableRandom random) {
        return random.nextBoolean() ? SyntheticDealStage.WON : SyntheticDealStage.LOST;
    }

    private SyntheticDeal deal(SyntheticLead lead, int ordinal, SyntheticDealStage stage, SplittableRandom random) {
        long span = Math.max(3_600, Duration.between(lead.createdAt(), anchor).toSeconds());
        Instant created = lead.createdAt().plusSeconds(span / 4 + random.nextLong(span / 2));
        Optional<Instant> closed = stage == SyntheticDealStage.OPEN ? Optional.empty()
                : Optional.of(created.plusSeconds(random.nextLong(Math.max(60, Duration.between(created, anchor).toSeconds()))));
        // some deals carry no amount, as in real CRMs where the rep never filled it in
        Optional<BigDecimal> amount = random.nextInt(10) == 0 ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(500_00L + random.nextLong(120_000_00L), 2));
        String company = lead.field(SyntheticLead.COMPANY).orElse("New business");
        return new SyntheticDeal(lead.index(), ordinal, company + " - deal " + (ordinal + 1), stage, amount,
                CURRENCIES.get(random.nextInt(CURRENCIES.size())), created, closed);
    }
}
