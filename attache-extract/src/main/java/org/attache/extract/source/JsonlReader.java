package org.attache.extract.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads a {@code .jsonl} file (maybe gzipped) one line at a time: each non-blank line is one record,
 * {@code source} is {@code path:LINE} (1-based). A bad line (malformed JSON, invalid UTF-8, over the
 * cap, no body) is skipped and reading goes on; a read error (truncated gzip) ends the file after the
 * records already yielded. Memory holds one line at most.
 */
final class JsonlReader {
    private final InputFile file;
    private final JsonRecords records;
    private final Emitter out;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private long lineNumber;

    private JsonlReader(InputFile file, JsonRecords records, Emitter out) {
        this.file = file;
        this.records = records;
        this.out = out;
    }

    static void read(InputFile file, JsonRecords records, Emitter out) {
        new JsonlReader(file, records, out).run();
    }

    private void run() {
        boolean started = false;
        try (BufferedInputStream in = Inputs.open(file.path(), file.gzip())) {
            byte[] head = Inputs.peek(in, Inputs.SNIFF_BYTES);
            if (head.length == 0) {
                out.skipped(file.name(), "empty");
                return;
            }
            if (Inputs.looksBinary(head, head.length)) {
                out.skipped(file.name(), "binary content");
                return;
            }
            started = true;
            LineReader lines = new LineReader(in, Inputs.arrayCap(records.maxPageBytes()));
            while (lines.next()) {
                lineNumber++;
                line(lines);
            }
        } catch (IOException e) {
            out.skipped(file.name(), started ? lineNumber + 1 : 0, Inputs.reason(e, file.gzip()));
        }
    }

    private void line(LineReader lines) {
        if (lines.tooLong()) {
            out.skipped(file.name(), lineNumber, Inputs.tooLarge(records.maxPageBytes()));
            return;
        }
        byte[] bytes = lines.bytes();
        int from = 0;
        int to = lines.length();
        if (lineNumber == 1 && to >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF) {
            from = 3;
        }
        if (Inputs.isBlank(bytes, from, to)) {
            return;
        }
        String json;
        try {
            json = utf8.decode(ByteBuffer.wrap(bytes, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            out.skipped(file.name(), lineNumber, "invalid UTF-8");
            return;
        }
        try {
            out.loaded(records.toPage(records.parse(json), file.name() + ":" + lineNumber, file.modified()));
        } catch (SkipException e) {
            out.skipped(file.name(), lineNumber, e.reason());
        }
    }
}
