package org.attache.extract.source;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

/**
 * One input about to be read (a regular file, or bytes the caller holds, such as an upload), with what was learnt
 * about it before opening it.
 *
 * @param name     its name as shown in sources and skip reasons: a file's path as the caller gave it (or as reached
 *                 from the folder the caller gave), or the name the caller gave its bytes
 * @param type     its format, from its name
 * @param size     its size, compressed if it is compressed
 * @param modified its modification time, used as {@code fetchedAt} of file pages
 * @param content  opens its bytes, each time from the start
 */
record InputFile(String name, FileType type, long size, Instant modified, Content content) {

    /** Opens the input's bytes from the start. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** A regular file. */
    static InputFile of(Path path, FileType type, long size, Instant modified) {
        return new InputFile(path.toString(), type, size, modified, () -> Files.newInputStream(path));
    }

    /** Opens the input's bytes from the start, unbuffered and as stored (not decompressed). */
    InputStream open() throws IOException {
        return content.open();
    }

    boolean gzip() {
        return type.gzip();
    }
}
