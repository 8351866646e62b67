package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventCoder;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.web.json.Json;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.nlp.resolve.EntityResolver;

/**
 * Scores the event coder on a PLOVER gold-standard JSON file (e.g. {@code bench/events/plover-gsr.dev.json}):
 * each record's text is annotated, resolved (fresh in-memory registry) and coded without an article date.
 * (a) Event type: per record, the predicted type set against the gold type set (legacy labels mapped by
 * {@link PloverType#fromLabel}; DOCUMENT records skipped); P/R/F1 per type and micro. (b) Triples
 * (source country, target country, type): gold = source codes × target codes (target "" when none),
 * predicted likewise from the events, international organisations as "IGO" as the file prints them; micro
 * P/R/F1. Sectors are not scored.
 */
public final class EventEvaluation {
    private EventEvaluation() {
    }

    /** One row of the type table. */
    public record Row(String type, int gold, int predicted, int correct) {
        public double precision() {
            return predicted == 0 ? 0 : (double) correct / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) correct / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One scored record, for inspection. */
    public record RecordResult(String id, String text, Set<String> goldTypes, Set<String> predictedTypes,
                               Set<String> goldTriples, Set<String> predictedTriples) {
    }

    /**
     * The whole report.
     *
     * @param records  records scored
     * @param seconds  wall time of annotate + resolve + code
     * @param tokens   whitespace tokens of the texts, for speed
     * @param types    per-type rows, then "micro"
     * @param triples  the triple row
     * @param details  per-record sets
     */
    public record Report(int records, double seconds, long tokens, List<Row> types, Row triples,
                         List<RecordResult> details) {
        /** The micro row of the type table. */
        public Row micro() {
            return types.get(types.size() - 1);
        }

        /** The tables as text, in the style of {@code eval ner}. */
        public String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "PLOVER event types (%d records, %.1f s)%n", records, seconds));
            sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "ok",
                    "P", "R", "F1"));
            for (Row r : types) {
                sb.append(line(r));
            }
            sb.append(String.format(Locale.ROOT, "%n(source country, target country, type) triples%n"));
            sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "", "gold", "pred", "ok", "P",
                    "R", "F1"));
            sb.append(line(triples));
            return sb.toString();
        }

        private static String line(Row r) {
            return String.format(Locale.ROOT, "%-12s %6d %6d %6d %7.4f %7.4f %7.4f%n", r.type(), r.gold(),
                    r.predicted(), r.correct(), r.precision(), r.recall(), r.f1());
        }

        /** The tables as a JSON-ready map (records' details included). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records", records);
            m.put("seconds", Math.round(seconds * 10) / 10.0);
            m.put("tokens", tokens);
            m.put("types", types.stream().map(EventEvaluation::rowMap).toList());
            m.put("triples", rowMap(triples));
            m.put("details", details);
            return m;
        }
    }

    private static Map<String, Object> rowMap(Row r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", r.type());
        m.put("gold", r.gold());
        m.put("predicted", r.predicted());
        m.put("correct", r.correct());
        m.put("precision", round(r.precision()));
        m.put("recall", round(r.recall()));
        m.put("f1", round(r.f1()));
        return m;
    }

    private static double round(double d) {
        return Math.round(d * 10000) / 10000.0;
    }

    /**
     * @param plover    the PLOVER JSON file (a list of records with "event", "text", "source", "target")
     * @param annotator the annotator chain
     * @param coder     the coder under test
     */
    public static Report run(Path plover, ArticleAnnotator annotator, EventCoder coder) throws IOException {
        return run(plover, annotator, coder, new EntityResolver());
    }

    /** As {@link #run(Path, ArticleAnnotator, EventCoder)}, resolving with {@code resolver} (its knowledge). */
    public static Report run(Path plover, ArticleAnnotator annotator, EventCoder coder, EntityResolver resolver)
            throws IOException {
        if (!Files.isRegularFile(plover)) {
            throw new IOException("PLOVER file not found: " + plover);
        }
        JsonNode root = Json.mapper().readTree(plover.toFile());
        if (!root.isArray()) {
            throw new IOException(plover + ": expected a JSON list of PLOVER records");
        }
        Map<PloverType, int[]> counts = new LinkedHashMap<>();
        for (PloverType t : PloverType.values()) {
            counts.put(t, new int[3]);
        }
        int[] triple = new int[3];
        List<RecordResult> details = new ArrayList<>();
        long tokens = 0;
        long t0 = System.nanoTime();
        int n = 0;
        for (JsonNode r : root) {
            var type = PloverType.fromLabel(r.path("event").asText(null));
            String text = r.path("text").asText("");
            if (type.isEmpty() || text.isBlank()) {
                continue;
            }
            n++;
            tokens += text.split("\\s+").length;
            String id = r.path("id").asText("record-" + n);
            Article article = new Article(id, plover + "#" + id, null, null, null, false, List.of(text), List.of(),
                    null, null, null, "en", List.of(), null, null);
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            Annotated annotated = annotator.annotate(article);
            Resolved resolved = resolver.resolve(annotated, registry);
            List<Event> events = coder.code(resolved, registry);

            Set<String> goldTypes = Set.of(type.get().name());
            Set<String> predTypes = new TreeSet<>();
            Set<String> predTriples = new TreeSet<>();
            for (Event e : events) {
                predTypes.add(e.type().name());
                List<String> sources = e.source().stream().map(EventEvaluation::code).toList();
                List<String> targets = e.target().isEmpty() ? List.of("")
                        : e.target().stream().map(EventEvaluation::code).toList();
                for (String s : sources) {
                    for (String t : targets) {
                        predTriples.add(s + "|" + t + "|" + e.type().name());
                    }
                }
            }
            Set<String> goldTriples = new TreeSet<>();
            for (String s : codes(r.get("source"))) {
                for (String t : codes(r.get("target"))) {
                    goldTriples.add(s + "|" + t + "|" + type.get().name());
                }
            }
            for (PloverType t : PloverType.values()) {
                int[] c = counts.get(t);
                boolean g = goldTypes.contains(t.name());
                boolean p = predTypes.contains(t.name());
                c[0] += g ? 1 : 0;
                c[1] += p ? 1 : 0;
                c[2] += g && p ? 1 : 0;
            }
            triple[0] += goldTriples.size();
            triple[1] += predTriples.size();
            for (String g : goldTriples) {
                triple[2] += predTriples.contains(g) ? 1 : 0;
            }
            details.add(new RecordResult(id, text, goldTypes, predTypes, goldTriples, predTriples));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        List<Row> rows = new ArrayList<>();
        int[] micro = new int[3];
        for (var e : counts.entrySet()) {
            int[] c = e.getValue();
            if (c[0] == 0 && c[1] == 0) {
                continue;
            }
            rows.add(new Row(e.getKey().name(), c[0], c[1], c[2]));
            for (int i = 0; i < 3; i++) {
                micro[i] += c[i];
            }
        }
        rows.add(new Row("micro", micro[0], micro[1], micro[2]));
        return new Report(n, seconds, tokens, rows, new Row("triples", triple[0], triple[1], triple[2]), details);
    }

    /**
     * The code the gold file would print for an actor: ISO3, or "IGO" for an international organisation (the
     * PLOVER file prints international NGOs such as Amnesty International and the Red Cross as IGO too), or "".
     */
    static String code(EventActor a) {
        String c = a.country();
        if (c == null) {
            return "";
        }
        if ("IGO".equals(a.sector()) || "NGO".equals(a.sector()) || CodeNames.isIgo(c)
                || (c.length() != 3 || !c.chars().allMatch(Character::isUpperCase))) {
            return "IGO";
        }
        return c;
    }

    private static Set<String> codes(JsonNode side) {
        Set<String> out = new LinkedHashSet<>();
        if (side != null && side.isArray()) {
            for (JsonNode a : side) {
                out.add(a.path("code").asText(""));
            }
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }
}
