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
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.attache.extract.source.JsonlLines;
import org.attache.extract.source.Sources;

/**
 * The files a batch reads, each a unit of work of its own, in the order {@code ingest} reads the same inputs.
 *
 * <p>An input written as a plain path is a file or folder of this machine, walked exactly as {@code ingest} walks it
 * ({@link Sources#walk}). An input written as a URI ({@code hdfs://…}, {@code s3a://…}, {@code file:/…}) is listed
 * through Hadoop's {@link FileSystem} the same way: depth-first, each folder's entries sorted by name, hidden
 * entries (a leading dot) left out; so a folder of a cluster's file system is read as its copy on one machine would
 * be. Of the files, an uncompressed UTF-8 {@code .jsonl} is split by lines; any other (gzipped, UTF-16, HTML, text,
 * WARC) is read whole by one task, since neither gzip nor a WARC can be entered in the middle.
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

        /** The key of item {@code item} of this file: orders every item of the run as {@code ingest} reads them. */
        long key(long item) {
            return ((long) index << ITEM_BITS) | item;
        }
    }

    /**
     * The files of {@code paths}, in reading order.
     *
     * @throws NotFound when an input does not exist
     */
    static List<Input> plan(List<String> paths, Configuration hadoop) {
        List<Input> files = new ArrayList<>();
        for (String path : paths) {
            if (isUri(path)) {
                hadoop(path, hadoop, files);
            } else {
                local(java.nio.file.Path.of(path), files);
            }
        }
        return files;
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

    private static void local(java.nio.file.Path path, List<Input> files) {
        if (!Files.exists(path)) {
            throw new NotFound(path.toString());
        }
        if (!Files.isDirectory(path)) {
            files.add(localFile(files.size(), path));
            return;
        }
        Sources.walk(path, new Sources.FolderVisitor() {
            @Override
            public void file(java.nio.file.Path file) {
                files.add(localFile(files.size(), file));
            }

            @Override
            public void unlistable(java.nio.file.Path folder, String reason) {
                files.add(new Input(files.size(), folder.toString(), folder.toUri().toString(), Kind.UNLISTABLE, 0,
                        Instant.EPOCH, reason));
            }
        });
    }

    private static Input localFile(int index, java.nio.file.Path file) {
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
        Kind kind = JsonlLines.splittable(file) ? Kind.LINES : Kind.LOCAL;
        return new Input(index, file.toString(), file.toAbsolutePath().toUri().toString(), kind, size, modified,
                null);
    }

    private static void hadoop(String uri, Configuration conf, List<Input> files) {
        Path path = new Path(uri);
        try {
            FileSystem fs = path.getFileSystem(conf);
            if (!fs.exists(path)) {
                throw new NotFound(uri);
            }
            FileStatus status = fs.getFileStatus(path);
            String name = stripSlashes(uri);
            if (status.isDirectory()) {
                walk(fs, path, name, files);
            } else {
                files.add(hadoopFile(fs, files.size(), name, status));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + uri + ": " + e.getMessage(), e);
        }
    }

    private static void walk(FileSystem fs, Path folder, String name, List<Input> files) {
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
                walk(fs, entry.getPath(), name + "/" + child, files);
            } else {
                files.add(hadoopFile(fs, files.size(), name + "/" + child, entry));
            }
        }
    }

    private static Input hadoopFile(FileSystem fs, int index, String name, FileStatus status) {
        Instant modified = Instant.ofEpochMilli(status.getModificationTime());
        boolean lines = status.isFile() && status.getLen() > 0
                && JsonlLines.splittable(name, () -> fs.open(status.getPath()));
        return new Input(index, name, status.getPath().toString(), lines ? Kind.LINES : Kind.HADOOP, status.getLen(),
                modified, null);
    }

    private static String stripSlashes(String uri) {
        String name = uri;
        while (name.endsWith("/") && !name.endsWith("//")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }
}
