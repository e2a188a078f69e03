package io.mqlsync.core.report;

/** Funnel counts of one group being summed. Not thread-safe. */
final class FunnelTally {
    private long leadsScored;
    private long newMqls;
    private long mqls;
    private long accepted;
    private long sql;
    private long won;
    private long sqlWon;
    private final RevenueTally revenue = new RevenueTally();

    /** A lead first scored in the range; {@code qualified} when it also qualified in the range. */
    void scored(boolean qualified) {
        leadsScored++;
        if (qualified) {
            newMqls++;
        }
    }

    void add(Journey journey) {
        mqls++;
        accepted += journey.accepted ? 1 : 0;
        sql += journey.sql ? 1 : 0;
        won += journey.won ? 1 : 0;
        sqlWon += journey.won && journey.sql ? 1 : 0;
        journey.addRevenueTo(revenue);
    }

    FunnelRow row(String key) {
        return new FunnelRow(key, leadsScored, newMqls, mqls, accepted, sql, won, sqlWon, revenue.revenue());
    }
}
