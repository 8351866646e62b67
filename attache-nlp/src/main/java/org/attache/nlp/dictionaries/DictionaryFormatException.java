package org.attache.nlp.dictionaries;

import java.nio.file.Path;

/** A dictionary file that cannot be read as PETRARCH format; the message names the file and line. */
public final class DictionaryFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DictionaryFormatException(Path file, int line, String problem) {
        super(file + ":" + line + ": " + problem);
    }

    /** For a dictionary read from somewhere other than a file (a bundled resource), named by {@code source}. */
    public DictionaryFormatException(String source, int line, String problem) {
        super(source + ":" + line + ": " + problem);
    }
}
