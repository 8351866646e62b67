package org.attache.store.sql;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * Opens the store's database: the SQLite file of a data folder, or a PostgreSQL database (see {@link Dialect}).
 * Migrates its schema to the latest version (the same Flyway migrations on both), then returns one connection with
 * auto-commit off; on SQLite in WAL mode with {@code synchronous=NORMAL} and a busy timeout.
 *
 * <p>Stateless and thread-safe; the returned connection is not.
 */
public final class Database {
    /** Milliseconds a connection waits for a lock held by another process before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    /**
     * The version of the newest migration in {@code db/migration}; a test keeps it in step with the folder.
     * Read-only opening compares the database's version with it instead of scanning the migrations.
     */
    public static final int SCHEMA_VERSION = 13;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    /** JDBC URL of an SQLite database file. */
    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Migrates the schema of the database at {@code url} and opens a connection to it with auto-commit off. */
    public static Connection open(String url) throws SQLException {
        if (Dialect.of(url) == Dialect.SQLITE) {
            return openSqlite(Path.of(url.substring("jdbc:sqlite:".length())));
        }
        migrate(url);
        Connection connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT datcollate FROM pg_database WHERE datname = current_database()")) {
            String collation = rs.next() ? rs.getString(1) : null;
            if (collation != null && !collation.equals("C") && !collation.equals("POSIX")) {
                // lists sorted by name then differ from SQLite's (which compares bytes), though ids and counts do not
                LOG.warn("The database {} sorts text by the collation {}; create it with LC_COLLATE 'C' for the same"
                        + " orders as SQLite", org.attache.api.config.StoreConfig.redacted(url), collation);
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * Opens a read connection to the database at {@code url} as {@link #openSqliteReadOnly} does: empty when its
     * schema is not at {@link #SCHEMA_VERSION}.
     */
    public static Optional<Connection> openReadOnly(String url) throws SQLException {
        if (Dialect.of(url) == Dialect.SQLITE) {
            return openSqliteReadOnly(Path.of(url.substring("jdbc:sqlite:".length())));
        }
        Connection connection = DriverManager.getConnection(url);
        try {
            if (schemaVersion(connection, Dialect.POSTGRESQL) != SCHEMA_VERSION) {
                connection.close();
                return Optional.empty();
            }
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            return Optional.of(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /** Migrates the schema and opens a connection with auto-commit off. */
    public static Connection openSqlite(Path file) throws SQLException {
        String url = sqliteUrl(file);
        try (Connection setup = DriverManager.getConnection(url); Statement st = setup.createStatement()) {
            // WAL is a property of the database file; set it before Flyway opens its own connections.
            st.execute("PRAGMA journal_mode=WAL");
            st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
        }
        migrate(url);
        Connection connection = DriverManager.getConnection(url);
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA foreign_keys=ON");
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        connection.setAutoCommit(false);
        return connection;
    }

    /**
     * Opens a read connection ({@code query_only}) when the database's schema is at {@link #SCHEMA_VERSION};
     * empty when it is older (it must be migrated, which needs a writer) or has no schema yet. Loads no
     * migration tool, so that read-only commands start fast.
     */
    public static Optional<Connection> openSqliteReadOnly(Path file) throws SQLException {
        Connection connection = DriverManager.getConnection(sqliteUrl(file));
        try {
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA busy_timeout=" + BUSY_TIMEOUT_MILLIS);
                st.execute("PRAGMA query_only=ON");
            }
            if (schemaVersion(connection, Dialect.SQLITE) != SCHEMA_VERSION) {
                connection.close();
                return Optional.empty();
            }
            connection.setAutoCommit(false);
            return Optional.of(connection);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * The highest migration applied to the database, 0 when none is, or -1 when the applied versions are not
     * exactly 1..highest (a gap, or a version this code did not write: the migration tool must judge it).
     */
    static int schemaVersion(Connection connection, Dialect dialect) throws SQLException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery(dialect == Dialect.SQLITE
                     ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'"
                     : "SELECT to_regclass('flyway_schema_history')")) {
            if (!rs.next() || rs.getString(1) == null) {
                return 0;
            }
        }
        java.util.BitSet applied = new java.util.BitSet();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM flyway_schema_history WHERE "
                     + (dialect == Dialect.SQLITE ? "success = 1" : "success") + " AND version IS NOT NULL")) {
            while (rs.next()) {
                try {
                    applied.set(Integer.parseInt(rs.getString(1)));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        int highest = applied.length() - 1;
        if (highest <= 0) {
            return 0;
        }
        return !applied.get(0) && applied.cardinality() == highest ? highest : -1;
    }

    /**
     * Applies pending migrations from {@code classpath:db/migration}, also one numbered below a migration already
     * applied: each migration is a self-contained addition (features are built on parallel branches and numbered
     * ahead), so a data folder that has a later one must still take an earlier one it lacks.
     */
    static void migrate(String url) {
        FluentConfiguration config = Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration");
        Flyway flyway = config.load();
        boolean earlierPending = Arrays.stream(flyway.info().all())
                .anyMatch(m -> m.getState() == MigrationState.IGNORED);
        if (earlierPending) { // only then: Flyway warns on every run in this mode
            LOG.info("{} lacks a migration numbered below one it has; applying it out of order",
                    org.attache.api.config.StoreConfig.redacted(url));
            flyway = config.outOfOrder(true).load();
        }
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated {} to schema version {}", org.attache.api.config.StoreConfig.redacted(url),
                    result.targetSchemaVersion);
        }
    }
}
