package org.attache.extract.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.commons.io.ByteOrderMark;
import org.attache.api.SourceItem;
import org.apache.commons.io.input.BOMInputStream;
import org.apache.commons.io.input.ReaderInputStream;
import org.attache.extract.charset.PageDecoder;

/**
 * Reads a {@code .jsonl} file (maybe gzipped) one line at a time: each non-blank line is one record,
 * {@code source} is {@code path:LINE} (1-based). Each line is judged on its own: a bad line (binary bytes
 * such as a raw NUL, malformed JSON, invalid UTF-8, over the cap, no body) is skipped with its line number
 * and reading goes on; only a file whose head is mostly control bytes is skipped whole as binary. A file
 * that starts with a UTF-16 or UTF-32 byte-order mark is read through a transcoder to UTF-8. A read error
 * (truncated gzip) ends the file after the records already yielded. Memory holds one line at most.
 */
final class JsonlReader {
    private final InputFile file;
    private final JsonRecords records;
    private final Emitter out;
    /** Each line judged on its own, as a reader that splits the file judges it. */
    private final JsonlLines lineItems;
    private long lineNumber;

    private JsonlReader(InputFile file, JsonRecords records, Emitter out) {
        this.file = file;
        this.records = records;
        this.out = out;
        this.lineItems = new JsonlLines(file.name(), file.modified(), records);
    }

    static void read(InputFile file, JsonRecords records, Emitter out) {
        new JsonlReader(file, records, out).run();
    }

    private void run() {
        boolean started = false;
        try (BufferedInputStream in = utf8(Inputs.open(file))) {
            byte[] head = Inputs.peek(in, Inputs.SNIFF_BYTES);
            if (head.length == 0) {
                out.skipped(file.name(), "empty");
                return;
            }
            if (Inputs.looksBinaryFile(head, head.length)) {
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

    /**
     * {@code in} as UTF-8: unchanged unless it starts with a UTF-16 or UTF-32 byte-order mark, then decoded
     * from that charset (the mark dropped) and encoded again as UTF-8, so that lines split on the newline byte.
     */
    private static BufferedInputStream utf8(BufferedInputStream in) throws IOException {
        Charset bom = PageDecoder.byteOrderMark(Inputs.peek(in, 4));
        if (bom == null || bom.equals(StandardCharsets.UTF_8)) {
            return in;
        }
        BOMInputStream unmarked = BOMInputStream.builder().setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_32LE, ByteOrderMark.UTF_32BE, ByteOrderMark.UTF_16LE,
                        ByteOrderMark.UTF_16BE)
                .get();
        ReaderInputStream transcoded = ReaderInputStream.builder()
                .setReader(new InputStreamReader(unmarked, bom))
                .setCharset(StandardCharsets.UTF_8)
                .get();
        return new BufferedInputStream(transcoded, 64 * 1024);
    }

    private void line(LineReader lines) {
        if (lines.tooLong()) {
            out.skipped(file.name(), lineNumber, Inputs.tooLarge(records.maxPageBytes()));
            return;
        }
        switch (lineItems.item(lineNumber, lines.bytes(), lines.length())) {
            case null -> { } // a blank line is no item
            case SourceItem.Loaded loaded -> out.loaded(loaded.page());
            case SourceItem.Skipped skipped -> out.skipped(skipped.source(), skipped.line(), skipped.reason());
        }
    }
}
