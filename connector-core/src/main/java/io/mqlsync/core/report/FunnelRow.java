package io.mqlsync.core.report;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The funnel of one group of leads: all of them, one source, medium or campaign, or one period. MQLs
 * are leads whose (first, in the range) qualification falls in the range; what they became next is
 * followed up to the report's end, whenever it happened.
 *
 * @param key         the group: a source, medium, campaign or period label; {@code total} for all
 * @param leadsScored distinct leads first scored in the range
 * @param newMqls     of those, the leads that qualified in the range: the MQL rate's numerator
 * @param mqls        distinct leads that qualified in the range
 * @param accepted    of the MQLs, those sales accepted (SAL) or that went straight to SQL
 * @param sql         of the MQLs, those that reached SQL
 * @param won         of the MQLs, those with a deal won after they qualified
 * @param sqlWon      of the SQLs, those with a deal won after they qualified
 * @param revenue     won deals of the MQLs, per currency
 */
public record FunnelRow(String key, long leadsScored, long newMqls, long mqls, long accepted, long sql, long won, long sqlWon,
                        Revenue revenue) {
    public FunnelRow {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(revenue, "revenue");
    }

    /** Share of the leads first scored in the range that qualified; empty when none was scored. */
    public OptionalDouble mqlRate() {
        return ratio(newMqls, leadsScored);
    }

    /** MQL to SAL: share of the MQLs that sales accepted (or took straight to SQL); empty without MQLs. */
    public OptionalDouble acceptedRate() {
        return ratio(accepted, mqls);
    }

    /** MQL to SQL; empty without MQLs. */
    public OptionalDouble sqlRate() {
        return ratio(sql, mqls);
    }

    /** SQL to won: share of the SQLs with a won deal; empty without SQLs. */
    public OptionalDouble sqlToWonRate() {
        return ratio(sqlWon, sql);
    }

    static OptionalDouble ratio(long part, long whole) {
        return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) part / whole);
    }
}
