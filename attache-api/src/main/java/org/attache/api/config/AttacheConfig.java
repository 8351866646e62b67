package org.attache.api.config;

import java.util.Objects;

/**
 * The whole configuration of one Attaché run: one typed record, built in one place (the CLI) from
 * options and defaults.
 *
 * @param source  how inputs are read
 * @param store   where results go
 * @param workers extraction worker threads (at least 1)
 * @param strict  when true, any skipped input makes the run fail
 * @param coding  the Code stage's user dictionaries
 * @param limits  the work one page may cost (caps and time budget)
 * @param settleMemoryMb megabytes (estimated) an ingest may hold of its articles' annotations for its settling pass,
 *                which then resolves and codes them again without annotating, tagging and parsing them again; an
 *                article beyond it is annotated again from its stored text (same result, slower). At most an eighth
 *                of the heap is used whatever this says; 0 keeps nothing
 */
public record AttacheConfig(SourceConfig source, StoreConfig store, int workers, boolean strict, CodingConfig coding,
                            PageLimits limits, int settleMemoryMb) {
    /**
     * The default of {@link #settleMemoryMb}, an eighth of a 3 GB heap (with 2 GB the eighth, 256 MB, is the limit).
     * A Reuters article is counted at about 8 kB (1,000 of them ~8 MB), so a run of the whole corpus (19,043) is
     * settled without annotating any again.
     */
    public static final int DEFAULT_SETTLE_MEMORY_MB = 384;

    public AttacheConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(limits, "limits");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
        if (settleMemoryMb < 0) {
            throw new IllegalArgumentException("settleMemoryMb must not be negative, was " + settleMemoryMb);
        }
    }

    /** A configuration with the default memory for the settling pass ({@link #DEFAULT_SETTLE_MEMORY_MB}). */
    public AttacheConfig(SourceConfig source, StoreConfig store, int workers, boolean strict, CodingConfig coding,
                         PageLimits limits) {
        this(source, store, workers, strict, coding, limits, DEFAULT_SETTLE_MEMORY_MB);
    }

    /** The bytes of {@link #settleMemoryMb}, capped at an eighth of the heap this process may use. */
    public long settleMemoryBytes() {
        return Math.min((long) settleMemoryMb << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    /** A configuration with the default page limits. */
    public AttacheConfig(SourceConfig source, StoreConfig store, int workers, boolean strict, CodingConfig coding) {
        this(source, store, workers, strict, coding, PageLimits.DEFAULTS);
    }

    /** A configuration with the bundled coding lexicon only. */
    public AttacheConfig(SourceConfig source, StoreConfig store, int workers, boolean strict) {
        this(source, store, workers, strict, CodingConfig.BUNDLED);
    }
}
