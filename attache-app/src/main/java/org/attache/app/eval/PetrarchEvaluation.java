package org.attache.app.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


import org.attache.api.Annotated;
import org.attache.api.Article;
import org.attache.api.ArticleAnnotator;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventCoder;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.resolve.EntityResolver;

/**
 * Scores the event coder against the PETRARCH-2 validation file ({@code PETR2_GSR_validation.xml}): each
 * {@code <Sentence evaluate="true">} record's {@code <Text>} is annotated, resolved (fresh in-memory registry)
 * and coded with the record's {@code date} attribute as the article's publication day. Its
 * {@code <EventCoding eventcode sourcecode targetcode>} elements are the gold events; a record with
 * {@code noevents} or with no coding expects none. A record with an empty {@code <Text>} is read from the word
 * forms of its CoNLL-U {@code <Parse>}.
 *
 * <p>Figures: <b>CAMEO root agreement</b> = gold events whose root code (the first two digits: "042" → "04") is
 * among the roots of our events for that sentence, over all gold events; <b>root precision</b> = distinct
 * predicted roots per sentence that are among its gold roots, over all distinct predicted roots (a sentence
 * coded "met A, B and C" gives one root, not three); <b>country-pair agreement</b> = gold events whose
 * (source country, target country) pair is among our events' pairs for that sentence, and the same with the
 * root required too. Countries compare as PETRARCH prints them: ISO alpha-3, "IGO" or "NGO" for organisations,
 * "" for none or unknown ({@code ---}). Sectors are not scored. Records without gold events count how often we
 * also code nothing.
 */
public final class PetrarchEvaluation {
    private static final Pattern SENTENCE = Pattern.compile("<Sentence\\b[^>]*>");
    private static final Pattern CODING = Pattern.compile("<EventCoding\\b[^>]*>");
    private static final Pattern TEXT = Pattern.compile("<Text>(.*?)</Text>", Pattern.DOTALL);
    private static final Pattern PARSE = Pattern.compile("<Parse>(.*?)</Parse>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("([A-Za-z_:][\\w.:-]*)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");
    private static final Set<String> COUNTRIES = Set.copyOf(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3));

    private PetrarchEvaluation() {
    }

    /** A gold event as the file prints it. */
    public record GoldEvent(String cameo, String source, String target) {
        /** "04" for "042". */
        public String root() {
            return root(cameo);
        }

        static String root(String code) {
            return code == null || code.length() < 2 ? "" : code.substring(0, 2);
        }
    }

    /** One validation record as read from the file. */
    public record Record(String id, String date, String text, List<GoldEvent> gold) {
    }

    /** One of our events, reduced to what is scored. */
    public record Predicted(String cameo, String type, String source, String target) {
    }

    /**
     * One scored record.
     *
     * @param rootsMatched gold events whose root we have
     * @param pairsMatched gold events whose country pair we have
     */
    public record RecordResult(String id, String date, String text, List<GoldEvent> gold, List<Predicted> predicted,
                               Set<String> goldRoots, Set<String> predictedRoots, int rootsMatched,
                               int pairsMatched) {
    }

    /**
     * The whole report; serialisable with Jackson (records and their accessors).
     *
     * @param records             records scored (evaluate="true")
     * @param goldEvents          gold events
     * @param rootsMatched        gold events whose root we have
     * @param predictedRoots      distinct (record, root) pairs we predicted
     * @param predictedRootsRight of those, roots among the record's gold roots
     * @param pairsMatched        gold events whose (source, target) country pair we have
     * @param rootAndPairMatched  gold events whose root and country pair we have on one event
     * @param noEventRecords      records expecting no event
     * @param noEventRight        of those, records where we coded nothing
     * @param seconds             wall time of annotate + resolve + code
     * @param details             per-record results
     */
    public record Report(int records, int goldEvents, int rootsMatched, int predictedRoots, int predictedRootsRight,
                         int pairsMatched, int rootAndPairMatched, int noEventRecords, int noEventRight,
                         double seconds, List<RecordResult> details) {
        /** CAMEO root agreement: fraction of gold events whose root we coded for that sentence. */
        public double rootAgreement() {
            return ratio(rootsMatched, goldEvents);
        }

        /** Fraction of our distinct per-sentence roots that are gold roots. */
        public double rootPrecision() {
            return ratio(predictedRootsRight, predictedRoots);
        }

        /** Fraction of gold events whose country pair we coded. */
        public double pairAgreement() {
            return ratio(pairsMatched, goldEvents);
        }

        /** Fraction of gold events whose root and country pair we coded on one event. */
        public double rootAndPairAgreement() {
            return ratio(rootAndPairMatched, goldEvents);
        }

        /** The summary table, then one line per record (gold roots → predicted roots). */
        public String format() {
            StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                    "PETRARCH-2 validation: %d records, %d gold events, %.1f s%n", records, goldEvents, seconds));
            sb.append(String.format(Locale.ROOT, "%-34s %7s %7s %7s%n", "measure", "ok", "of", "value"));
            sb.append(row("CAMEO root agreement (recall)", rootsMatched, goldEvents));
            sb.append(row("CAMEO root precision", predictedRootsRight, predictedRoots));
            sb.append(row("country-pair agreement", pairsMatched, goldEvents));
            sb.append(row("root + country-pair agreement", rootAndPairMatched, goldEvents));
            sb.append(row("no-event records left empty", noEventRight, noEventRecords));
            sb.append(String.format(Locale.ROOT, "%n%-28s %-16s %s%n", "record", "gold roots", "predicted"));
            for (RecordResult r : details) {
                sb.append(String.format(Locale.ROOT, "%-28s %-16s %s%n", r.id(), String.join(",", r.goldRoots()),
                        String.join(",", r.predictedRoots())));
            }
            return sb.toString();
        }

        private static String row(String label, int ok, int of) {
            return String.format(Locale.ROOT, "%-34s %7d %7d %7.4f%n", label, ok, of, ratio(ok, of));
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    /**
     * @param xml       the validation file
     * @param annotator the annotator chain
     * @param coder     the coder under test
     * @param resolver  the entity resolver (each record gets a fresh in-memory registry)
     */
    public static Report run(Path xml, ArticleAnnotator annotator, EventCoder coder, EntityResolver resolver)
            throws IOException {
        List<Record> records = read(xml);
        List<RecordResult> details = new ArrayList<>();
        int gold = 0;
        int roots = 0;
        int predictedRoots = 0;
        int predictedRight = 0;
        int pairs = 0;
        int both = 0;
        int empty = 0;
        int emptyRight = 0;
        long t0 = System.nanoTime();
        for (Record r : records) {
            Article article = new Article(r.id(), xml + "#" + r.id(), null, null, null, false, List.of(r.text()),
                    List.of(), null, null, r.date() == null ? null : new PublishedDate(r.date(), DateProvenance.RECORD),
                    "en", List.of(), null, null);
            InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
            Annotated annotated = annotator.annotate(article);
            Resolved resolved = resolver.resolve(annotated, registry);
            List<Event> events = coder.code(resolved, registry);

            List<Predicted> predicted = new ArrayList<>();
            Set<String> predRoots = new TreeSet<>();
            Set<String> predPairs = new LinkedHashSet<>();
            Set<String> predRootPairs = new LinkedHashSet<>();
            for (Event e : events) {
                List<String> sources = e.source().isEmpty() ? List.of("")
                        : e.source().stream().map(PetrarchEvaluation::country).toList();
                List<String> targets = e.target().isEmpty() ? List.of("")
                        : e.target().stream().map(PetrarchEvaluation::country).toList();
                String root = GoldEvent.root(e.cameo());
                predRoots.add(root);
                for (String s : sources) {
                    for (String t : targets) {
                        predicted.add(new Predicted(e.cameo(), e.type().name(), s, t));
                        predPairs.add(s + "|" + t);
                        predRootPairs.add(root + "|" + s + "|" + t);
                    }
                }
            }
            Set<String> goldRoots = new TreeSet<>();
            int rootsHere = 0;
            int pairsHere = 0;
            for (GoldEvent g : r.gold()) {
                goldRoots.add(g.root());
                String pair = country(g.source()) + "|" + country(g.target());
                rootsHere += predRoots.contains(g.root()) ? 1 : 0;
                pairsHere += predPairs.contains(pair) ? 1 : 0;
                both += predRootPairs.contains(g.root() + "|" + pair) ? 1 : 0;
            }
            gold += r.gold().size();
            roots += rootsHere;
            pairs += pairsHere;
            predictedRoots += predRoots.size();
            for (String p : predRoots) {
                predictedRight += goldRoots.contains(p) ? 1 : 0;
            }
            if (r.gold().isEmpty()) {
                empty++;
                emptyRight += events.isEmpty() ? 1 : 0;
            }
            details.add(new RecordResult(r.id(), r.date(), r.text(), r.gold(), predicted, goldRoots, predRoots,
                    rootsHere, pairsHere));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Report(records.size(), gold, roots, predictedRoots, predictedRight, pairs, both, empty, emptyRight,
                seconds, details);
    }

    /**
     * The records marked evaluate="true", in file order. The file is read leniently, tag by tag, because it is not
     * well-formed XML: records open with a self-closing {@code <Sentence .../>} and some still close with
     * {@code </Sentence>}, as PETRARCH's own line-based reader accepts.
     */
    public static List<Record> read(Path xml) throws IOException {
        if (!Files.isRegularFile(xml)) {
            throw new IOException("PETRARCH validation file not found: " + xml);
        }
        String all = Files.readString(xml, StandardCharsets.UTF_8);
        List<Record> out = new ArrayList<>();
        Matcher s = SENTENCE.matcher(all);
        List<int[]> starts = new ArrayList<>();
        while (s.find()) {
            starts.add(new int[] {s.start(), s.end()});
        }
        if (starts.isEmpty()) {
            throw new IOException(xml + ": no <Sentence> records; not a PETRARCH validation file");
        }
        for (int i = 0; i < starts.size(); i++) {
            String tag = all.substring(starts.get(i)[0], starts.get(i)[1]);
            String body = all.substring(starts.get(i)[1], i + 1 < starts.size() ? starts.get(i + 1)[0] : all.length());
            int line = 1 + (int) all.substring(0, starts.get(i)[0]).chars().filter(c -> c == '\n').count();
            Map<String, String> attrs = attributes(tag);
            if (!"true".equalsIgnoreCase(attrs.get("evaluate"))) {
                continue;
            }
            String id = attrs.getOrDefault("id", "line " + line);
            List<GoldEvent> gold = new ArrayList<>();
            Matcher c = CODING.matcher(body);
            while (c.find()) {
                Map<String, String> a = attributes(c.group());
                if (a.containsKey("noevents")) {
                    continue;
                }
                String code = a.getOrDefault("eventcode", "").strip();
                if (code.isEmpty()) {
                    throw new IOException(xml + ":" + line + ": record " + id + ": EventCoding without an eventcode");
                }
                gold.add(new GoldEvent(code, a.getOrDefault("sourcecode", "").strip(),
                        a.getOrDefault("targetcode", "").strip()));
            }
            Matcher t = TEXT.matcher(body);
            String text = t.find() ? unescape(t.group(1)).strip().replaceAll("\\s+", " ") : "";
            if (text.isEmpty()) {
                Matcher p = PARSE.matcher(body);
                text = p.find() ? fromConllu(unescape(p.group(1))) : "";
            }
            if (text.isEmpty()) {
                throw new IOException(xml + ":" + line + ": record " + id + " has neither <Text> nor <Parse>");
            }
            out.add(new Record(id, date(attrs.get("date")), text, List.copyOf(gold)));
        }
        return out;
    }

    /** The sentence a CoNLL-U parse spells: its word forms, joined by spaces except where SpaceAfter=No. */
    static String fromConllu(String parse) {
        StringBuilder sb = new StringBuilder();
        for (String row : parse.split("\\R")) {
            String[] f = row.strip().split("\t");
            if (f.length < 2 || !f[0].matches("\\d+")) {
                continue;
            }
            sb.append(f[1]);
            if (!(f.length >= 10 && f[9].contains("SpaceAfter=No"))) {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }

    private static Map<String, String> attributes(String tag) {
        Map<String, String> out = new HashMap<>();
        Matcher m = ATTRIBUTE.matcher(tag);
        while (m.find()) {
            out.put(m.group(1), unescape(m.group(2) != null ? m.group(2) : m.group(3)));
        }
        return out;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }

    /** "20080804" → "2008-08-04"; "121108" → "2012-11-08" (YY 00-30 → 20YY, else 19YY, as PETRARCH reads it). */
    static String date(String d) {
        if (d == null) {
            return null;
        }
        String full = d.matches("\\d{8}") ? d
                : d.matches("\\d{6}") ? (Integer.parseInt(d.substring(0, 2)) <= 30 ? "20" : "19") + d : null;
        if (full == null) {
            return null;
        }
        try {
            return java.time.LocalDate.of(Integer.parseInt(full.substring(0, 4)), Integer.parseInt(full.substring(4, 6)),
                    Integer.parseInt(full.substring(6, 8))).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A PETRARCH actor code's country as scored: "USAGOV" → USA, "IGOUNO" → IGO, "NGO…" → NGO, "---LEG" → "". */
    static String country(String code) {
        if (code == null || code.length() < 3) {
            return "";
        }
        String c = code.substring(0, 3).toUpperCase(Locale.ROOT);
        if (COUNTRIES.contains(c) || c.equals("IGO") || c.equals("NGO")) {
            return c;
        }
        return "";
    }

    /** Our actor's country as scored: ISO alpha-3, "IGO" for IGOs (an IGO name or sector), "NGO", or "". */
    static String country(EventActor a) {
        if ("NGO".equals(a.sector()) || "IGO".equals(a.sector())) {
            return a.sector();
        }
        String c = a.country();
        if (c == null) {
            return "";
        }
        return COUNTRIES.contains(c) ? c : "IGO"; // an IGO's name or code ("UN", "ASEAN", "IGOUNO")
    }
}
