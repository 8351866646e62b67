package org.attache.store.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.StoreException;
import org.attache.store.sql.SqlAccess;

/**
 * What the registry's writer and reader share: the store's connections, the lock that serialises use of the
 * write connection with the store's own writes, and SQL failures turned into {@link StoreException}s naming
 * the data folder and the operation. Every statement binds its parameters.
 *
 * <p>{@link #sql} runs on the write connection under the lock; {@link #reading} runs on a read connection
 * when the write transaction holds nothing uncommitted (see {@link SqlAccess}). Within either, {@link
 * #connection()} is the connection chosen for the current thread.
 */
abstract class RegistryJdbc {
    private static final ThreadLocal<Connection> CURRENT = new ThreadLocal<>();

    final SqlAccess access;
    final Path dataDir;

    RegistryJdbc(SqlAccess access, Path dataDir) {
        this.access = access;
        this.dataDir = dataDir;
    }

    /** The connection of the current {@link #sql} or {@link #reading} call; the write connection outside them. */
    final Connection connection() {
        Connection c = CURRENT.get();
        return c != null ? c : access.writer();
    }

    /** Work on the connection. */
    @FunctionalInterface
    interface Sql<T> {
        T run() throws SQLException;
    }

    /** Reads one row. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} under the store's lock; an SQL failure becomes a StoreException for {@code operation}. */
    final <T> T sql(String operation, Sql<T> work) {
        synchronized (access.lock()) {
            try {
                return bound(access.writer(), work);
            } catch (SQLException e) {
                throw new StoreException(dataDir, operation, e);
            }
        }
    }

    /** Runs read-only {@code work} (see {@link SqlAccess#read}); an SQL failure becomes a StoreException. */
    final <T> T reading(String operation, Sql<T> work) {
        try {
            return access.read(c -> bound(c, work));
        } catch (SQLException e) {
            throw new StoreException(dataDir, operation, e);
        }
    }

    private static <T> T bound(Connection c, Sql<T> work) throws SQLException {
        Connection previous = CURRENT.get();
        CURRENT.set(c);
        try {
            return work.run();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }

    /** Every row of {@code query}, read by {@code row}. */
    final <T> List<T> rows(String query, Row<T> row, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection().prepareStatement(query)) {
            Params.bind(st, parameters);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
        }
        return result;
    }
}
