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
 */
public record AttacheConfig(SourceConfig source, StoreConfig store, int workers, boolean strict, CodingConfig coding,
                            PageLimits limits) {
    public AttacheConfig {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(coding, "coding");
        Objects.requireNonNull(limits, "limits");
        if (workers < 1) {
            throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        }
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
