package io.mqlsync.core.state;

import io.mqlsync.core.state.internal.Migrations;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Reads Flyway's history table. */
final class SchemaHistory {
    private SchemaHistory() {
    }

    static int rows(StateDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT COUNT(*) FROM " + Migrations.HISTORY_TABLE)) {
            row.next();
            return row.getInt(1);
        }
    }
}
