package org.attache.app.export;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.json.Json;

/**
 * PLOVER JSON: an array of records with the PLOVER gold-standard record fields ({@code id}, {@code date},
 * {@code source} and {@code target} as {@code [{actorText, code, sector}]}, {@code event},
 * {@code eventText}, {@code mode}, {@code context}, {@code text}, {@code eventLoc: {name}},
 * {@code language}). As in the PLOVER files, an absent sector, mode, context, eventText or location is
 * left out; {@code target} is {@code []} when there is none; {@code date} is the event's first day
 * ({@code --04-29} when the year is unknown) or null. Everything else Attaché knows is kept under
 * {@code "attache"} ({@code article_id}, {@code cameo}, {@code status}, the full {@code date} interval,
 * evidence offsets, {@code confidence}, {@code story_id}, {@code reported_on}, the actors' entity ids), so the file reads back
 * without loss.
 */
public final class PloverFormat {
    private PloverFormat() {
    }

    /** Streams a JSON array, one indented record per event. */
    static final class Writer implements EventWriter {
        private final JsonGenerator g;

        Writer(java.io.Writer out) throws IOException {
            g = Json.mapper().getFactory().createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.useDefaultPrettyPrinter();
            g.writeStartArray();
        }

        @Override
        public void write(Event e) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", e.id());
            g.writeStringField("date", e.date() == null ? null : e.date().start().toString());
            actors(g, "source", e.source());
            actors(g, "target", e.target());
            g.writeStringField("event", e.type().name());
            optional(g, "eventText", e.trigger());
            optional(g, "mode", e.mode());
            optional(g, "context", e.context());
            g.writeStringField("text", e.evidence().text());
            if (e.location() != null) {
                g.writeObjectFieldStart("eventLoc");
                g.writeStringField("name", e.location());
                g.writeEndObject();
            }
            g.writeStringField("language", "en");
            g.writeObjectFieldStart("attache");
            g.writeStringField("article_id", e.articleId());
            g.writeStringField("cameo", e.cameo());
            g.writeStringField("status", e.status().label());
            Json.writeDate(g, e.date());
            g.writeObjectFieldStart("evidence");
            g.writeNumberField("start", e.evidence().start());
            g.writeNumberField("end", e.evidence().end());
            g.writeEndObject();
            g.writeNumberField("confidence", e.confidence());
            g.writeStringField("story_id", e.storyId());
            g.writeStringField("reported_on", e.reportedOn() == null ? null : e.reportedOn().toString());
            entityIds(g, "source_entity_ids", e.source());
            entityIds(g, "target_entity_ids", e.target());
            countrySources(g, "source_country_sources", e.source());
            countrySources(g, "target_country_sources", e.target());
            g.writeEndObject();
            g.writeEndObject();
        }

        @Override
        public void finish() throws IOException {
            g.writeEndArray();
            g.writeRaw('\n');
            g.flush();
        }

        private static void actors(JsonGenerator g, String field, List<EventActor> actors) throws IOException {
            g.writeArrayFieldStart(field);
            for (EventActor a : actors) {
                g.writeStartObject();
                g.writeStringField("actorText", a.name());
                g.writeStringField("code", a.country());
                optional(g, "sector", a.sector());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private static void entityIds(JsonGenerator g, String field, List<EventActor> actors) throws IOException {
            g.writeArrayFieldStart(field);
            for (EventActor a : actors) {
                g.writeString(a.entityId());
            }
            g.writeEndArray();
        }

        private static void countrySources(JsonGenerator g, String field, List<EventActor> actors) throws IOException {
            g.writeArrayFieldStart(field);
            for (EventActor a : actors) {
                g.writeString(a.countrySource() == null ? null : a.countrySource().id());
            }
            g.writeEndArray();
        }

        private static void optional(JsonGenerator g, String field, String value) throws IOException {
            if (value != null) {
                g.writeStringField(field, value);
            }
        }
    }

    /**
     * Reads a PLOVER export written by Attaché. A record without its {@code attache} block (a PLOVER file
     * from elsewhere) fails naming the record, since its CAMEO code and status are not known.
     */
    public static List<Event> read(Reader in) throws IOException {
        JsonNode root = Json.mapper().readTree(in);
        if (root == null || !root.isArray()) {
            throw new IOException("a PLOVER export is a JSON array");
        }
        List<Event> events = new ArrayList<>();
        int index = 0;
        for (JsonNode r : root) {
            String id = text(r, "id");
            try {
                events.add(event(r));
            } catch (RuntimeException e) {
                throw new IOException("PLOVER record " + index + " (" + id + "): " + e.getMessage(), e);
            }
            index++;
        }
        return events;
    }

    private static Event event(JsonNode r) {
        JsonNode a = r.get("attache");
        if (a == null || !a.isObject()) {
            throw new IllegalArgumentException("no \"attache\" block");
        }
        JsonNode d = a.path("date");
        EventDate date = d.isObject()
                ? new EventDate(PartialDate.parse(text(d, "start")), PartialDate.parse(text(d, "end")),
                DatePrecision.valueOf(text(d, "precision").toUpperCase(Locale.ROOT)), text(d, "text"))
                : null;
        String articleId = text(a, "article_id");
        String label = text(r, "event");
        PloverType type = PloverType.fromLabel(label)
                .orElseThrow(() -> new IllegalArgumentException("unknown PLOVER event " + label));
        JsonNode ev = a.path("evidence");
        return new Event(text(r, "id"), articleId, type, text(a, "cameo"), text(r, "mode"), text(r, "context"),
                EventStatus.fromLabel(text(a, "status")), text(r, "eventText"),
                actors(r.path("source"), a.path("source_entity_ids"), a.path("source_country_sources")),
                actors(r.path("target"), a.path("target_entity_ids"), a.path("target_country_sources")),
                text(r.path("eventLoc"), "name"), date,
                new Evidence(articleId, ev.path("start").asInt(), ev.path("end").asInt(), text(r, "text")),
                a.path("confidence").asDouble(), text(a, "story_id"),
                text(a, "reported_on") == null ? null : java.time.LocalDate.parse(text(a, "reported_on")));
    }

    private static List<EventActor> actors(JsonNode list, JsonNode ids, JsonNode sources) {
        List<EventActor> actors = new ArrayList<>();
        if (!list.isArray()) {
            return actors; // PLOVER files write "" for no target
        }
        for (int i = 0; i < list.size(); i++) {
            JsonNode x = list.get(i);
            actors.add(new EventActor(text(ids, i), text(x, "actorText"), text(x, "code"), text(x, "sector"),
                    AffiliationSource.fromId(text(sources, i))));
        }
        return actors;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static String text(JsonNode array, int i) {
        JsonNode v = array.isArray() ? array.get(i) : null;
        return v == null || v.isNull() ? null : v.asText();
    }
}
