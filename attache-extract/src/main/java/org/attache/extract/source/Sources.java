package org.attache.extract.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.attache.api.PageSource;
import org.attache.api.config.SourceConfig;

/**
 * Opens files and folders as {@link PageSource}s: the entry point of the Source stage.
 *
 * <p>Accepted files: {@code .html .htm} (one HTML page), {@code .txt} (one text page), {@code .json}
 * (a record, or an array of records), {@code .jsonl} (one record per line), each optionally
 * {@code .gz}; and {@code .warc}, {@code .warc.gz}. A JSON record is
 * {@code {id?, url?, outlet?, title?, published?, text? | html?}}; its {@code outlet}, {@code title}
 * and {@code published} become the page's {@link org.attache.api.PageHints}. A folder is walked
 * recursively in sorted order, skipping hidden entries; any other file in it is skipped as
 * "unsupported file type".
 *
 * <p>Reading never throws for bad input: each empty, binary, oversized, truncated, malformed or
 * unreadable file, line or record becomes a {@link org.attache.api.SourceItem.Skipped} with a short
 * reason, logged at WARN, and reading goes on. Every item is accounted for: a WARC record that is not a
 * page (a request, a 404, an image) is a skip that is not a fault, and a file that yields no item at all
 * (blank lines only, {@code []}) is skipped as "no records". UTF-16 and UTF-32 with a byte-order mark are
 * read as text. Sources are re-readable: each {@code read} reopens the input. Not thread-safe.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * A source over {@code path}, a file or a folder.
     *
     * @throws IllegalArgumentException when {@code path} does not exist (a usage error, not a skip)
     */
    public static PageSource open(Path path, SourceConfig config) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(config, "config");
        if (!Files.exists(path)) {
            throw new IllegalArgumentException("Source path does not exist: " + path);
        }
        return Files.isDirectory(path) ? new FolderSource(path, config) : new FileSource(path, config);
    }

    /**
     * A source over bytes the caller holds (an upload), read as a file named {@code name} would be: its type by its
     * name's extension, its items and skips named by {@code name}. The bytes are not copied: do not change them while
     * the source is read.
     *
     * @throws IllegalArgumentException when {@code name} is blank or no valid file name
     */
    public static PageSource of(String name, byte[] content, SourceConfig config) {
        Objects.requireNonNull(content, "content");
        return of(name, content.length, Instant.now(), () -> new ByteArrayInputStream(content), config);
    }

    /**
     * A source over one file that {@code content} opens, read as a local file named {@code name} would be: its type by
     * its name's extension, its items and skips named by {@code name}, its pages fetched at {@code modified}. For files
     * this machine cannot open as a {@link Path}, such as those of a Hadoop file system.
     *
     * @param size its size as stored (compressed if it is compressed); 0 makes it an "empty" skip
     * @throws IllegalArgumentException when {@code name} is blank or no valid file name
     */
    public static PageSource of(String name, long size, Instant modified, Opener content, SourceConfig config) {
        Objects.requireNonNull(modified, "modified");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(config, "config");
        checkName(name);
        return new StreamSource(name, size, modified, content, config);
    }

    /** Opens a file's bytes from the start, as stored (not decompressed); each call opens them again. */
    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    private static void checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an input's name must not be blank");
        }
        try {
            Path.of(name);
        } catch (java.nio.file.InvalidPathException e) {
            throw new IllegalArgumentException("not a valid file name: " + name, e);
        }
    }

    /**
     * Visits the files under {@code folder} in the order a folder source reads them (depth-first, each folder's entries
     * sorted by name, hidden entries left out, links to folders not followed), so that a reader that splits a folder
     * into its files (a Spark job) reads them in the same order; a folder that cannot be listed is reported with the
     * reason a folder source gives its skip.
     */
    public static void walk(Path folder, FolderVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        FolderSource.walk(Objects.requireNonNull(folder, "folder"), visitor);
    }

    /** What a walk of a folder meets (see {@link #walk}). */
    public interface FolderVisitor {
        /** A file (or anything that is not a folder) to read. */
        void file(Path file);

        /** A folder whose entries could not be listed, and why. */
        void unlistable(Path folder, String reason);
    }

    /** A source over {@code path} with {@link SourceConfig#DEFAULTS}. */
    public static PageSource open(Path path) {
        return open(path, SourceConfig.DEFAULTS);
    }
}
