package org.attache.app.cli;

import java.nio.file.Path;
import org.attache.api.config.StoreConfig;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options every command takes: where the data folder and the database are, and whether to answer in JSON. */
public final class CommonOptions {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "attache-data",
            description = "Data folder (database, index, logs). Default: ${DEFAULT-VALUE}")
    Path dataDir;

    @Option(names = "--db", paramLabel = "JDBC_URL",
            description = "Database to use instead of attache.db in the data folder, e.g. "
                    + "jdbc:postgresql://HOST/DB?user=USER (several servers and ingests may share it; each keeps its "
                    + "own search index in its --data folder). See docs/POSTGRESQL.md.")
    String database;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    public Path dataDir() {
        return dataDir;
    }

    /** The database URL given with --db, or null for the SQLite file in the data folder. */
    public String database() {
        return database;
    }

    public boolean json() {
        return json;
    }

    /** {@code config} with the database given by --db, if any. */
    public StoreConfig withDatabase(StoreConfig config) {
        if (database != null && !database.isBlank() && !database.strip().startsWith("jdbc:postgresql:")) {
            // a SQLite file shared by processes with different data folders would make them wait on each other's
            // batches and fail after the busy timeout: the SQLite store is the data folder's attache.db
            throw new CliException("--db takes a jdbc:postgresql:// URL (without it the database is attache.db in"
                    + " the --data folder)", CommandLine.ExitCode.USAGE);
        }
        try {
            return config.withDatabase(database == null || database.isBlank() ? null : database.strip());
        } catch (IllegalArgumentException e) {
            throw new CliException("--db: " + e.getMessage(), CommandLine.ExitCode.USAGE);
        }
    }

    /** The store configuration of the data folder and database with default settings. */
    public StoreConfig storeConfig() {
        return withDatabase(StoreConfig.at(dataDir));
    }
}
