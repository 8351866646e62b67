package org.attache.extract.source;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One regular file about to be read, with what was learnt about it before opening it.
 *
 * @param path     the file, as the caller gave it (or as reached from the folder the caller gave)
 * @param type     its format, from its name
 * @param size     its size on disk, compressed if it is compressed
 * @param modified its modification time, used as {@code fetchedAt} of file pages
 */
record InputFile(Path path, FileType type, long size, Instant modified) {

    /** The file's name as shown in sources and skip reasons. */
    String name() {
        return path.toString();
    }

    boolean gzip() {
        return type.gzip();
    }
}
