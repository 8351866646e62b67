package org.attache.store.registry;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.attache.store.StoreException;

/**
 * What the registry's writer and reader share: the store's connection, the lock that serialises them
 * with the store's own writes, and SQL failures turned into {@link StoreException}s naming the data folder
 * and the operation. Every statement binds its parameters.
 */
abstract class RegistryJdbc {
    final Connection connection;
    private final Object lock;
    final Path dataDir;

    RegistryJdbc(Connection connection, Object lock, Path dataDir) {
        this.connection = connection;
        this.lock = lock;
        this.dataDir = dataDir;
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
        synchronized (lock) {
            try {
                return work.run();
            } catch (SQLException e) {
                throw new StoreException(dataDir, operation, e);
            }
        }
    }

    /** Every row of {@code query}, read by {@code row}. */
    final <T> List<T> rows(String query, Row<T> row, Object... parameters) throws SQLException {
        List<T> result = new ArrayList<>();
        try (PreparedStatement st = connection.prepareStatement(query)) {
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
