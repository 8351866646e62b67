package org.attache.web.pages;

import java.util.List;
import java.util.Objects;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;
import org.attache.nlp.gazetteer.EventCodeNames;

/** Events as the pages show them: table rows and boxes, "who → whom" summaries, and dates as a reader says them. */
final class EventRows {
    private EventRows() {
    }

    /** One event as rows and boxes show it. */
    static Views.EventRow row(Event e) {
        return row(List.of(e));
    }

    /**
     * The events of one group (one sentence coded alike, one event per counterpart) as one row: the first
     * event's fields, with every source and every counterpart of the group.
     */
    static Views.EventRow row(List<Event> group) {
        Event e = group.getFirst();
        List<List<EventActor>> sides = group.size() == 1 ? List.of(e.source(), e.target())
                : org.attache.web.api.Relationship.sides(group);
        String date;
        String precision = null;
        if (e.date() == null) {
            date = "date unknown";
        } else {
            String start = e.date().start().toString();
            String end = e.date().end().toString();
            date = start.equals(end) ? start : start + ".." + end;
            precision = e.date().precision().label();
        }
        // with no date of its own, the row may say when the article reported it, marked as such
        String reportedOn = e.date() == null && e.reportedOn() != null ? e.reportedOn().toString() : null;
        // the group's CAMEO codes and modes, each once (a visit, 042, and its hosting, 043, in one row)
        List<String> cameos = group.stream().map(Event::cameo).distinct().toList();
        String modes = group.stream().map(Event::mode).filter(Objects::nonNull).distinct()
                .collect(java.util.stream.Collectors.joining(", "));
        String cameoNames = cameos.stream().map(EventCodeNames::cameoName).filter(Objects::nonNull)
                .collect(java.util.stream.Collectors.joining("; "));
        return new Views.EventRow(e.id(), e.type().name(), String.join(", ", cameos), modes.isEmpty() ? null : modes,
                e.status().label(), date, precision,
                actors(sides.get(0)), actors(sides.get(1)), e.location(), e.trigger(), e.evidence().text(),
                "/articles/" + Pages.enc(e.articleId()) + "#s" + e.evidence().start(), reportedOn,
                EventCodeNames.ploverName(e.type().name()), cameoNames.isEmpty() ? null : cameoNames, group.size());
    }

    private static List<Views.Actor> actors(List<EventActor> actors) {
        return actors.stream().map(a -> new Views.Actor(a.name(),
                a.entityId() == null ? null : "/entities/" + Pages.enc(a.entityId()), a.country(), a.sector(),
                a.country() == null ? null : Pages.countryName(a.country()), EventCodeNames.sectorName(a.sector()),
                a.countrySource() != null && a.countrySource().weak())).toList();
    }

    /**
     * "Lê Hoài Trung → Vivian Balakrishnan": the first named actor of each side ("Lê Hoài Trung" or "with
     * Vivian Balakrishnan" when one side is unnamed), null when neither is named.
     */
    static String who(Event e) {
        String source = firstName(e.source());
        String target = firstName(e.target());
        if (source == null && target == null) {
            return null;
        }
        if (target == null) {
            return source;
        }
        return source == null ? "with " + target : source + " → " + target;
    }

    private static String firstName(List<EventActor> actors) {
        if (actors.isEmpty()) {
            return null;
        }
        String name = actors.getFirst().name();
        return actors.size() == 1 ? name : name + " and " + (actors.size() - 1) + " more";
    }

    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    /**
     * An event date as a reader says it: "7 Jan 2025", "7–11 Jan 2025", "Apr 2025", "29 Apr (year not
     * printed)", or "date unknown".
     */
    static String humanDate(EventDate date) {
        if (date == null) {
            return "date unknown";
        }
        PartialDate a = date.start();
        PartialDate b = date.end();
        if (a.equals(b)) {
            return dayMonth(a) + yearPart(a);
        }
        boolean sameYear = Objects.equals(a.year(), b.year());
        if (sameYear && Objects.equals(a.month(), b.month()) && a.day() != null && b.day() != null) {
            return a.day() + "–" + dayMonth(b) + yearPart(b);               // 7–11 Jan 2025
        }
        return dayMonth(a) + (sameYear ? "" : yearPart(a)) + " – " + dayMonth(b) + yearPart(b);
    }

    private static String dayMonth(PartialDate d) {
        if (d.month() == null) {
            return "";
        }
        String month = MONTHS[d.month() - 1];
        return d.day() == null ? month : d.day() + " " + month;
    }

    private static String yearPart(PartialDate d) {
        if (d.year() == null) {
            return " (year not printed)";
        }
        return d.month() == null ? String.valueOf(d.year()) : " " + d.year();
    }
}
