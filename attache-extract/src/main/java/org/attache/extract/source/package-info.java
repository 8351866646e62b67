/**
 * The Source stage: turns files, folders, JSON/JSONL record files and WARC archives into a stream of
 * {@link org.attache.api.SourceItem}s, one {@link org.attache.api.Page} or one counted
 * {@link org.attache.api.SourceItem.Skipped} at a time.
 *
 * <p>Entry point: {@link org.attache.extract.source.Sources#open}. Everything else in this package is
 * internal. Sources stream: memory stays flat however large the input, and no single page may exceed
 * {@link org.attache.api.config.SourceConfig#maxPageBytes()} (checked while reading, never after
 * allocating). A bad file, line or record becomes a {@code Skipped} with its reason, logged at WARN;
 * only a path that does not exist is a usage error and throws.
 */
package org.attache.extract.source;
