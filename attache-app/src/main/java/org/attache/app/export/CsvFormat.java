package org.attache.app.export;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
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
 * CSV (RFC 4180): a header, then one row per event, rows ended by CRLF. A field is quoted when it holds a
 * comma, quote, CR or LF (quotes doubled inside). A null is an empty unquoted field; an empty string is
 * {@code ""}, so the two read back apart.
 *
 * <p>Actors are flattened into one cell per side: actors separated by {@code "; "}, each written
 * {@code name|country|sector|entity_id}, then {@code |country_source} when known (missing parts empty), with {@code \}, {@code |} and {@code ;}
 * inside a part escaped by a backslash. Example: {@code Vivian Balakrishnan|SGP|GOV|4be1…; Singapore|SGP||}.
 */
public final class CsvFormat {
    /** The header row's column names, in order. */
    public static final List<String> COLUMNS = List.of("id", "article_id", "type", "cameo", "mode", "context",
            "status", "trigger", "source", "target", "location", "date_start", "date_end", "date_precision",
            "date_text", "evidence", "evidence_start", "evidence_end", "confidence", "story_id", "reported_on");

    private CsvFormat() {
    }

    /** Writes the header, then a row per event. */
    static final class Writer implements EventWriter {
        private final java.io.Writer out;

        Writer(java.io.Writer out) throws IOException {
            this.out = out;
            row(out, new ArrayList<>(COLUMNS));
        }

        @Override
        public void write(Event e) throws IOException {
            EventDate d = e.date();
            row(out, Arrays.asList(e.id(), e.articleId(), e.type().name(), e.cameo(), e.mode(), e.context(),
                    e.status().label(), e.trigger(), actors(e.source()), actors(e.target()), e.location(),
                    d == null ? null : d.start().toString(), d == null ? null : d.end().toString(),
                    d == null ? null : d.precision().label(), d == null ? null : d.text(), e.evidence().text(),
                    Integer.toString(e.evidence().start()), Integer.toString(e.evidence().end()),
                    Double.toString(e.confidence()), e.storyId(),
                    e.reportedOn() == null ? null : e.reportedOn().toString()));
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    static void row(java.io.Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String f = fields.get(i);
            if (f == null) {
                continue;
            }
            if (f.isEmpty() || f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0
                    || f.indexOf('\r') >= 0) {
                out.write('"');
                out.write(f.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(f);
            }
        }
        out.write("\r\n");
    }

    /** The actors of one side as one cell; null for none. */
    static String actors(List<EventActor> actors) {
        if (actors.isEmpty()) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (EventActor a : actors) {
            if (!sb.isEmpty()) {
                sb.append("; ");
            }
            sb.append(escape(a.name())).append('|').append(escape(a.country())).append('|')
                    .append(escape(a.sector())).append('|').append(escape(a.entityId()));
            if (a.countrySource() != null) {
                sb.append('|').append(a.countrySource().id());
            }
        }
        return sb.toString();
    }

    private static String escape(String part) {
        if (part == null) {
            return "";
        }
        return part.replace("\\", "\\\\").replace("|", "\\|").replace(";", "\\;");
    }

    /** Reads the actors of a cell written by {@link #actors}. */
    static List<EventActor> parseActors(String cell) {
        List<EventActor> actors = new ArrayList<>();
        if (cell == null || cell.isEmpty()) {
            return actors;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                part.append(cell.charAt(++i));
            } else if (c == '|') {
                parts.add(part.toString());
                part.setLength(0);
            } else if (c == ';') {
                parts.add(part.toString());
                part.setLength(0);
                actors.add(actor(parts, cell));
                parts.clear();
                if (i + 1 < cell.length() && cell.charAt(i + 1) == ' ') {
                    i++;
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        actors.add(actor(parts, cell));
        return actors;
    }

    private static EventActor actor(List<String> parts, String cell) {
        if (parts.size() != 4 && parts.size() != 5) {
            throw new IllegalArgumentException("an actor is name|country|sector|entity_id[|country_source]: " + cell);
        }
        return new EventActor(emptyToNull(parts.get(3)), parts.get(0), emptyToNull(parts.get(1)),
                emptyToNull(parts.get(2)), parts.size() == 5 ? AffiliationSource.fromId(parts.get(4)) : null);
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    /** Reads a CSV export: checks the header, then one event per row; a bad row fails naming its number. */
    public static List<Event> read(Reader in) throws IOException {
        List<List<String>> rows = parse(in);
        if (rows.isEmpty() || !rows.getFirst().equals(COLUMNS)) {
            throw new IOException("not an Attaché event CSV: the header must be " + String.join(",", COLUMNS));
        }
        List<Event> events = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            try {
                if (r.size() != COLUMNS.size()) {
                    throw new IllegalArgumentException(r.size() + " fields, expected " + COLUMNS.size());
                }
                events.add(event(r));
            } catch (RuntimeException e) {
                throw new IOException("CSV row " + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return events;
    }

    private static Event event(List<String> r) {
        String articleId = r.get(1);
        PloverType type = PloverType.fromLabel(r.get(2))
                .orElseThrow(() -> new IllegalArgumentException("unknown type " + r.get(2)));
        EventDate date = r.get(11) == null ? null : new EventDate(PartialDate.parse(r.get(11)),
                PartialDate.parse(r.get(12)), DatePrecision.valueOf(r.get(13).toUpperCase(Locale.ROOT)), r.get(14));
        return new Event(r.get(0), articleId, type, r.get(3), r.get(4), r.get(5), EventStatus.fromLabel(r.get(6)),
                r.get(7), parseActors(r.get(8)), parseActors(r.get(9)), r.get(10), date,
                new Evidence(articleId, Integer.parseInt(r.get(16)), Integer.parseInt(r.get(17)), r.get(15)),
                Double.parseDouble(r.get(18)), r.get(19), r.get(20) == null ? null : java.time.LocalDate.parse(r.get(20)));
    }

    /**
     * RFC 4180 records: fields split on commas, quoted fields may hold commas, doubled quotes and line
     * breaks. An empty unquoted field is null. Records end with CRLF or LF. Also reads other tools' CSV
     * files (the evaluation's headline file).
     */
    public static List<List<String>> parse(Reader in) throws IOException {
        String text = readAll(in);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            String field;
            if (text.charAt(i) == '"') {
                StringBuilder sb = new StringBuilder();
                i++;
                while (true) {
                    if (i >= n) {
                        throw new IOException("unterminated quoted field in CSV row " + (rows.size() + 1));
                    }
                    char c = text.charAt(i++);
                    if (c == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            sb.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        sb.append(c);
                    }
                }
                field = sb.toString();
            } else {
                int start = i;
                while (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    if (text.charAt(i) == '"') {
                        throw new IOException("stray quote in CSV row " + (rows.size() + 1));
                    }
                    i++;
                }
                field = start == i ? null : text.substring(start, i);
            }
            row.add(field);
            if (i >= n) {
                rows.add(row);
                break;
            }
            char sep = text.charAt(i++);
            if (sep == ',') {
                if (i >= n) { // a trailing comma: the last field is null
                    row.add(null);
                    rows.add(row);
                }
                continue;
            }
            if (sep == '\r') {
                if (i < n && text.charAt(i) == '\n') {
                    i++;
                }
            } else if (sep != '\n') {
                throw new IOException("unexpected character after quoted field in CSV row " + (rows.size() + 1));
            }
            rows.add(row);
            row = new ArrayList<>();
        }
        return rows;
    }

    private static String readAll(Reader in) throws IOException {
        StringBuilder sb = new StringBuilder();
        char[] buf = new char[8192];
        for (int k = in.read(buf); k != -1; k = in.read(buf)) {
            sb.append(buf, 0, k);
        }
        return sb.toString();
    }
}
