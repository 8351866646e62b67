package org.attache.web.api;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.events.QuadClass;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.store.EventReader;
import org.attache.store.events.EventFilter;
import org.attache.store.events.MonthCount;

/**
 * What a request asks of a relationship between two countries, shared by its page and {@code /api/relations}: the
 * two codes, checked (a code neither the code tables nor any stored event know is a 404), and the filters of the
 * relationship's table (type, status, date range) read from the query string.
 *
 * @param countryA first code, upper case, as asked
 * @param countryB second code
 * @param type     PLOVER type asked, or null
 * @param status   status asked, or null
 * @param from     first day asked, or null
 * @param to       last day asked, or null
 */
public record Relationship(String countryA, String countryB, PloverType type, EventStatus status, LocalDate from,
                           LocalDate to) {

    /**
     * Reads the filters of {@code ctx} for the pair {@code a}–{@code b}.
     *
     * @throws ApiError 404 for a code that is neither a known country or organisation nor in any stored event;
     *                  400 for a bad filter value
     */
    public static Relationship of(Context ctx, EventReader events, String a, String b) {
        for (String code : List.of(a, b)) {
            if (CodeNames.displayName(code) == null
                    && events.count(EventFilter.all().withCountries(code)) == 0) {
                throw ApiError.notFound("unknown country code " + code + ": not a country or organisation code, and"
                        + " no stored event names it");
            }
        }
        LocalDate from = Params.day(ctx, "from");
        LocalDate to = Params.day(ctx, "to");
        Params.checkRange(from, to);
        return new Relationship(a, b, Params.type(ctx, "type"), Params.status(ctx, "status"), from, to);
    }

    /** The store's filter: events whose actors include both countries, and the asked criteria. */
    public EventFilter filter() {
        return EventFilter.all().withCountries(countryA, countryB).withType(type).withStatus(status).withFrom(from)
                .withTo(to);
    }

    /** Whether any filter was asked. */
    public boolean filtered() {
        return type != null || status != null || from != null || to != null;
    }

    /** The filters as a query string ("?type=CONSULT&from=2025-01-01"), "" when none; {@code extra} appended. */
    public String query(String... extra) {
        List<String> parts = new ArrayList<>();
        if (type != null) {
            parts.add("type=" + type.name());
        }
        if (status != null) {
            parts.add("status=" + status.label());
        }
        if (from != null) {
            parts.add("from=" + from);
        }
        if (to != null) {
            parts.add("to=" + to);
        }
        for (String e : extra) {
            if (e != null && !e.isEmpty()) {
                parts.add(e);
            }
        }
        return parts.isEmpty() ? "" : "?" + String.join("&", parts);
    }

    /**
     * The cooperation–conflict score of each month (and each year-only bucket, "1985"), in the order of
     * {@code months}: the mean {@link QuadClass#weight()} of its event groups, from −2 to +2, rounded to 0.01.
     * Months whose year is unknown ("--04") are left out: they have no place on a time axis.
     */
    public static List<Tone> tone(List<MonthCount> months) {
        Map<String, long[]> sums = new LinkedHashMap<>();
        for (MonthCount m : months) {
            if (m.month().startsWith("--")) {
                continue;
            }
            long[] s = sums.computeIfAbsent(m.month(), k -> new long[2]);
            s[0] += (long) QuadClass.of(m.type()).weight() * m.count();
            s[1] += m.count();
        }
        List<Tone> tone = new ArrayList<>();
        sums.forEach((month, s) -> tone.add(new Tone(month, Math.round(100.0 * s[0] / s[1]) / 100.0, s[1])));
        return tone;
    }

    /**
     * One month's place on the cooperation–conflict scale.
     *
     * @param month  "2025-01", or "2025" for the groups dated to a year only
     * @param score  mean weight of its groups, −2 (material conflict) to +2 (material cooperation)
     * @param events how many groups it holds
     */
    public record Tone(String month, double score, long events) {
    }

    /** The events of one group as one row would show them: every source, then every target not already a source. */
    public static List<List<org.attache.api.events.EventActor>> sides(List<Event> group) {
        List<org.attache.api.events.EventActor> source = new ArrayList<>();
        List<org.attache.api.events.EventActor> target = new ArrayList<>();
        for (Event e : group) {
            for (var actor : e.source()) {
                addOnce(source, actor);
            }
        }
        for (Event e : group) {
            for (var actor : e.target()) {
                if (source.stream().noneMatch(s -> same(s, actor))) {
                    addOnce(target, actor);
                }
            }
        }
        return List.of(source, target);
    }

    private static void addOnce(List<org.attache.api.events.EventActor> list, org.attache.api.events.EventActor actor) {
        if (list.stream().noneMatch(a -> same(a, actor))) {
            list.add(actor);
        }
    }

    private static boolean same(org.attache.api.events.EventActor a, org.attache.api.events.EventActor b) {
        return a.entityId() != null ? a.entityId().equals(b.entityId())
                : b.entityId() == null && java.util.Objects.equals(a.name(), b.name())
                        && java.util.Objects.equals(a.country(), b.country());
    }
}
