package org.attache.api.config;

/**
 * How sources read their input.
 *
 * @param maxPageBytes a page (file, record, WARC payload) larger than this is skipped, decompressed size
 */
public record SourceConfig(long maxPageBytes) {
    public static final long DEFAULT_MAX_PAGE_BYTES = 10L * 1024 * 1024;
    public static final SourceConfig DEFAULTS = new SourceConfig(DEFAULT_MAX_PAGE_BYTES);

    public SourceConfig {
        if (maxPageBytes <= 0) {
            throw new IllegalArgumentException("maxPageBytes must be positive, was " + maxPageBytes);
        }
    }
}
