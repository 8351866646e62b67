package org.attache.app.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.api.ArticleAnnotator;
import org.attache.api.events.Event;
import org.attache.api.events.EventCoder;
import org.attache.api.events.PloverType;
import org.attache.app.export.CsvFormat;
import org.attache.nlp.resolve.EntityResolver;

/**
 * Scores the event type on labelled headlines in the form of NGEC's {@code synthetic_headlines.csv}
 * (columns {@code event, mode, title}; titles with placeholders {@code {country_1}}, {@code {country_2}},
 * {@code {country_3}}, {@code {city}}). A data set no rule was written on: a second check of how the type
 * coding generalises. Each placeholder is filled with a real name, chosen deterministically from the row's
 * position so every run codes the same text, and each headline is coded alone with no article date. Scoring
 * is the type table of {@link EventEvaluation} (per headline, predicted type set against the gold type); the
 * file names no actors, so there are no triples.
 */
public final class HeadlineEvaluation {
    /** Countries filled into {@code {country_N}}: spread over continents, all in the country gazetteer. */
    static final List<String> COUNTRIES = List.of("France", "Kenya", "India", "Brazil", "Japan", "Egypt", "Germany",
            "Pakistan", "Mexico", "Turkey", "Nigeria", "Indonesia", "Russia", "China", "Iran", "Israel", "Colombia",
            "Ukraine", "South Africa", "Vietnam", "Poland", "Ethiopia", "Argentina", "Thailand");
    /** Cities filled into {@code {city}}. */
    static final List<String> CITIES = List.of("Nairobi", "Lagos", "Kabul", "Aleppo", "Mosul", "Caracas", "Manila",
            "Karachi", "Bogota", "Kyiv", "Khartoum", "Beirut", "Jakarta", "Lima");

    private HeadlineEvaluation() {
    }

    /** One headline with its placeholders filled from row {@code n} (0-based). */
    static String fill(String title, int n) {
        int size = COUNTRIES.size();
        String c1 = COUNTRIES.get(n % size);
        String c2 = COUNTRIES.get((n + 7) % size);
        String c3 = COUNTRIES.get((n + 13) % size);
        String city = CITIES.get(n % CITIES.size());
        return title.replace("{country_1}", c1).replace("{country_2}", c2).replace("{country_3}", c3)
                .replace("{city}", city).strip();
    }

    /**
     * @param csv       the headline file ({@code event,mode,title} with a header row)
     * @param annotator the annotator chain
     * @param coder     the coder under test
     * @throws IOException when the file is missing or not in that form (the message names the file and row)
     */
    public static EventEvaluation.Report run(Path csv, ArticleAnnotator annotator, EventCoder coder)
            throws IOException {
        if (!Files.isRegularFile(csv)) {
            throw new IOException("headline file not found: " + csv);
        }
        List<List<String>> rows;
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            rows = CsvFormat.parse(in);
        }
        if (rows.isEmpty() || rows.get(0).size() < 3 || !"event".equals(lower(rows.get(0).get(0)))
                || !"title".equals(lower(rows.get(0).get(2)))) {
            throw new IOException(csv + ": expected a header row event,mode,title");
        }
        List<EventEvaluation.RecordResult> details = new ArrayList<>();
        EntityResolver resolver = new EntityResolver();
        long tokens = 0;
        long t0 = System.nanoTime();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            if (r.size() < 3 || r.get(2) == null || r.get(2).isBlank()) {
                if (r.size() == 1 && r.get(0) == null) {
                    continue; // a blank line
                }
                throw new IOException(csv + " row " + (i + 1) + ": expected event,mode,title");
            }
            var type = PloverType.fromLabel(r.get(0));
            if (type.isEmpty()) {
                throw new IOException(csv + " row " + (i + 1) + ": unknown PLOVER type " + r.get(0));
            }
            String text = fill(r.get(2), i - 1);
            tokens += text.split("\\s+").length;
            String id = "headline-" + i;
            List<Event> events = EventEvaluation.code(id, csv + "#" + i, text, annotator, resolver, coder);
            Set<String> predicted = new TreeSet<>();
            for (Event e : events) {
                predicted.add(e.type().name());
            }
            details.add(new EventEvaluation.RecordResult(id, 0, text, Set.of(type.get().name()), predicted,
                    Set.of(), Set.of()));
        }
        return EventEvaluation.score(details, (System.nanoTime() - t0) / 1e9, tokens);
    }

    private static String lower(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT);
    }
}
