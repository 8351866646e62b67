package org.attache.app.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.attache.api.events.Event;
import org.attache.api.events.PartialDate;

/**
 * The CLI's name for {@link org.attache.web.json.Json}, the one place that decides how records look as JSON
 * (snake_case, nulls kept, events as the design's record). The implementation lives in attache-web so that
 * the web API and the CLI's {@code --json} and exports write the same thing; this class only forwards.
 */
public final class Json {
    private Json() {
    }

    /** The shared mapper; configure nothing on it. */
    public static ObjectMapper mapper() {
        return org.attache.web.json.Json.mapper();
    }

    /** One line of JSON, for JSONL output. */
    public static String line(Object value) {
        return org.attache.web.json.Json.line(value);
    }

    /** Indented JSON, for a single object on a terminal. */
    public static String pretty(Object value) {
        return org.attache.web.json.Json.pretty(value);
    }

    /** Writes an event as the design's Event record. */
    public static void writeEvent(Event e, JsonGenerator g) throws IOException {
        org.attache.web.json.Json.writeEvent(e, g);
    }

    /** Reads an event written by {@link #writeEvent}; a bad field fails naming the field and the event id. */
    public static Event readEvent(JsonNode n) {
        return org.attache.web.json.Json.readEvent(n);
    }

    /** Parses what {@link PartialDate#toString()} writes, including {@code --04}. */
    public static PartialDate parsePartialDate(String text) {
        return org.attache.web.json.Json.parsePartialDate(text);
    }
}
