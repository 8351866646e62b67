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
 */
public record StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance, SearchLimits search) {
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
    }

    /** A configuration with the default search limits. */
    public StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance) {
        this(dataDir, commitEvery, nearDuplicateDistance, SearchLimits.DEFAULTS);
    }

    /** This configuration with other search limits. */
    public StoreConfig withSearch(SearchLimits limits) {
        return new StoreConfig(dataDir, commitEvery, nearDuplicateDistance, limits);
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
