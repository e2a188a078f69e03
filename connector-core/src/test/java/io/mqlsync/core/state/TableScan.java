package io.mqlsync.core.state;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Every value of every column of every table of the state database, as text. */
final class TableScan {
    private static final Set<String> SYSTEM_SCHEMAS = Set.of("information_schema", "pg_catalog");

    private TableScan() {
    }

    static List<String> everyTextValue(StateDatabase db) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection()) {
            for (String table : tables(c.getMetaData())) {
                try (Statement s = c.createStatement(); ResultSet rows = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rows.getMetaData().getColumnCount();
                    while (rows.next()) {
                        for (int i = 1; i <= columns; i++) {
                            String value = rows.getString(i);
                            if (value != null) {
                                values.add(value);
                            }
                        }
                    }
                }
            }
        }
        return values;
    }

    /** The names of the database's tables, as its catalogue spells them. */
    static List<String> tableNames(StateDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return tables(c.getMetaData());
        }
    }

    private static List<String> tables(DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rows = meta.getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                String schema = rows.getString("TABLE_SCHEM");
                if (schema == null || !SYSTEM_SCHEMAS.contains(schema)) {
                    tables.add(rows.getString("TABLE_NAME"));
                }
            }
        }
        if (tables.size() < 8) {
            throw new IllegalStateException("expected the state tables, found " + tables);
        }
        return tables;
    }
}
