package org.attache.app.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.api.Article;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.json.Json;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.Store;
import org.attache.store.events.EventFilter;
import org.attache.store.events.EventQueries;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code attache events}: stored events, who did what to whom, in timeline order. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "List coded events in timeline order (undated last), filtered by country, entity, type, status, "
                + "mode, date, article, the article's relevance or text in the evidence.")
public final class EventsCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    Filters filters;

    @Spec
    CommandSpec spec;

    @Option(names = {"-n", "--limit"}, defaultValue = "100",
            description = "At most this many (1..10000). Default: ${DEFAULT-VALUE}")
    int limit;

    @Override
    public Integer call() {
        CliException.requireLimit(limit, EventQueries.MAX_LIMIT);
        List<Event> events;
        try (Store store = DataFolder.openForReading(common)) {
            events = store.events().list(filters.toFilter(store), limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (common.json()) {
            out.println(Json.pretty(events));
            return 0;
        }
        out.printf("%d event%s%n", events.size(), events.size() == 1 ? "" : "s");
        for (Event e : events) {
            out.println(row(e));
        }
        return 0;
    }

    /** One text line: date, type, CAMEO code, mode, status, source → target, evidence snippet. */
    static String row(Event e) {
        return String.format(Locale.ROOT, "%-22s %-9s %-4s %-12s %-9s %s → %s  “%s”", date(e), e.type().name(),
                e.cameo(), e.mode() == null ? "-" : e.mode(), e.status().label(), actors(e.source()),
                actors(e.target()), snippet(e.evidence().text(), 90));
    }

    /** "2025-01-07", "2025-01-07..2025-01-11", "--04-29" (year unknown) or "date unknown". */
    static String date(Event e) {
        if (e.date() == null) {
            return "date unknown";
        }
        String start = e.date().start().toString();
        String end = e.date().end().toString();
        return start.equals(end) ? start : start + ".." + end;
    }

    private static String actors(List<EventActor> actors) {
        if (actors.isEmpty()) {
            return "-";
        }
        return actors.stream().map(a -> {
            boolean weak = a.countrySource() != null && a.countrySource().weak();
            String tag = (a.country() == null ? "" : a.country() + (weak ? "?" : ""))
                    + (a.sector() == null ? "" : " " + a.sector());
            return tag.isBlank() ? a.name() : a.name() + " (" + tag.strip() + ")";
        }).collect(Collectors.joining(", "));
    }

    private static String snippet(String text, int max) {
        String flat = text == null ? "" : text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    /** {@link CountryGazetteer#actorCode}; anything else is a usage error naming the input. */
    static String country(String input, String option) {
        return CountryGazetteer.actorCode(input).orElseThrow(() -> new CliException("unknown " + option + " " + input
                + " (an ISO-3166 alpha-3 code such as VNM or SUN, a country name, or an IGO code such as IMF or ASEAN)",
                CommandLine.ExitCode.USAGE));
    }

    /** A {@code --relevance} option's label, or null; anything else is a usage error naming the labels. */
    static RelevanceLabel relevance(String input) {
        if (input == null) {
            return null;
        }
        try {
            return RelevanceLabel.fromLabel(input);
        } catch (IllegalArgumentException e) {
            throw new CliException("unknown --relevance " + input + " (one of " + RelevanceLabel.labels() + ")",
                    CommandLine.ExitCode.USAGE);
        }
    }

    /** The event filters shared by {@code events} and {@code export}. */
    public static final class Filters {
        @Option(names = "--country", paramLabel = "C",
                description = "Events involving this country (repeat for a pair): alpha-3 code or name.")
        List<String> countries = new ArrayList<>();

        @Option(names = "--entity", paramLabel = "ID", description = "Events with this entity (id, unique id prefix or name).")
        String entity;

        @Option(names = "--type", paramLabel = "T", description = "PLOVER type, e.g. CONSULT, AGREE, ASSAULT.")
        String type;

        @Option(names = "--status", paramLabel = "S",
                description = "occurred, ongoing, planned, possible, promised or denied.")
        String status;

        @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Events ending on or after this day.")
        String from;

        @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Events starting on or before this day.")
        String to;

        @Option(names = "--article", paramLabel = "ID", description = "Events of this article (id or unique prefix).")
        String article;

        @Option(names = "--relevance", paramLabel = "R",
                description = "Events of articles judged of this relevance: political, business, sport, entertainment"
                        + " or technology.")
        String relevance;

        @Option(names = "--mode", paramLabel = "M", description = "Events of this mode, exactly: visit, phone, in_person, …")
        String mode;

        @Option(names = "--text", paramLabel = "TEXT",
                description = "Events whose evidence sentence contains this text (ASCII letters in any case; at most 200 characters).")
        String text;

        /** The filter these options describe; entity and article ids are looked up in the store. */
        EventFilter toFilter(Store store) {
            Set<String> codes = new LinkedHashSet<>();
            for (String c : countries) {
                codes.add(country(c, "--country"));
            }
            LocalDate fromDay = day(from, "--from");
            LocalDate toDay = day(to, "--to");
            if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
                throw new CliException("--from " + from + " is after --to " + to, CommandLine.ExitCode.USAGE);
            }
            if (text != null && text.strip().length() > EventFilter.MAX_TEXT) {
                throw new CliException("--text is longer than " + EventFilter.MAX_TEXT + " characters",
                        CommandLine.ExitCode.USAGE);
            }
            return new EventFilter(codes, entity == null ? null : entityId(store, entity), type(), status(), fromDay,
                    toDay, article == null ? null : articleId(store, article), relevance(relevance), mode, text);
        }

        private PloverType type() {
            if (type == null) {
                return null;
            }
            return PloverType.fromLabel(type).orElseThrow(() -> new CliException("unknown --type " + type + " ("
                    + Arrays.stream(PloverType.values()).map(Enum::name).collect(Collectors.joining(", ")) + ")",
                    CommandLine.ExitCode.USAGE));
        }

        private EventStatus status() {
            if (status == null) {
                return null;
            }
            try {
                return EventStatus.fromLabel(status);
            } catch (IllegalArgumentException e) {
                throw new CliException("unknown --status " + status + " ("
                        + Arrays.stream(EventStatus.values()).map(EventStatus::label).collect(Collectors.joining(", "))
                        + ")", CommandLine.ExitCode.USAGE);
            }
        }

        private static LocalDate day(String text, String option) {
            if (text == null) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new CliException("bad " + option + " " + text + " (expected YYYY-MM-DD)", CommandLine.ExitCode.USAGE);
            }
        }

        private static String entityId(Store store, String q) {
            String query = q.strip();
            if (query.matches("[0-9a-f]{4,}")) {
                List<String> ids = store.entities().idsWithPrefix(query, 2);
                if (ids.size() == 1) {
                    return ids.getFirst();
                }
                if (ids.size() > 1) {
                    throw new CliException("--entity " + q + " is ambiguous: it matches " + String.join(", ", ids)
                            + ", …", CommandLine.ExitCode.USAGE);
                }
            }
            String key = NameKeys.key(query);
            List<EntitySummary> byName = key.isEmpty() ? List.of()
                    : store.entities().list(new EntityFilter(null, null, key), 1);
            if (byName.isEmpty()) {
                throw new CliException("no entity " + q, CliException.NOT_FOUND);
            }
            return byName.getFirst().id();
        }

        private static String articleId(Store store, String q) {
            try {
                return store.findByPrefix(q.strip()).map(Article::id)
                        .orElseThrow(() -> new CliException("no article " + q, CliException.NOT_FOUND));
            } catch (IllegalArgumentException ambiguous) {
                throw new CliException(ambiguous.getMessage(), CommandLine.ExitCode.USAGE);
            }
        }
    }
}
