package org.attache.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.attache.extract.source.JsonlLines;
import org.attache.extract.source.Sources;
import org.attache.extract.source.WarcSplits;

/**
 * The files a batch reads, each a unit of work of its own, in the order {@code ingest} reads the same inputs.
 *
 * <p>An input written as a plain path is a file or folder of this machine, walked exactly as {@code ingest} walks it
 * ({@link Sources#walk}). An input written as a URI ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}) is listed
 * through Hadoop's {@link FileSystem} the same way: depth-first, each folder's entries sorted by name, hidden
 * entries (a leading dot) left out; so a folder of a cluster's file system is read as its copy on one machine would
 * be. Of the files, an uncompressed UTF-8 {@code .jsonl} is split by lines; a {@code .warc.gz} of one gzip member per
 * record that is larger than one range is read in byte ranges ({@link WarcSplits}); any other (gzipped, UTF-16, HTML,
 * text, a plain WARC) is read whole by one task, since none can be entered in the middle.
 */
final class InputFiles {
    private InputFiles() {
    }

    /** How a file is read. */
    enum Kind {
        /** Split by lines (Hadoop's splits), each line read on its own. */
        LINES,
        /** Read whole by one task, from this machine's file system (as {@code ingest} reads it). */
        LOCAL,
        /** Read whole by one task, through Hadoop's file system. */
        HADOOP,
        /** A gzipped WARC read in byte ranges, each by a task of its own, through Hadoop's file system. */
        WARC_RANGES,
        /** A folder whose entries could not be listed: one skip, with {@code problem} as its reason. */
        UNLISTABLE
    }

    /**
     * One file to read.
     *
     * @param index    its position among the files, which orders its items before the next file's
     * @param name     its name as its items and skips are named: as {@code ingest} names it for a plain path, else
     *                 its URI
     * @param location where it is read from: the URI of a plain path's file, else the URI given or listed
     * @param kind     how it is read
     * @param size     its size as stored
     * @param modified its modification time, its pages' {@code fetchedAt}
     * @param problem  why it cannot be read ({@link Kind#UNLISTABLE} only), else null
     */
    record Input(int index, String name, String location, Kind kind, long size, Instant modified, String problem)
            implements Serializable {
        /** Bits of a key given to the item number within its file. */
        static final int ITEM_BITS = 40;
        /** Of those, the bits given to the item number within a byte range ({@link Kind#WARC_RANGES}). */
        static final int RANGE_ITEM_BITS = 26;
        /** The most ranges a file is cut into, so that range and item numbers fit a key. */
        static final int MAX_RANGES = 1 << (ITEM_BITS - RANGE_ITEM_BITS);

        /** The key of item {@code item} of this file: orders every item of the run as {@code ingest} reads them. */
        long key(long item) {
            return ((long) index << ITEM_BITS) | item;
        }

        /** The key of item {@code item} of byte range {@code range} of this file, in the order of a whole read. */
        long key(int range, long item) {
            if (item >= 1L << RANGE_ITEM_BITS || range >= MAX_RANGES) {
                throw new IllegalStateException(name + ": item " + item + " of range " + range + " overflows its key");
            }
            return key(((long) range << RANGE_ITEM_BITS) | item);
        }

        /** The byte ranges of about {@code bytes} each that this file is read in, as {start, end} pairs. */
        long[][] ranges(long bytes) {
            return WarcSplits.cut(size, Math.max(bytes, Math.ceilDiv(size, MAX_RANGES)));
        }
    }

    /**
     * The files of {@code paths}, in reading order; a gzipped WARC larger than {@code rangeBytes} is read in ranges of
     * that size.
     *
     * @throws NotFound when an input does not exist
     */
    static List<Input> plan(List<String> paths, Configuration hadoop, long rangeBytes) {
        List<Input> files = new ArrayList<>();
        for (String path : paths) {
            if (isUri(path)) {
                hadoop(path, hadoop, files, rangeBytes);
            } else {
                local(java.nio.file.Path.of(path), files, hadoop, rangeBytes);
            }
        }
        return files;
    }

    /** Opens a file of any Hadoop file system from an offset. */
    static WarcSplits.RangeOpener opener(String location, Configuration hadoop) {
        return offset -> {
            Path path = new Path(location);
            FSDataInputStream in = path.getFileSystem(hadoop).open(path);
            try {
                in.seek(offset);
            } catch (IOException | RuntimeException e) {
                in.close();
                throw e;
            }
            return in;
        };
    }

    /** An input that does not exist: a usage error, found before anything is written. */
    static final class NotFound extends IllegalArgumentException {
        NotFound(String input) {
            super("input not found: " + input);
        }
    }

    /** Whether {@code path} is written as a URI (a scheme of two letters or more, then a colon). */
    static boolean isUri(String path) {
        int colon = path.indexOf(':');
        return colon >= 2 && path.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    private static void local(java.nio.file.Path path, List<Input> files, Configuration hadoop, long rangeBytes) {
        if (!Files.exists(path)) {
            throw new NotFound(path.toString());
        }
        if (!Files.isDirectory(path)) {
            files.add(localFile(files.size(), path, hadoop, rangeBytes));
            return;
        }
        Sources.walk(path, new Sources.FolderVisitor() {
            @Override
            public void file(java.nio.file.Path file) {
                files.add(localFile(files.size(), file, hadoop, rangeBytes));
            }

            @Override
            public void unlistable(java.nio.file.Path folder, String reason) {
                files.add(new Input(files.size(), folder.toString(), folder.toUri().toString(), Kind.UNLISTABLE, 0,
                        Instant.EPOCH, reason));
            }
        });
    }

    private static Input localFile(int index, java.nio.file.Path file, Configuration hadoop, long rangeBytes) {
        long size = 0;
        Instant modified = Instant.EPOCH;
        if (Files.isRegularFile(file)) {
            try {
                size = Files.size(file);
                modified = Files.getLastModifiedTime(file).toInstant();
            } catch (IOException e) {
                // read whole: the reading task reports it as ingest does
                return new Input(index, file.toString(), file.toUri().toString(), Kind.LOCAL, 0, Instant.EPOCH,
                        null);
            }
        }
        String location = file.toAbsolutePath().toUri().toString();
        Kind kind = JsonlLines.splittable(file) ? Kind.LINES
                : Files.isRegularFile(file) && WarcSplits.splittable(file.toString(), size, opener(location, hadoop),
                        rangeBytes) ? Kind.WARC_RANGES : Kind.LOCAL;
        return new Input(index, file.toString(), location, kind, size, modified, null);
    }

    private static void hadoop(String uri, Configuration conf, List<Input> files, long rangeBytes) {
        Path path = new Path(uri);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new NotFound(uri);
            }
            FileStatus status = fs.getFileStatus(path);
            String name = stripSlashes(uri);
            if (status.isDirectory()) {
                walk(fs, path, name, files, conf, rangeBytes);
            } else {
                files.add(hadoopFile(fs, files.size(), name, status, conf, rangeBytes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri + ": " + e.getMessage(), e);
        }
    }

    private static void walk(FileSystem fs, Path folder, String name, List<Input> files, Configuration conf,
                             long rangeBytes) {
        FileStatus[] entries;
        try {
            entries = fs.listStatus(folder);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            files.add(new Input(files.size(), name, folder.toString(), Kind.UNLISTABLE, 0, Instant.EPOCH,
                    "cannot list: " + reason));
            return;
        }
        Arrays.sort(entries, Comparator.comparing(entry -> entry.getPath().getName()));
        for (FileStatus entry : entries) {
            String child = entry.getPath().getName();
            if (child.startsWith(".")) {
                continue;
            }
            if (entry.isDirectory()) {
                walk(fs, entry.getPath(), name + "/" + child, files, conf, rangeBytes);
            } else {
                files.add(hadoopFile(fs, files.size(), name + "/" + child, entry, conf, rangeBytes));
            }
        }
    }

    private static Input hadoopFile(FileSystem fs, int index, String name, FileStatus status, Configuration conf,
                                    long rangeBytes) {
        Instant modified = Instant.ofEpochMilli(status.getModificationTime());
        String location = status.getPath().toString();
        boolean file = status.isFile() && status.getLen() > 0;
        Kind kind = file && JsonlLines.splittable(name, () -> fs.open(status.getPath())) ? Kind.LINES
                : file && WarcSplits.splittable(name, status.getLen(), opener(location, conf), rangeBytes)
                ? Kind.WARC_RANGES : Kind.HADOOP;
        return new Input(index, name, location, kind, status.getLen(), modified, null);
    }

    private static String stripSlashes(String uri) {
        String name = uri;
        while (name.endsWith("/") && !name.endsWith("//")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
