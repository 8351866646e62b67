package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.attache.json.Json;
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

    /** One scored record, for inspection; {@code fold} is its fold under the split asked for (0 without one). */
    public record RecordResult(String id, int fold, String text, Set<String> goldTypes, Set<String> predictedTypes,
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
            return format("PLOVER event types", true);
        }

        /** The tables as text under a heading; the triple table only when asked for. */
        public String format(String heading, boolean withTriples) {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%s (%d records, %.1f s)%n", heading, records, seconds));
            sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "pred", "ok",
                    "P", "R", "F1"));
            for (Row r : types) {
                sb.append(line(r));
            }
            if (withTriples) {
                sb.append(String.format(Locale.ROOT, "%n(source country, target country, type) triples%n"));
                sb.append(String.format(Locale.ROOT, "%-12s %6s %6s %6s %7s %7s %7s%n", "", "gold", "pred", "ok",
                        "P", "R", "F1"));
                sb.append(line(triples));
            }
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

        /** The same scoring over the records of the given folds only. */
        public Report ofFolds(Set<Integer> folds) {
            return score(details.stream().filter(d -> folds.contains(d.fold())).toList(), 0, 0);
        }
    }

    /**
     * A report split into {@code k} folds by a hash of each record's id (the same record always falls in the
     * same fold), so rules can be tuned on some folds and measured on the others.
     *
     * @param k        number of folds
     * @param heldOut  the folds designated as held out (never looked at while writing rules); may be empty
     * @param all      the report over every record
     * @param folds    one report per fold, fold 0 first
     */
    public record FoldReport(int k, Set<Integer> heldOut, Report all, List<Report> folds) {
        /** Mean of the folds' type micro F1. */
        public double meanTypeF1() {
            return folds.stream().mapToDouble(f -> f.micro().f1()).average().orElse(0);
        }

        /** Mean of the folds' triple F1. */
        public double meanTripleF1() {
            return folds.stream().mapToDouble(f -> f.triples().f1()).average().orElse(0);
        }

        /** The folds not held out, pooled. */
        public Report tuning() {
            Set<Integer> tune = new TreeSet<>();
            for (int i = 0; i < k; i++) {
                if (!heldOut.contains(i)) {
                    tune.add(i);
                }
            }
            return all.ofFolds(tune);
        }

        /** The held-out folds, pooled. */
        public Report heldOutReport() {
            return all.ofFolds(heldOut);
        }

        /** Per-fold figures, their mean, and the tuning and held-out sets pooled. */
        public String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "%nFolds: %d, by SHA-256 of the record id; held out: %s%n", k, heldOut.isEmpty() ? "none" : heldOut));
            sb.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %7s %9s %9s %9s%n", "fold", "records", "type P",
                    "type R", "type F1", "triple P", "triple R", "triple F1"));
            for (int i = 0; i < folds.size(); i++) {
                sb.append(line("fold " + i + (heldOut.contains(i) ? " (held out)" : ""), folds.get(i)));
            }
            sb.append(String.format(Locale.ROOT, "%-22s %7s %7s %7s %7.4f %9s %9s %9.4f%n", "mean of folds", "", "",
                    "", meanTypeF1(), "", "", meanTripleF1()));
            if (!heldOut.isEmpty()) {
                sb.append(line("tuning folds, pooled", tuning()));
                sb.append(line("held-out folds, pooled", heldOutReport()));
            }
            return sb.toString();
        }

        private static String line(String label, Report r) {
            Row t = r.micro();
            Row x = r.triples();
            return String.format(Locale.ROOT, "%-22s %7d %7.4f %7.4f %7.4f %9.4f %9.4f %9.4f%n", label, r.records(),
                    t.precision(), t.recall(), t.f1(), x.precision(), x.recall(), x.f1());
        }

        /** Per-fold and pooled figures as a JSON-ready map (no per-record details). */
        public Map<String, Object> toMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("k", k);
            m.put("held_out", heldOut);
            List<Map<String, Object>> rows = new ArrayList<>();
            for (int i = 0; i < folds.size(); i++) {
                Map<String, Object> f = summary(folds.get(i));
                f.put("fold", i);
                f.put("held_out", heldOut.contains(i));
                rows.add(f);
            }
            m.put("folds", rows);
            m.put("mean_type_f1", round(meanTypeF1()));
            m.put("mean_triple_f1", round(meanTripleF1()));
            if (!heldOut.isEmpty()) {
                m.put("tuning", summary(tuning()));
                m.put("held_out_pooled", summary(heldOutReport()));
            }
            return m;
        }

        private static Map<String, Object> summary(Report r) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("records", r.records());
            m.put("type", rowMap(r.micro()));
            m.put("triples", rowMap(r.triples()));
            return m;
        }
    }

    /** The fold of a record id among {@code k}: the first four bytes of its SHA-256, unsigned, modulo k. */
    public static int fold(String id, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("need at least one fold, got " + k);
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            long v = ((h[0] & 0xFFL) << 24) | ((h[1] & 0xFFL) << 16) | ((h[2] & 0xFFL) << 8) | (h[3] & 0xFFL);
            return (int) (v % k);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #run(Path, ArticleAnnotator, EventCoder)} split into {@code k} folds. */
    public static FoldReport runFolds(Path plover, ArticleAnnotator annotator, EventCoder coder, int k,
                                      Set<Integer> heldOut) throws IOException {
        return runFolds(plover, annotator, coder, new EntityResolver(), k, heldOut);
    }

    /** As {@link #runFolds(Path, ArticleAnnotator, EventCoder, int, Set)}, resolving with {@code resolver}. */
    public static FoldReport runFolds(Path plover, ArticleAnnotator annotator, EventCoder coder,
                                      EntityResolver resolver, int k, Set<Integer> heldOut) throws IOException {
        for (int f : heldOut) {
            if (f < 0 || f >= k) {
                throw new IllegalArgumentException("held-out fold " + f + " is not among folds 0.." + (k - 1));
            }
        }
        Report all = run(plover, annotator, coder, resolver, k);
        List<Report> folds = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            folds.add(all.ofFolds(Set.of(i)));
        }
        return new FoldReport(k, Collections.unmodifiableSortedSet(new TreeSet<>(heldOut)), all, folds);
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
        return run(plover, annotator, coder, resolver, 1);
    }

    private static Report run(Path plover, ArticleAnnotator annotator, EventCoder coder, EntityResolver resolver,
                              int k) throws IOException {
        if (!Files.isRegularFile(plover)) {
            throw new IOException("PLOVER file not found: " + plover);
        }
        JsonNode root = Json.mapper().readTree(plover.toFile());
        if (!root.isArray()) {
            throw new IOException(plover + ": expected a JSON list of PLOVER records");
        }
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
            List<Event> events = code(id, plover + "#" + id, text, annotator, resolver, coder);
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
            details.add(new RecordResult(id, fold(id, k), text, goldTypes, predTypes, goldTriples, predTriples));
        }
        return score(details, (System.nanoTime() - t0) / 1e9, tokens);
    }

    /** One text coded as a one-paragraph article with no date, against a fresh in-memory registry. */
    static List<Event> code(String id, String source, String text, ArticleAnnotator annotator,
                            EntityResolver resolver, EventCoder coder) {
        Article article = new Article(id, source, null, null, null, false, List.of(text), List.of(),
                null, null, null, "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Annotated annotated = annotator.annotate(article);
        Resolved resolved = resolver.resolve(annotated, registry);
        return coder.code(resolved, registry);
    }

    /** Type rows (per type, then micro) and the triple row over scored records. */
    static Report score(List<RecordResult> details, double seconds, long tokens) {
        Map<PloverType, int[]> counts = new LinkedHashMap<>();
        for (PloverType t : PloverType.values()) {
            counts.put(t, new int[3]);
        }
        int[] triple = new int[3];
        for (RecordResult d : details) {
            for (PloverType t : PloverType.values()) {
                int[] c = counts.get(t);
                boolean g = d.goldTypes().contains(t.name());
                boolean p = d.predictedTypes().contains(t.name());
                c[0] += g ? 1 : 0;
                c[1] += p ? 1 : 0;
                c[2] += g && p ? 1 : 0;
            }
            triple[0] += d.goldTriples().size();
            triple[1] += d.predictedTriples().size();
            for (String g : d.goldTriples()) {
                triple[2] += d.predictedTriples().contains(g) ? 1 : 0;
            }
        }
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
        return new Report(details.size(), seconds, tokens, rows, new Row("triples", triple[0], triple[1], triple[2]),
                details);
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
