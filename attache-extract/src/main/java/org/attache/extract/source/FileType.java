package org.attache.extract.source;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * What a file holds, judged by its name: the format and whether it is gzip-compressed. Names are
 * matched case-insensitively; {@code .gz} may follow any accepted extension.
 *
 * @param format the container format
 * @param gzip   true for a {@code .gz} name (WARC readers detect compression themselves)
 */
record FileType(Format format, boolean gzip) {

    /** The container formats the Source stage reads. */
    enum Format {
        /** One HTML page per file ({@code .html}, {@code .htm}). */
        HTML,
        /** One plain-text page per file ({@code .txt}). */
        TEXT,
        /** One JSON record, or an array of records ({@code .json}). */
        JSON,
        /** One JSON record per line ({@code .jsonl}). */
        JSONL,
        /** A WARC archive of HTTP responses ({@code .warc}). */
        WARC
    }

    /** The type of {@code path} by its file name, or empty when the extension is not accepted. */
    static Optional<FileType> of(Path path) {
        Path fileName = path.getFileName();
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toString().toLowerCase(Locale.ROOT);
        boolean gzip = name.endsWith(".gz");
        if (gzip) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        Format format = switch (extension) {
            case "html", "htm" -> Format.HTML;
            case "txt" -> Format.TEXT;
            case "json" -> Format.JSON;
            case "jsonl" -> Format.JSONL;
            case "warc" -> Format.WARC;
            default -> null;
        };
        return Optional.ofNullable(format).map(f -> new FileType(f, gzip));
    }
}
