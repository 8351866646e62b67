package org.attache.store.events;

import org.attache.store.StoreException;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * What the event writer and reader share: the store's connection, the lock that serialises them with the
 * store's writes, bound parameters, and SQL failures turned into {@link StoreException}s naming the data
 * folder and the operation.
 */
abstract class EventJdbc {
    final Connection connection;
    final Object lock;
    final Path dataDir;

    EventJdbc(Connection connection, Object lock, Path dataDir) {
        this.connection = connection;
        this.lock = lock;
        this.dataDir = dataDir;
    }

    @FunctionalInterface
    interface Sql<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Runs {@code work} under the store's lock; an SQL failure becomes a StoreException for {@code operation}. */
    final <T> T sql(String operation, Sql<T> work) {
        synchronized (lock) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException(dataDir, operation, e);
            }
        }
    }

    final <T> List<T> rows(String query, Row<T> row, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(query)) {
            bind(st, parameters);
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    result.add(row.read(rs));
                }
            }
        }
        return result;
    }

    final int update(String statement, Object... parameters) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(statement)) {
            bind(st, parameters);
            return st.executeUpdate();
        }
    }

    static void bind(PreparedStatement st, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            switch (parameters[i]) {
                case null -> st.setNull(i + 1, Types.VARCHAR);
                case String s -> st.setString(i + 1, s);
                case Integer n -> st.setInt(i + 1, n);
                case Long n -> st.setLong(i + 1, n);
                case Double d -> st.setDouble(i + 1, d);
                default -> throw new IllegalArgumentException("unsupported parameter type " + parameters[i].getClass());
            }
        }
    }
}
