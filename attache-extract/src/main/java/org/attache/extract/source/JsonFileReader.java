package org.attache.extract.source;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedInputStream;
import java.io.IOException;

/**
 * Reads a {@code .json} file (maybe gzipped) with a streaming parser: one record object, an array of
 * them, or several top-level values in a row (JSONL saved as {@code .json}). A file holding exactly one
 * object yields {@code source = path}; otherwise each record is {@code path:LINE} of its opening brace.
 * A non-object element is skipped; a parse or read error ends the file after the records already yielded,
 * since the parser cannot resynchronise.
 */
final class JsonFileReader {
    private final InputFile file;
    private final JsonRecords records;
    private final Emitter out;
    private long line;

    private JsonFileReader(InputFile file, JsonRecords records, Emitter out) {
        this.file = file;
        this.records = records;
        this.out = out;
    }

    static void read(InputFile file, JsonRecords records, Emitter out) {
        new JsonFileReader(file, records, out).run();
    }

    private void run() {
        try (BufferedInputStream in = Inputs.open(file)) {
            byte[] head = Inputs.peek(in, Inputs.SNIFF_BYTES);
            if (Inputs.looksBinaryPage(head, head.length)) {
                out.skipped(file.name(), "binary content");
                return;
            }
            try (JsonParser parser = records.createParser(in)) {
                values(parser);
            }
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            long where = at != null && at.getLineNr() > 0 ? at.getLineNr() : line;
            out.skipped(file.name(), where, records.skip(e).reason());
        } catch (IOException e) {
            out.skipped(file.name(), line, Inputs.reason(e, file.gzip()));
        }
    }

    private void values(JsonParser parser) throws IOException {
        boolean first = true;
        JsonToken token = parser.nextToken();
        if (token == null) {
            out.skipped(file.name(), "empty");
            return;
        }
        while (token != null) {
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
                while (token != JsonToken.END_ARRAY) {
                    record(parser, token);
                    token = parser.nextToken();
                }
                token = parser.nextToken();
            } else if (token == JsonToken.START_OBJECT && first) {
                // Look one value ahead to tell a lone object (source = path) from a sequence.
                line = parser.currentTokenLocation().getLineNr();
                JsonNode node = records.readValue(parser);
                token = parser.nextToken();
                emit(node, token == null ? 0 : line);
            } else {
                record(parser, token);
                token = parser.nextToken();
            }
            first = false;
        }
    }

    private void record(JsonParser parser, JsonToken token) throws IOException {
        line = parser.currentTokenLocation().getLineNr();
        if (token != JsonToken.START_OBJECT) {
            parser.skipChildren();
            out.skipped(file.name(), line, "not a JSON object");
            return;
        }
        emit(records.readValue(parser), line);
    }

    /** Emits one record; {@code at} 0 means the file holds this record alone. */
    private void emit(JsonNode node, long at) {
        String source = at == 0 ? file.name() : file.name() + ":" + at;
        try {
            out.loaded(records.toPage(node, source, file.modified()));
        } catch (SkipException e) {
            out.skipped(file.name(), at, e.reason());
        }
    }
}
