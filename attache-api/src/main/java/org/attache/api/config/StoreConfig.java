package org.attache.api.config;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where and how articles are stored.
 *
 * @param dataDir               the data folder: {@code attache.db}, {@code index/}, {@code registry/}
 * @param commitEvery           articles per database and index commit; each article is atomic either way
 * @param nearDuplicateDistance maximum Hamming distance between 64-bit SimHashes for a near-duplicate
 */
public record StoreConfig(Path dataDir, int commitEvery, int nearDuplicateDistance) {
    public static final int DEFAULT_COMMIT_EVERY = 256;
    public static final int DEFAULT_NEAR_DUPLICATE_DISTANCE = 3;

    public StoreConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        if (commitEvery < 1) {
            throw new IllegalArgumentException("commitEvery must be at least 1, was " + commitEvery);
        }
        if (nearDuplicateDistance < 0 || nearDuplicateDistance > 16) {
            throw new IllegalArgumentException("nearDuplicateDistance must be in 0..16, was " + nearDuplicateDistance);
        }
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
