package org.attache.store.sql;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Opens the SQLite database of a data folder: migrates its schema to the latest version, then returns
 * one connection in WAL mode with {@code synchronous=NORMAL}, a busy timeout and auto-commit off.
 *
 * <p>Stateless and thread-safe; the returned connection is not.
 */
public final class Database {
    /** Milliseconds a connection waits for a lock held by another process before failing. */
    public static final int BUSY_TIMEOUT_MILLIS = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private Database() {
    }

    /** JDBC URL of an SQLite database file. */
    public static String sqliteUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
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

    /** Applies pending migrations from {@code classpath:db/migration}. */
    static void migrate(String url) {
        Flyway flyway = Flyway.configure(Database.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .load();
        MigrateResult result = flyway.migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("Migrated {} to schema version {}", url, result.targetSchemaVersion);
        }
    }
}
