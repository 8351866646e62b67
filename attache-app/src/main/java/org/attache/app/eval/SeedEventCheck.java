package org.attache.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.attache.api.Article;
import org.attache.api.RailLink;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.PartialDate;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.resolve.NameKeys;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks the event part of a seed gold file against the events coded from the seed pages: every
 * {@code must} event matched or missed (with the fields that did not agree), every {@code may} event
 * credited when found, and the {@code must_not} rules that can be checked mechanically.
 *
 * <p>A gold event matches a coded event when each field the gold states agrees: type, CAMEO code, mode,
 * participants (each named by a source or target actor), source, target, host (named among the visit's
 * targets, or the source of a hosting event, CAMEO 043, of the same sentence whose target is the visitor), location, date and a fragment of the
 * evidence. Names compare by {@link NameKeys#fold}; a country name also matches an actor that is that
 * country. A gold date of {@code null} requires an undated event. The checkable must-not rules are: an
 * event dated by a date that only a rail line prints, an event whose actor only a rail headline names,
 * and "an event with NAME as an actor".
 */
public final class SeedEventCheck {
    private static final Pattern ACTOR_RULE = Pattern.compile("an event with (.+?) as an actor", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAIL_DATE_RULE = Pattern.compile("dated from a rail", Pattern.CASE_INSENSITIVE);
    private static final Pattern RAIL_ACTOR_RULE = Pattern.compile("actor comes only from a rail", Pattern.CASE_INSENSITIVE);

    private final CountryGazetteer countries = CountryGazetteer.standard();

    /** One seed page as coded: its article and events. */
    public record Coded(String file, Article article, List<Event> events) {
    }

    /**
     * One gold event's outcome.
     *
     * @param file     the seed page
     * @param level    "must" or "may"
     * @param gold     a one-line description of the gold event
     * @param eventId  the coded event matched, or null
     * @param mismatch for a miss, the fields the closest coded event got wrong (empty when none came close)
     * @param got      the matched (or closest) event, one line
     */
    public record Row(String file, String level, String gold, String eventId, List<String> mismatch, String got) {
        public boolean found() {
            return eventId != null;
        }
    }

    /** A must-not rule and what broke it. */
    public record Violation(String file, String rule, String event) {
    }

    /** The whole result. */
    public record Result(List<Row> rows, List<Violation> violations, List<String> uncheckedRules) {
        public long mustTotal() {
            return rows.stream().filter(r -> r.level().equals("must")).count();
        }

        public long mustFound() {
            return rows.stream().filter(r -> r.level().equals("must") && r.found()).count();
        }

        public long mayFound() {
            return rows.stream().filter(r -> r.level().equals("may") && r.found()).count();
        }

        public boolean passed() {
            return mustFound() == mustTotal() && violations.isEmpty();
        }
    }

    /** Checks every document of {@code gold} whose page was coded. */
    public Result check(JsonNode gold, Map<String, Coded> codedByFile) {
        List<Row> rows = new ArrayList<>();
        List<Violation> violations = new ArrayList<>();
        List<String> unchecked = new ArrayList<>();
        for (JsonNode doc : gold.path("documents")) {
            String file = doc.path("file").asText(doc.path("page").asText(""));
            Coded coded = codedByFile.get(Objects.requireNonNullElse(fileName(file), ""));
            JsonNode events = doc.path("events");
            if (events.isMissingNode()) {
                continue;
            }
            List<Event> got = coded == null ? List.of() : coded.events();
            for (String level : List.of("must", "may")) {
                for (JsonNode g : events.path(level)) {
                    rows.add(row(file, level, g, got));
                }
            }
            for (JsonNode rule : events.path("must_not")) {
                String text = rule.asText();
                if (!checkRule(file, text, coded, violations)) {
                    unchecked.add(file + ": " + text);
                }
            }
        }
        return new Result(rows, violations, unchecked);
    }

    private static String fileName(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }

    private Row row(String file, String level, JsonNode g, List<Event> got) {
        List<String> best = null;
        Event bestEvent = null;
        for (Event e : got) {
            List<String> mismatch = mismatches(g, e, got);
            if (mismatch.isEmpty()) {
                return new Row(file, level, describe(g), e.id(), List.of(), describe(e));
            }
            if (!mismatch.contains("type") && (best == null || mismatch.size() < best.size())) {
                best = mismatch;
                bestEvent = e;
            }
        }
        return new Row(file, level, describe(g), null, best == null ? List.of() : best,
                bestEvent == null ? "" : describe(bestEvent));
    }

    /**
     * The fields of gold event {@code g} that coded event {@code e} does not satisfy; {@code all} are the
     * article's events, where a visit's host may be coded as a separate hosting event (CAMEO 043).
     */
    List<String> mismatches(JsonNode g, Event e, List<Event> all) {
        List<String> out = new ArrayList<>();
        if (g.hasNonNull("type") && !g.get("type").asText().equals(e.type().name())) {
            out.add("type");
        }
        if (g.hasNonNull("cameo") && !g.get("cameo").asText().equals(e.cameo())) {
            out.add("cameo");
        }
        if (g.hasNonNull("mode") && !g.get("mode").asText().equals(e.mode())) {
            out.add("mode");
        }
        List<EventActor> actors = actors(e);
        for (JsonNode p : g.path("participants")) {
            if (actors.stream().noneMatch(a -> names(a, p.asText()))) {
                out.add("participant " + p.asText());
            }
        }
        if (g.hasNonNull("source") && e.source().stream().noneMatch(a -> names(a, g.get("source").asText()))) {
            out.add("source");
        }
        if (g.hasNonNull("target") && e.target().stream().noneMatch(a -> names(a, g.get("target").asText()))) {
            out.add("target");
        }
        if (g.hasNonNull("host") && !hosted(g.get("host").asText(), e, all)) {
            out.add("host");
        }
        if (g.hasNonNull("location") && (e.location() == null
                || !NameKeys.fold(e.location()).contains(NameKeys.fold(g.get("location").asText())))) {
            out.add("location");
        }
        if (g.has("date") && !dateAgrees(g.get("date"), e.date())) {
            out.add("date");
        }
        if (g.hasNonNull("evidence_contains")
                && !NameKeys.fold(e.evidence().text()).contains(NameKeys.fold(g.get("evidence_contains").asText()))) {
            out.add("evidence");
        }
        return out;
    }

    /** The host is among the visit's targets, or hosts the visitor in a 043 event of the same sentence. */
    private boolean hosted(String host, Event visit, List<Event> all) {
        if (visit.target().stream().anyMatch(a -> names(a, host))) {
            return true;
        }
        for (Event h : all) {
            if ("043".equals(h.cameo()) && h.evidence().start() == visit.evidence().start()
                    && h.source().stream().anyMatch(a -> names(a, host))
                    && h.target().stream().anyMatch(a -> visit.source().stream().anyMatch(v -> v.name().equals(a.name())))) {
                return true;
            }
        }
        return false;
    }

    private boolean names(EventActor actor, String goldName) {
        String want = NameKeys.fold(goldName);
        if (NameKeys.fold(actor.name()).equals(want)) {
            return true;
        }
        String iso = countries.countryOfName(goldName);
        return iso != null && iso.equals(actor.country()) && (iso.equals(countries.countryOfName(actor.name()))
                || iso.equals(countries.countryOfDemonym(actor.name())));
    }

    private static boolean dateAgrees(JsonNode g, EventDate date) {
        if (g.isNull()) {
            return date == null;
        }
        if (date == null) {
            return false;
        }
        PartialDate start = date.start();
        PartialDate end = date.end();
        if (g.has("year") && !Objects.equals(g.get("year").isNull() ? null : g.get("year").asInt(), start.year())) {
            return false;
        }
        if (g.has("year_may_be")) {
            boolean any = false;
            for (JsonNode y : g.get("year_may_be")) {
                any |= Objects.equals(y.isNull() ? null : y.asInt(), start.year());
            }
            if (!any) {
                return false;
            }
        }
        if (g.has("month") && !Objects.equals(g.get("month").asInt(), start.month())) {
            return false;
        }
        if (g.has("day") && !(Objects.equals(g.get("day").asInt(), start.day()) && start.equals(end))) {
            return false;
        }
        if (g.has("day_from") && !Objects.equals(g.get("day_from").asInt(), start.day())) {
            return false;
        }
        return !g.has("day_to") || Objects.equals(g.get("day_to").asInt(), end.day());
    }

    /** Applies one must-not rule; false when the rule is not one this check understands. */
    private boolean checkRule(String file, String rule, Coded coded, List<Violation> violations) {
        List<Event> events = coded == null ? List.of() : coded.events();
        Matcher actorRule = ACTOR_RULE.matcher(rule);
        if (actorRule.find()) {
            String name = actorRule.group(1).trim();
            for (Event e : events) {
                if (actors(e).stream().anyMatch(a -> names(a, name))) {
                    violations.add(new Violation(file, rule, describe(e)));
                }
            }
            return true;
        }
        if (RAIL_DATE_RULE.matcher(rule).find()) {
            String body = coded == null ? "" : coded.article().bodyText();
            for (Event e : events) {
                if (e.date() != null && !body.contains(e.date().text()) && inRails(coded, e.date().text())) {
                    violations.add(new Violation(file, rule, describe(e)));
                }
            }
            return true;
        }
        if (RAIL_ACTOR_RULE.matcher(rule).find()) {
            String body = coded == null ? "" : NameKeys.fold(coded.article().bodyText());
            for (Event e : events) {
                for (EventActor a : actors(e)) {
                    if (!body.contains(NameKeys.fold(a.name())) && inRails(coded, a.name())
                            && !mentionedAnyForm(coded, e, a)) {
                        violations.add(new Violation(file, rule, describe(e)));
                    }
                }
            }
            return true;
        }
        return false;
    }

    /** An actor named in its evidence by another form (a surname, an acronym) is not rail-only. */
    private static boolean mentionedAnyForm(Coded coded, Event e, EventActor a) {
        String evidence = NameKeys.fold(e.evidence().text());
        for (String token : NameKeys.fold(a.name()).split(" ")) {
            if (token.length() > 2 && evidence.contains(token)) {
                return true;
            }
        }
        return a.country() != null && coded.article().bodyText().contains(a.country());
    }

    private static boolean inRails(Coded coded, String text) {
        String folded = NameKeys.fold(text);
        for (RailLink link : coded.article().links()) {
            String line = NameKeys.fold(Objects.requireNonNullElse(link.headline(), "") + " "
                    + Objects.requireNonNullElse(link.date(), "") + " " + Objects.requireNonNullElse(link.time(), ""));
            if (line.contains(folded)) {
                return true;
            }
        }
        return false;
    }

    private static List<EventActor> actors(Event e) {
        List<EventActor> all = new ArrayList<>(e.source());
        all.addAll(e.target());
        return all;
    }

    static String describe(Event e) {
        StringBuilder s = new StringBuilder(e.type() + " " + e.cameo());
        if (e.mode() != null) {
            s.append(' ').append(e.mode());
        }
        s.append(' ').append(names(e.source())).append(" → ").append(names(e.target()));
        s.append(" @ ").append(e.date() == null ? "date unknown" : e.date().start() + ".." + e.date().end());
        if (e.location() != null) {
            s.append(" in ").append(e.location());
        }
        return s.toString();
    }

    private static String names(List<EventActor> actors) {
        StringBuilder s = new StringBuilder();
        for (Iterator<EventActor> it = actors.iterator(); it.hasNext(); ) {
            EventActor a = it.next();
            s.append(a.name());
            if (a.country() != null) {
                s.append(" (").append(a.country()).append(a.sector() == null ? "" : " " + a.sector()).append(')');
            }
            if (it.hasNext()) {
                s.append(", ");
            }
        }
        return s.isEmpty() ? "-" : s.toString();
    }

    private static String describe(JsonNode g) {
        StringBuilder s = new StringBuilder(g.path("type").asText("?") + " " + g.path("cameo").asText(""));
        if (g.hasNonNull("mode")) {
            s.append(' ').append(g.get("mode").asText());
        }
        if (g.has("participants")) {
            List<String> p = new ArrayList<>();
            g.get("participants").forEach(n -> p.add(n.asText()));
            s.append(' ').append(String.join(" – ", p));
        } else {
            s.append(' ').append(g.path("source").asText("?")).append(" → ").append(g.path("target").asText("?"));
        }
        if (g.has("date")) {
            s.append(" @ ").append(g.get("date").isNull() ? "date unknown" : g.get("date").toString());
        }
        return s.toString();
    }
}
