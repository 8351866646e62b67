package org.attache.app.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.json.Json;

/**
 * The facts development set's gold file ({@code eval/facts/facts-dev.jsonl}, docs/FACTS-DEVSET.md): one
 * story per line with its sentences as character offsets into the corpus record's {@code text}, the events
 * an analyst reads in them and the entities that matter. The file holds ids and annotations only; the texts
 * stay in the corpus, and {@link #verify} detects a corpus that no longer matches the annotation.
 */
public final class FactsGold {
    private FactsGold() {
    }

    /** The half a story belongs to: rules may be tuned on {@code TUNE} only. */
    public enum Split {
        TUNE, HELDOUT;

        /** "tune" or "heldout". */
        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The split of a story id: the parity of the SHA-256 of its UTF-8 bytes, odd for held-out. */
        public static Split of(String storyId) {
            byte[] digest = sha256(storyId);
            return (digest[digest.length - 1] & 1) == 1 ? HELDOUT : TUNE;
        }
    }

    /** A character span [start, end) of the story text. */
    public record Span(int start, int end) {
        /** Characters shared with [s, e). */
        public int overlap(int s, int e) {
            return Math.max(0, Math.min(end, e) - Math.max(start, s));
        }
    }

    /** One side of a gold event: the name as printed and its country or organisation code (null: none). */
    public record Actor(String name, String country) {
    }

    /**
     * When the text says the event happened, resolved against the story's date.
     *
     * @param value     YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD; null when the text gives no date
     * @param precision day, month, year or unknown
     * @param text      the words that give it, or null
     */
    public record GoldDate(String value, String precision, String text) {
    }

    /**
     * One event an analyst reads in a sentence.
     *
     * @param sentence        index into the story's sentences
     * @param sentenceHash    {@link #shortHash} of the sentence text, to detect a changed corpus
     * @param alsoTypes       other types the codebooks allow for this wording (may be empty)
     * @param eitherDirection the text does not say who acts on whom ("A and B met")
     * @param target          empty when the event has no recipient
     */
    public record Event(int sentence, String sentenceHash, PloverType type, Set<PloverType> alsoTypes,
                        EventStatus status, List<Actor> source, List<Actor> target, boolean eitherDirection,
                        GoldDate date) {
    }

    /** An entity that matters in the story, with its country or organisation code as of the story's date. */
    public record Entity(String name, List<String> aka, String type, String country) {
    }

    /** One annotated story. */
    public record Story(String id, String corpus, String pool, String published, Split split, String textHash,
                        List<Span> sentences, List<Event> events, List<Entity> entities) {
    }

    /** A gold file that cannot be read, named with its line. */
    public static final class FormatException extends RuntimeException {
        public FormatException(String message) {
            super(message);
        }
    }

    /** A corpus record that no longer matches what was annotated. */
    public static final class DriftException extends RuntimeException {
        public DriftException(String message) {
            super(message);
        }
    }

    /** Reads every story of {@code file}. */
    public static List<Story> read(Path file) throws IOException {
        List<Story> stories = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            String where = file.getFileName() + ":" + (i + 1);
            try {
                stories.add(story(Json.mapper().readTree(lines.get(i)), where));
            } catch (JsonProcessingException e) {
                throw new FormatException(where + ": not JSON (" + e.getOriginalMessage() + ")");
            } catch (IllegalArgumentException | NullPointerException e) {
                throw new FormatException(where + ": " + e.getMessage());
            }
        }
        if (stories.isEmpty()) {
            throw new FormatException(file + ": no stories");
        }
        return stories;
    }

    private static Story story(JsonNode n, String where) {
        String id = text(n, "id");
        Split split = Split.valueOf(text(n, "split").toUpperCase(Locale.ROOT));
        if (split != Split.of(id)) {
            throw new IllegalArgumentException("story " + id + " is marked " + split.label()
                    + " but its id hashes to " + Split.of(id).label());
        }
        List<Span> sentences = new ArrayList<>();
        for (JsonNode s : n.path("sentences")) {
            sentences.add(new Span(s.get(0).asInt(), s.get(1).asInt()));
        }
        List<Event> events = new ArrayList<>();
        for (JsonNode e : n.path("events")) {
            int sentence = e.path("sentence").asInt(-1);
            if (sentence < 0 || sentence >= sentences.size()) {
                throw new IllegalArgumentException("story " + id + ": event in sentence " + sentence + " of "
                        + sentences.size());
            }
            Set<PloverType> also = EnumSet.noneOf(PloverType.class);
            e.path("also_types").forEach(t -> also.add(PloverType.valueOf(t.asText())));
            JsonNode d = e.path("date");
            events.add(new Event(sentence, text(e, "sentence_hash"), PloverType.valueOf(text(e, "type")), also,
                    EventStatus.fromLabel(text(e, "status")), actors(e.path("source")), actors(e.path("target")),
                    e.path("either_direction").asBoolean(false),
                    new GoldDate(d.path("value").asText(null), d.path("precision").asText("unknown"),
                            d.path("text").asText(null))));
        }
        List<Entity> entities = new ArrayList<>();
        for (JsonNode e : n.path("entities")) {
            List<String> aka = new ArrayList<>();
            e.path("aka").forEach(a -> aka.add(a.asText()));
            entities.add(new Entity(text(e, "name"), aka, text(e, "type"), e.path("country").asText(null)));
        }
        return new Story(id, text(n, "corpus"), n.path("pool").asText(null), n.path("published").asText(null), split,
                text(n, "text_hash"), sentences, events, entities);
    }

    private static List<Actor> actors(JsonNode list) {
        List<Actor> out = new ArrayList<>();
        for (JsonNode a : list) {
            out.add(new Actor(text(a, "name"), a.path("country").asText(null)));
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    /**
     * Checks that {@code text} is the text the story was annotated on: its sentences lie inside it and
     * each event's sentence has the hash recorded, then the whole text's hash.
     *
     * @throws DriftException naming the story and the first sentence that differs
     */
    public static void verify(Story story, String text) {
        for (Event e : story.events()) {
            Span s = story.sentences().get(e.sentence());
            if (s.end() > text.length()) {
                throw new DriftException("story " + story.id() + ": sentence " + e.sentence()
                        + " ends past the text; the corpus is not the one annotated");
            }
            String hash = shortHash(text.substring(s.start(), s.end()));
            if (!hash.equals(e.sentenceHash())) {
                throw new DriftException("story " + story.id() + ": sentence " + e.sentence() + " has hash " + hash
                        + ", annotated as " + e.sentenceHash() + "; the corpus is not the one annotated");
            }
        }
        if (!shortHash(text).equals(story.textHash())) {
            throw new DriftException("story " + story.id() + ": text has hash " + shortHash(text) + ", annotated as "
                    + story.textHash() + "; the corpus is not the one annotated");
        }
    }

    /** The first 12 hex digits of the SHA-256 of the UTF-8 bytes of {@code text}. */
    public static String shortHash(String text) {
        return HexFormat.of().formatHex(sha256(text)).substring(0, 12);
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
