package org.attache.api.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how articles are stored.
 *
 * @param dataDir               the data folder: {@code attache.db}, {@code index/}, {@code registry/}
 * @param commitEvery           articles per database and index commit; each article is atomic either way
 * @param nearDuplicateDistance maximum Hamming distance between 64-bit SimHashes for a near-duplicate
 * @param search                what one search may cost
 * @param database              JDBC URL of the database ({@code jdbc:postgresql://host/db?user=…}), or null for
 *                              the SQLite file {@code attache.db} in the data folder; the index stays in the data
 *                              folder either way
 */
public record StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance, SearchLimits search,
                          String database) {
    public static final int DEFAULT_COMMIT_EVERY = 256;
    public static final int DEFAULT_NEAR_DUPLICATE_DISTANCE = 3;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(search, "search");
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
        }
        if (nearDuplicateDistance < 0 || nearDuplicateDistance > 16) {
            throw new IllegalArgumentException("nearDuplicateDistance must be in 0..16, was " + nearDuplicateDistance);
        }
        if (database != null && !database.startsWith("jdbc:postgresql:") && !database.startsWith("jdbc:sqlite:")) {
            throw new IllegalArgumentException("database must be a jdbc:postgresql: or jdbc:sqlite: URL, was "
                    + redacted(database));
        }
    }

    /** A configuration of the SQLite database in the data folder. */
    public StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance, SearchLimits search) {
        this(dataDir, commitEvery, nearDuplicateDistance, search, null);
    }

    /** A configuration with the default search limits. */
    public StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance) {
        this(dataDir, commitEvery, nearDuplicateDistance, SearchLimits.DEFAULTS);
    }

    /** This configuration with other search limits. */
    public StoreConfig withSearch(SearchLimits limits) {
        return new StoreConfig(dataDir, commitEvery, nearDuplicateDistance, limits, database);
    }

    /** This configuration with another database: a JDBC URL, or null for the SQLite file in the data folder. */
    public StoreConfig withDatabase(String url) {
        return new StoreConfig(dataDir, commitEvery, nearDuplicateDistance, search, url);
    }

    /** The JDBC URL of the database: {@link #database()} when given, else that of {@link #databaseFile()}. */
    public String databaseUrl() {
        return database != null ? database : "jdbc:sqlite:" + databaseFile().toAbsolutePath();
    }

    /** A JDBC URL with its password (if any) left out: for messages and logs. */
    public static String redacted(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1…").replaceAll("//[^/@]*:[^/@]*@", "//…@");
    }

    /** The database's URL with no password in it: for messages and logs. */
    public String databaseLabel() {
        return redacted(databaseUrl());
    }

    @Override
    public String toString() {
        return "StoreConfig[dataDir=" + dataDir + ", commitEvery=" + commitEvery + ", nearDuplicateDistance="
                + nearDuplicateDistance + ", search=" + search + ", database=" + redacted(database) + "]";
    }

    /** Whether the database is the SQLite file in the data folder (not a database server). */
    public boolean sqliteInDataDir() {
        return database == null;
    }

    public static StoreConfig at(Path dataDir) {
        return new StoreConfig(dataDir, DEFAULT_COMMIT_EVERY, DEFAULT_NEAR_DUPLICATE_DISTANCE);
    }

    public Path databaseFile() {
        return dataDir.resolve("attache.db");
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
