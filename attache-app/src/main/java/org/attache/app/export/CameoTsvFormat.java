package org.attache.app.export;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.api.Evidence;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.json.Json;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * CAMEO TSV: the GDELT event-table columns that apply to Attaché's events, then Attaché's own columns.
 * One row per (source actor, target actor) pair, as GDELT codes a dyad per row (an event without a target
 * has one row per source, Actor2 empty). A header row names the columns.
 *
 * <p>GDELT columns: {@code GLOBALEVENTID} (the row's number in this file), {@code SQLDATE} (YYYYMMDD of the
 * event's first day; empty unless year, month and day are known), {@code MonthYear}, {@code Year},
 * {@code Actor1Code} (country + sector, e.g. SGPGOV; IGO for an international organisation),
 * {@code Actor1Name}, {@code Actor1CountryCode} (ISO alpha-3), {@code Actor1KnownGroupCode} (an IGO's
 * name, e.g. ASEAN), {@code Actor1Type1Code} (the sector), the same five for Actor2, {@code IsRootEvent}
 * (1 when the evidence is in the article's first paragraph), {@code EventCode}, {@code EventBaseCode},
 * {@code EventRootCode}, {@code QuadClass} (from the root code as GDELT does: 01-05 verbal cooperation 1,
 * 06-08 material cooperation 2, 09-13 verbal conflict 3, 14-20 material conflict 4), {@code NumMentions},
 * {@code NumSources}, {@code NumArticles} (the event's story: coded events, independent outlets,
 * articles; 1 each for an event in no story), {@code ActionGeo_FullName} (the stated location) and
 * {@code SOURCEURL}. GoldsteinScale is left out: Attaché has no Goldstein table. Attaché columns follow,
 * all prefixed {@code attache_}: the event id, article, PLOVER type, status, mode, context, trigger, date
 * interval, evidence with offsets, confidence, story, the two actors' entity ids and their countries' sources.
 *
 * <p>Escaping: GDELT fields hold no tabs or line breaks, so inside a field a backslash is written
 * {@code \\}, a tab {@code \t}, a line feed {@code \n} and a carriage return {@code \r}. An empty field is
 * null (an empty string reads back as null).
 */
public final class CameoTsvFormat {
    /** The header row's column names, in order. */
    public static final List<String> COLUMNS = List.of("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1Type1Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2Type1Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "NumMentions",
            "NumSources", "NumArticles", "ActionGeo_FullName", "SOURCEURL",
            "attache_event_id", "attache_article_id", "attache_type", "attache_status", "attache_mode",
            "attache_context", "attache_trigger", "attache_date_start", "attache_date_end",
            "attache_date_precision", "attache_date_text", "attache_evidence", "attache_evidence_start",
            "attache_evidence_end", "attache_confidence", "attache_story_id", "attache_actor1_entity_id",
            "attache_actor2_entity_id", "attache_actor1_country_source", "attache_actor2_country_source",
            "attache_reported_on");

    private static final int COL_EVENT = COLUMNS.indexOf("attache_event_id");

    private CameoTsvFormat() {
    }

    /** GDELT's QuadClass of a CAMEO code: 1 verbal cooperation … 4 material conflict; null when not CAMEO. */
    public static Integer quadClass(String cameo) {
        if (cameo == null || cameo.length() < 2 || !Character.isDigit(cameo.charAt(0))
                || !Character.isDigit(cameo.charAt(1))) {
            return null;
        }
        int root = Integer.parseInt(cameo.substring(0, 2));
        if (root >= 1 && root <= 5) {
            return 1;
        } else if (root <= 8 && root >= 6) {
            return 2;
        } else if (root <= 13 && root >= 9) {
            return 3;
        } else if (root <= 20 && root >= 14) {
            return 4;
        }
        return null;
    }

    /** Writes the header, then a row per actor pair of each event. */
    static final class Writer implements EventWriter {
        private final java.io.Writer out;
        private final ExportContext context;
        private long row;

        Writer(java.io.Writer out, ExportContext context) throws IOException {
            this.out = out;
            this.context = context;
            line(out, COLUMNS);
        }

        @Override
        public void write(Event e) throws IOException {
            List<EventActor> sources = e.source().isEmpty() ? Arrays.asList((EventActor) null) : e.source();
            List<EventActor> targets = e.target().isEmpty() ? Arrays.asList((EventActor) null) : e.target();
            for (EventActor s : sources) {
                for (EventActor t : targets) {
                    line(out, row(e, s, t));
                }
            }
        }

        private List<String> row(Event e, EventActor a1, EventActor a2) {
            PartialDate start = e.date() == null ? null : e.date().start();
            ExportContext.ArticleRef article = context.articles().apply(e.articleId());
            ExportContext.StoryCounts story = e.storyId() == null ? null : context.stories().apply(e.storyId());
            Integer quad = quadClass(e.cameo());
            List<String> r = new ArrayList<>(COLUMNS.size());
            r.add(Long.toString(++row));
            r.add(start != null && start.isComplete()
                    ? String.format(Locale.ROOT, "%04d%02d%02d", start.year(), start.month(), start.day()) : null);
            r.add(start != null && start.year() != null && start.month() != null
                    ? String.format(Locale.ROOT, "%04d%02d", start.year(), start.month()) : null);
            r.add(start != null && start.year() != null ? String.format(Locale.ROOT, "%04d", start.year()) : null);
            actor(r, a1);
            actor(r, a2);
            r.add(article == null ? null : e.evidence().start() < article.leadEnd() ? "1" : "0");
            r.add(e.cameo());
            r.add(e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo());
            r.add(e.cameo().length() > 2 ? e.cameo().substring(0, 2) : e.cameo());
            r.add(quad == null ? null : quad.toString());
            r.add(Integer.toString(story == null ? 1 : story.events()));
            r.add(Integer.toString(story == null ? 1 : story.sources()));
            r.add(Integer.toString(story == null ? 1 : story.articles()));
            r.add(e.location());
            r.add(article == null ? null : article.url());
            EventDate d = e.date();
            r.addAll(Arrays.asList(e.id(), e.articleId(), e.type().name(), e.status().label(), e.mode(),
                    e.context(), e.trigger(), d == null ? null : d.start().toString(),
                    d == null ? null : d.end().toString(), d == null ? null : d.precision().label(),
                    d == null ? null : d.text(), e.evidence().text(), Integer.toString(e.evidence().start()),
                    Integer.toString(e.evidence().end()), Double.toString(e.confidence()), e.storyId(),
                    a1 == null ? null : a1.entityId(), a2 == null ? null : a2.entityId(), source(a1), source(a2),
                    e.reportedOn() == null ? null : e.reportedOn().toString()));
            return r;
        }

        private static String source(EventActor a) {
            return a == null || a.countrySource() == null ? null : a.countrySource().id();
        }

        private static void actor(List<String> r, EventActor a) {
            if (a == null) {
                r.addAll(Arrays.asList(null, null, null, null, null));
                return;
            }
            String c = a.country();
            boolean iso = c != null && c.matches("[A-Z]{3}") && CountryGazetteer.englishName(c) != null;
            String code = iso ? c + (a.sector() == null ? "" : a.sector()) : c != null ? "IGO" : a.sector();
            r.addAll(Arrays.asList(code, a.name(), iso ? c : null, iso ? null : c, a.sector()));
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    private static void line(java.io.Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write('\t');
            }
            String f = fields.get(i);
            if (f != null) {
                out.write(escape(f));
            }
        }
        out.write('\n');
    }

    static String escape(String f) {
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String unescape(String f) {
        if (f.isEmpty()) {
            return null;
        }
        if (f.indexOf('\\') < 0) {
            return f;
        }
        StringBuilder sb = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '\\' && i + 1 < f.length()) {
                char e = f.charAt(++i);
                sb.append(switch (e) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> e;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Reads a CAMEO TSV export: rows are grouped back into events by {@code attache_event_id}, the
     * distinct Actor1s becoming the sources and the distinct Actor2s the targets, in file order.
     */
    public static List<Event> read(Reader in) throws IOException {
        BufferedReader lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
        String header = lines.readLine();
        if (header == null || !Arrays.asList(header.split("\t", -1)).equals(COLUMNS)) {
            throw new IOException("not an Attaché CAMEO TSV: the header must be " + String.join("\\t", COLUMNS));
        }
        Map<String, List<List<String>>> byEvent = new LinkedHashMap<>();
        int number = 1;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            String[] raw = line.split("\t", -1);
            if (raw.length != COLUMNS.size()) {
                throw new IOException("CAMEO TSV line " + number + ": " + raw.length + " fields, expected "
                        + COLUMNS.size());
            }
            List<String> row = new ArrayList<>(raw.length);
            for (String f : raw) {
                row.add(unescape(f));
            }
            byEvent.computeIfAbsent(row.get(COL_EVENT), k -> new ArrayList<>()).add(row);
        }
        List<Event> events = new ArrayList<>();
        for (List<List<String>> rows : byEvent.values()) {
            try {
                events.add(event(rows));
            } catch (RuntimeException e) {
                throw new IOException("CAMEO TSV event " + rows.getFirst().get(COL_EVENT) + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    private static Event event(List<List<String>> rows) {
        List<EventActor> sources = new ArrayList<>();
        List<EventActor> targets = new ArrayList<>();
        for (List<String> r : rows) {
            EventActor s = actor(r, 5, col("attache_actor1_entity_id"), col("attache_actor1_country_source"));
            EventActor t = actor(r, 10, col("attache_actor2_entity_id"), col("attache_actor2_country_source"));
            if (s != null && !sources.contains(s)) {
                sources.add(s);
            }
            if (t != null && !targets.contains(t)) {
                targets.add(t);
            }
        }
        List<String> r = rows.getFirst();
        String articleId = get(r, "attache_article_id");
        String typeLabel = get(r, "attache_type");
        PloverType type = PloverType.fromLabel(typeLabel)
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + typeLabel));
        String start = get(r, "attache_date_start");
        EventDate date = start == null ? null : new EventDate(PartialDate.parse(start),
                PartialDate.parse(get(r, "attache_date_end")),
                DatePrecision.valueOf(get(r, "attache_date_precision").toUpperCase(Locale.ROOT)),
                get(r, "attache_date_text"));
        return new Event(get(r, "attache_event_id"), articleId, type, get(r, "EventCode"), get(r, "attache_mode"),
                get(r, "attache_context"), EventStatus.fromLabel(get(r, "attache_status")), get(r, "attache_trigger"),
                sources, targets, get(r, "ActionGeo_FullName"), date,
                new Evidence(articleId, Integer.parseInt(get(r, "attache_evidence_start")),
                        Integer.parseInt(get(r, "attache_evidence_end")), get(r, "attache_evidence")),
                Double.parseDouble(get(r, "attache_confidence")), get(r, "attache_story_id"),
                get(r, "attache_reported_on") == null ? null : java.time.LocalDate.parse(get(r, "attache_reported_on")));
    }

    /** The actor whose Name column is at {@code nameCol} (CountryCode, KnownGroupCode, Type1Code follow). */
    private static EventActor actor(List<String> r, int nameCol, int entityCol, int sourceCol) {
        String name = r.get(nameCol);
        if (name == null) {
            return null;
        }
        String country = r.get(nameCol + 1) != null ? r.get(nameCol + 1) : r.get(nameCol + 2);
        return new EventActor(r.get(entityCol), name, country, r.get(nameCol + 3),
                AffiliationSource.fromId(r.get(sourceCol)));
    }

    private static int col(String name) {
        return COLUMNS.indexOf(name);
    }

    private static String get(List<String> r, String column) {
        return r.get(col(column));
    }
}
