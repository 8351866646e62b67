package org.attache.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import org.attache.api.events.Event;
import org.attache.json.Json;

/** JSONL: one event per line, the same record {@code attache events --json} prints (see {@link Json}). */
public final class JsonlFormat {
    private JsonlFormat() {
    }

    /** Writes one compact JSON object and a newline per event. */
    static final class Writer implements EventWriter {
        private final java.io.Writer out;

        Writer(java.io.Writer out) {
            this.out = out;
        }

        @Override
        public void write(Event event) throws IOException {
            out.write(Json.line(event));
            out.write('\n');
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** Reads the events of a JSONL export; blank lines are skipped, a bad line fails naming its number. */
    public static List<Event> read(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        List<Event> events = new ArrayList<>();
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            try {
                events.add(Json.mapper().readValue(line, Event.class));
            } catch (IOException | RuntimeException e) {
                throw new IOException("JSONL line " + number + ": " + e.getMessage(), e);
            }
        }
        return events;
    }
}
