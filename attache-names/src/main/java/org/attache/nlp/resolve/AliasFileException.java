package org.attache.nlp.resolve;

import java.nio.file.Path;

/** A user alias file that cannot be read; the message names the file and, for a bad row, its line. */
public final class AliasFileException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    AliasFileException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }

    AliasFileException(Path file, String problem, Throwable cause) {
        super(file + ": " + problem, cause);
    }
}
