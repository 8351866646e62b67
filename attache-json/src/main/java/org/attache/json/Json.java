package org.attache.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.relevance.Relevance;
import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;

/**
 * The one place that decides how records look as JSON: snake_case names, nulls kept (a null says "the
 * source does not give this"), a date's provenance and an affiliation's source in lower case ({@code json_ld},
 * {@code office}); other enums keep
 * their names (PERSON, CONSULT) as the design's records write them; {@code LocalDate} and {@code Instant}
 * are ISO-8601 strings. Thread-safe. The CLI's {@code --json}, the exports and the web API all write
 * through this class, so a record looks the same everywhere.
 *
 * <p>An {@link Event} is written as the design's record: {@code type} its PLOVER name, {@code status} and
 * {@code date.precision} in lower case, dates as {@link PartialDate#toString()} ({@code --04-29} when the
 * year is unknown), {@code evidence} as {@code {text, start, end}} (its article is the event's
 * {@code article_id}). {@code mapper().readValue(json, Event.class)} reads it back.
 */
public final class Json {
    /*
     * Buffers come from one shared pool rather than a thread-local one: the server runs each request on a new
     * virtual thread, so a thread-local pool handed every response fresh buffers (an eighth of a search's garbage).
     */
    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .recyclerPool(JsonRecyclerPools.sharedConcurrentDequePool()).build())
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .registerModule(new SimpleModule("attache-enums").addSerializer(DateProvenance.class, new LowerCaseEnum())
                    .addSerializer(AffiliationSource.class, new SourceId())
                    .addDeserializer(AffiliationSource.class, new SourceFromId())
                    .addSerializer(Event.class, new EventSerializer())
                    .addSerializer(Relevance.class, new RelevanceSerializer())
                    .addDeserializer(Event.class, new EventDeserializer()));

    private Json() {
    }

    /** The shared mapper; configure nothing on it. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** One line of JSON, for JSONL output. */
    public static String line(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Indented JSON, for a single object on a terminal. */
    public static String pretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An article as the design's record plus its {@code relevance} ({@code {label, score}}, or null when it was not
     * judged), as {@code show --json} and the API's article print it.
     */
    public static ObjectNode article(Article article, Relevance relevance) {
        ObjectNode node = MAPPER.valueToTree(article);
        node.set("relevance", MAPPER.valueToTree(relevance));
        return node;
    }

    /** A relevance as {@code {"label": "political", "score": 0.912}}. */
    private static final class RelevanceSerializer extends JsonSerializer<Relevance> {
        @Override
        public void serialize(Relevance value, JsonGenerator g, SerializerProvider serializers) throws IOException {
            g.writeStartObject();
            g.writeStringField("label", value.label().label());
            g.writeNumberField("score", Math.round(value.score() * 1000) / 1000.0);
            g.writeEndObject();
        }
    }

    private static final class LowerCaseEnum extends JsonSerializer<DateProvenance> {
        @Override
        public void serialize(DateProvenance value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            gen.writeString(value.name().toLowerCase(Locale.ROOT));
        }
    }

    /** An affiliation source as its stored id ({@code office}, {@code context}, …). */
    private static final class SourceId extends JsonSerializer<AffiliationSource> {
        @Override
        public void serialize(AffiliationSource value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeString(value.id());
        }
    }

    private static final class SourceFromId extends com.fasterxml.jackson.databind.JsonDeserializer<AffiliationSource> {
        @Override
        public AffiliationSource deserialize(com.fasterxml.jackson.core.JsonParser p,
                                             com.fasterxml.jackson.databind.DeserializationContext ctx) throws IOException {
            return AffiliationSource.fromId(p.getValueAsString());
        }
    }

    /** Writes an event as the design's Event record. */
    public static void writeEvent(Event e, JsonGenerator g) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("article_id", e.articleId());
        g.writeStringField("type", e.type().name());
        g.writeStringField("cameo", e.cameo());
        g.writeStringField("mode", e.mode());
        g.writeStringField("context", e.context());
        g.writeStringField("status", e.status().label());
        g.writeStringField("trigger", e.trigger());
        writeActors(g, "source", e.source());
        writeActors(g, "target", e.target());
        g.writeStringField("location", e.location());
        writeDate(g, e.date());
        g.writeObjectFieldStart("evidence");
        g.writeStringField("text", e.evidence().text());
        g.writeNumberField("start", e.evidence().start());
        g.writeNumberField("end", e.evidence().end());
        g.writeEndObject();
        g.writeNumberField("confidence", e.confidence());
        g.writeStringField("story_id", e.storyId());
        // the article's publication day, for a reader where the event's own date is unknown: not an event date
        g.writeStringField("reported_on", e.reportedOn() == null ? null : e.reportedOn().toString());
        g.writeEndObject();
    }

    /** Writes an event date as the field {@code date}: {@code {start, end, precision, text}}, or null. */
    public static void writeDate(JsonGenerator g, EventDate date) throws IOException {
        if (date == null) {
            g.writeNullField("date");
            return;
        }
        g.writeObjectFieldStart("date");
        g.writeStringField("start", date.start().toString());
        g.writeStringField("end", date.end().toString());
        g.writeStringField("precision", date.precision().label());
        g.writeStringField("text", date.text());
        g.writeEndObject();
    }

    private static void writeActors(JsonGenerator g, String field, List<EventActor> actors) throws IOException {
        g.writeArrayFieldStart(field);
        for (EventActor a : actors) {
            g.writeStartObject();
            g.writeStringField("entity_id", a.entityId());
            g.writeStringField("name", a.name());
            g.writeStringField("country", a.country());
            g.writeStringField("country_name", org.attache.nlp.gazetteer.CodeNames.displayName(a.country()));
            g.writeStringField("country_source", a.countrySource() == null ? null : a.countrySource().id());
            g.writeStringField("sector", a.sector());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /**
     * Reads an event written by {@link #writeEvent}. A wrong or missing required field fails with an
     * {@link IllegalArgumentException} naming the field and the event id.
     */
    public static Event readEvent(JsonNode n) {
        String id = text(n, "id");
        try {
            JsonNode date = n.path("date");
            EventDate eventDate = date.isObject()
                    ? new EventDate(PartialDate.parse(text(date, "start")), PartialDate.parse(text(date, "end")),
                    DatePrecision.valueOf(text(date, "precision").toUpperCase(Locale.ROOT)), text(date, "text"))
                    : null;
            String articleId = text(n, "article_id");
            JsonNode ev = n.path("evidence");
            Evidence evidence = new Evidence(articleId, ev.path("start").asInt(), ev.path("end").asInt(),
                    text(ev, "text"));
            String typeLabel = text(n, "type");
            PloverType type = PloverType.fromLabel(typeLabel)
                    .orElseThrow(() -> new IllegalArgumentException("unknown PLOVER type " + typeLabel));
            String status = text(n, "status");
            return new Event(id, articleId, type, text(n, "cameo"), text(n, "mode"), text(n, "context"),
                    status == null ? null : EventStatus.fromLabel(status), text(n, "trigger"),
                    readActors(n.path("source")), readActors(n.path("target")), text(n, "location"), eventDate,
                    evidence, n.path("confidence").asDouble(), text(n, "story_id"),
                    text(n, "reported_on") == null ? null : java.time.LocalDate.parse(text(n, "reported_on")));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("bad event " + id + ": " + e.getMessage(), e);
        }
    }

    private static List<EventActor> readActors(JsonNode list) {
        List<EventActor> actors = new ArrayList<>();
        for (JsonNode a : list) {
            actors.add(new EventActor(text(a, "entity_id"), text(a, "name"), text(a, "country"), text(a, "sector"),
                    AffiliationSource.fromId(text(a, "country_source"))));
        }
        return actors;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static final class EventSerializer extends JsonSerializer<Event> {
        @Override
        public void serialize(Event value, JsonGenerator gen, SerializerProvider serializers) throws IOException {
            writeEvent(value, gen);
        }
    }

    private static final class EventDeserializer extends JsonDeserializer<Event> {
        @Override
        public Event deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            return readEvent(node);
        }
    }
}
