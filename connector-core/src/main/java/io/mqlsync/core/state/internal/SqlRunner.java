package io.mqlsync.core.state.internal;

import com.zaxxer.hikari.HikariDataSource;
import io.mqlsync.core.state.StateStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Runs a unit of JDBC work on a pooled connection: reads in auto-commit (on SQLite they then never
 * take the write lock), writes in one transaction, rolled back on any failure. SQL failures become a
 * {@link StateStoreException} naming the operation; other exceptions pass unchanged.
 */
public final class SqlRunner {
    private final DataSource dataSource;

    public SqlRunner(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** JDBC work that returns a value. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** Runs read-only work. */
    public <T> T read(String operation, String instance, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw failed(operation, instance, e);
        }
    }

    /** Runs work that writes, in one transaction. */
    public <T> T write(String operation, String instance, Work<T> work) {
        Connection connection;
        try {
            connection = dataSource.getConnection();
        } catch (SQLException e) {
            throw failed(operation, instance, e);
        }
        try (connection) {
            connection.setAutoCommit(false);
            T result = work.run(connection);
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollBack(connection, e);
            // sqlite-jdbc believes a transaction is open after its BEGIN failed (busy): never reuse such a connection
            evict(connection);
            throw failed(operation, instance, e);
        } catch (RuntimeException e) {
            rollBack(connection, e);
            throw e;
        }
    }

    private void evict(Connection connection) {
        if (dataSource instanceof HikariDataSource pool) {
            pool.evictConnection(connection);
        }
    }

    private static void rollBack(Connection connection, Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static StateStoreException failed(String operation, String instance, SQLException e) {
        return new StateStoreException("state store: " + operation + " failed for instance " + instance, e);
    }
}
