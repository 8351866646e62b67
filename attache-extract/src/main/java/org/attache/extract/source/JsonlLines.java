package org.attache.extract.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Objects;
import org.attache.api.SourceItem;
import org.attache.api.config.SourceConfig;
import org.attache.extract.charset.PageDecoder;

/**
 * The lines of one {@code .jsonl} file read each on its own, exactly as the file source reads them: the same page or
 * skip for the same line number. A reader that splits a large file by lines (a Spark job) gives the same items as
 * reading the file whole. Skips are returned, not logged. Not thread-safe (one per reading thread).
 */
public final class JsonlLines {
    private final String name;
    private final Instant modified;
    private final JsonRecords records;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);

    /**
     * @param name     the file's name as its items are named ({@code name:LINE})
     * @param modified the file's modification time, the pages' {@code fetchedAt}
     */
    public JsonlLines(String name, Instant modified, SourceConfig config) {
        this(name, modified, new JsonRecords(config.maxPageBytes()));
    }

    JsonlLines(String name, Instant modified, JsonRecords records) {
        this.name = Objects.requireNonNull(name, "name");
        this.modified = modified;
        this.records = records;
    }

    /**
     * Whether {@code path} can be read line by line with {@link #item}: an uncompressed {@code .jsonl} file that is
     * neither empty, binary nor in UTF-16 or UTF-32 (those are read whole by {@link Sources#open}).
     */
    public static boolean splittable(Path path) {
        return Files.isRegularFile(path) && splittable(path.toString(), () -> Files.newInputStream(path));
    }

    /**
     * Whether the file named {@code name} that {@code content} opens (of any file system, e.g. a Hadoop one) can be read
     * line by line with {@link #item}, as {@link #splittable(Path)} says for a local file.
     */
    public static boolean splittable(String name, Sources.Opener content) {
        FileType type = FileType.of(Path.of(name)).orElse(null);
        if (type == null || type.format() != FileType.Format.JSONL || type.gzip()) {
            return false;
        }
        try (BufferedInputStream in = new BufferedInputStream(content.open())) {
            byte[] head = Inputs.peek(in, Inputs.SNIFF_BYTES);
            if (head.length == 0 || Inputs.looksBinaryFile(head, head.length)) {
                return false;
            }
            Charset bom = PageDecoder.byteOrderMark(Inputs.peek(in, 4));
            return bom == null || bom.equals(StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * The item of line {@code lineNumber} (1-based) whose bytes, without the newline, are {@code bytes[0, length)}; null
     * for a blank line, which is no item.
     */
    public SourceItem item(long lineNumber, byte[] bytes, int length) {
        if (length > Inputs.arrayCap(records.maxPageBytes())) {
            return skipped(lineNumber, Inputs.tooLarge(records.maxPageBytes()));
        }
        int from = 0;
        int to = length;
        if (lineNumber == 1 && to >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            from = 3;
        }
        if (Inputs.isBlank(bytes, from, to)) {
            return null;
        }
        if (Inputs.looksBinary(bytes, from, to) || hasNul(bytes, from, to)) {
            return skipped(lineNumber, "binary content");
        }
        String json;
        try {
            json = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return skipped(lineNumber, "invalid UTF-8");
        }
        try {
            return new SourceItem.Loaded(records.toPage(records.parse(json), name + ":" + lineNumber, modified));
        } catch (SkipException e) {
            return skipped(lineNumber, e.reason());
        }
    }

    private SourceItem.Skipped skipped(long lineNumber, String reason) {
        return new SourceItem.Skipped(name, lineNumber, reason);
    }

    private static boolean hasNul(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }
}
