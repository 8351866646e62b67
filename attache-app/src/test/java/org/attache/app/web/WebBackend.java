package org.attache.app.web;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.attache.api.config.StoreConfig;
import org.attache.testkit.PostgresCluster;

/**
 * The database a browser journey's server reads: SQLite in the data folder, or a throwaway PostgreSQL database
 * of the shared test cluster (what {@code serve --db jdbc:postgresql://…} runs). PostgreSQL skips the journey
 * with the reason when no server can run here.
 */
enum WebBackend {
    SQLITE, POSTGRESQL;

    /** A new, empty store's configuration in {@code dataDir}. */
    StoreConfig fresh(Path dataDir) {
        StoreConfig config = StoreConfig.at(dataDir);
        if (this == SQLITE) {
            return config;
        }
        Optional<PostgresCluster> cluster = PostgresCluster.shared();
        assumeTrue(cluster.isPresent(), () -> "no PostgreSQL here: " + PostgresCluster.unavailableReason());
        return config.withDatabase(cluster.get().newDatabase());
    }

    /** The CLI options that name this configuration's database ({@code --db URL}), none for SQLite. */
    static List<String> cliOptions(StoreConfig config) {
        return config.database() == null ? List.of() : List.of("--db", config.database());
    }

    /** A journey class that runs on one backend: SQLite unless a subclass says otherwise. */
    interface Journeys {
        default WebBackend backend() {
            return SQLITE;
        }
    }
}
