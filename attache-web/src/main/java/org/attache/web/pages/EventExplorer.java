package org.attache.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attache.api.Entity;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.store.EntityReader;
import org.attache.store.EventReader;
import org.attache.store.events.EventFilter;
import org.attache.store.read.Page;
import org.attache.web.api.ApiError;
import org.attache.web.api.Params;

/**
 * The events explorer ({@code /events}): every filter of {@code attache events} (country pair, entity, type,
 * status, mode, relevance, date range, text in the evidence) read from the query string, so that a view is a
 * URL to share; one page of events in timeline order with a cursor to the next, the count by type of the whole
 * selection, and the same selection as JSON from the API and as {@code attache export} commands in every
 * export format.
 */
final class EventExplorer {
    /** Events on a page when the URL does not say. */
    static final int DEFAULT_LIMIT = 50;
    /** The most events on one page. */
    static final int MAX_LIMIT = 100;
    /**
     * The labels of {@code attache export --format} (the exporters live in attache-app, which the web module
     * cannot see; a test there checks this list against them).
     */
    static final List<String> EXPORT_FORMATS = List.of("plover", "cameo-tsv", "jsonl", "csv");
    /** The query parameters that make up a filter, in the order URLs and commands list them. */
    private static final List<String> FILTERS = List.of("country", "entity", "type", "status", "mode", "relevance",
            "from", "to", "text");

    private final EntityReader entities;
    private final EventReader events;

    EventExplorer(EntityReader entities, EventReader events) {
        this.entities = entities;
        this.events = events;
    }

    /**
     * The explorer's model for this request.
     *
     * @throws ApiError (400) naming a bad parameter
     */
    Views.EventExplorer explore(Context ctx) {
        Filter f = Filter.of(ctx);
        int limit = limit(Params.text(ctx, "limit"));
        String cursor = Params.cursor(ctx);
        int start = start(Params.text(ctx, "start"));
        Page<Event> page;
        try {
            page = events.page(f.filter(), cursor, limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("cursor", e.getMessage());
        }
        long total = events.count(f.filter());
        if (cursor == null) {
            start = 0;
        }
        start = (int) Math.min(start, Math.max(0, total - page.items().size()));
        List<Views.TypeCount> types = new ArrayList<>();
        for (Map.Entry<PloverType, Long> c : events.countsByType(f.filter()).entrySet()) {
            String name = c.getKey().name();
            boolean active = name.equals(f.value("type"));
            types.add(new Views.TypeCount(name, c.getValue(),
                    "/events" + f.with("type", active ? null : name).query(), active));
        }
        String limitPart = limit == DEFAULT_LIMIT ? "" : "limit=" + limit;
        String share = "/events" + f.query(limitPart);
        String next = page.nextCursor() == null ? null : "/events" + f.query(limitPart, "cursor=" + Pages.enc(page.nextCursor()),
                "start=" + (start + page.items().size()));
        String firstPage = cursor == null ? null : share;
        List<Views.ExportLink> exports = EXPORT_FORMATS.stream()
                .map(format -> new Views.ExportLink(format, f.command(format))).toList();
        String entityName = f.value("entity") == null ? null
                : entities.entity(f.value("entity")).map(Entity::name).orElse(null);
        List<String> countries = f.values("country");
        return new Views.EventExplorer(
                countries.isEmpty() ? "" : countries.get(0), countries.size() < 2 ? "" : countries.get(1),
                f.value("entity"), entityName,
                options(PloverType.values(), PloverType::name, PloverType::name, f.value("type")),
                options(EventStatus.values(), EventStatus::label, EventStatus::label, f.value("status")),
                options(RelevanceLabel.values(), RelevanceLabel::label, RelevanceLabel::label, f.value("relevance")),
                f.value("mode"), f.value("from"), f.value("to"), f.value("text"), limit, f.describe(entityName), total,
                page.items().isEmpty() ? 0 : start + 1, start + page.items().size(), types,
                page.items().stream().map(EventRows::row).toList(), next, firstPage, share,
                "/api/events" + f.query("limit=" + Math.min(limit, Params.MAX_LIMIT)), exports);
    }

    private static <T> List<Views.Option> options(T[] values, java.util.function.Function<T, String> value,
                                                  java.util.function.Function<T, String> label, String selected) {
        List<Views.Option> options = new ArrayList<>();
        for (T v : values) {
            options.add(new Views.Option(value.apply(v), label.apply(v), value.apply(v).equals(selected)));
        }
        return options;
    }

    static int limit(String text) {
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
            throw ApiError.badParameter("limit", "'" + text + "' is not a page size in 1.." + MAX_LIMIT);
        }
        return Math.min(Integer.parseInt(text), MAX_LIMIT);
    }

    private static int start(String text) {
        return text != null && text.matches("\\d{1,7}") ? Integer.parseInt(text) : 0;
    }

    /**
     * A checked filter and the canonical values it was read from (codes for countries, labels for the rest),
     * from which URLs and commands are written back.
     */
    record Filter(EventFilter filter, Map<String, List<String>> values) {
        static Filter of(Context ctx) {
            EventFilter filter = Params.eventFilter(ctx, false);
            Map<String, List<String>> values = new java.util.LinkedHashMap<>();
            values.put("country", List.copyOf(Params.countries(ctx)));
            put(values, "entity", filter.entityId());
            put(values, "type", filter.type() == null ? null : filter.type().name());
            put(values, "status", filter.status() == null ? null : filter.status().label());
            put(values, "mode", filter.mode());
            put(values, "relevance", filter.relevance() == null ? null : filter.relevance().label());
            put(values, "from", filter.from() == null ? null : filter.from().toString());
            put(values, "to", filter.to() == null ? null : filter.to().toString());
            put(values, "text", filter.text());
            return new Filter(filter, values);
        }

        private static void put(Map<String, List<String>> values, String name, String value) {
            values.put(name, value == null ? List.of() : List.of(value));
        }

        List<String> values(String name) {
            return values.getOrDefault(name, List.of());
        }

        String value(String name) {
            List<String> v = values(name);
            return v.isEmpty() ? null : v.getFirst();
        }

        /** This filter with one parameter set (or removed when null); only for writing URLs. */
        Filter with(String name, String value) {
            Map<String, List<String>> copy = new java.util.LinkedHashMap<>(values);
            put(copy, name, value);
            return new Filter(filter, copy);
        }

        /** "?country=JPN&country=USA&type=CONSULT" plus {@code extra} ("name=value", already encoded); "" when empty. */
        String query(String... extra) {
            List<String> parts = new ArrayList<>();
            for (String name : FILTERS) {
                for (String v : values(name)) {
                    parts.add(name + "=" + Pages.enc(v));
                }
            }
            for (String e : extra) {
                if (e != null && !e.isEmpty()) {
                    parts.add(e);
                }
            }
            return parts.isEmpty() ? "" : "?" + String.join("&", parts);
        }

        /** The {@code attache export} command that writes this selection in {@code format}. */
        String command(String format) {
            StringBuilder cmd = new StringBuilder("attache export --format " + format);
            for (String name : FILTERS) {
                for (String v : values(name)) {
                    cmd.append(" --").append(name).append(' ').append(shellWord(v));
                }
            }
            String extension = switch (format) {
                case "plover" -> "json";
                case "cameo-tsv" -> "tsv";
                default -> format;
            };
            return cmd.append(" events.").append(extension).toString();
        }

        /** What the filter selects, in words ("Japan – United States", "type CONSULT"), for the page's heading. */
        List<String> describe(String entityName) {
            List<String> parts = new ArrayList<>();
            List<String> countries = values("country");
            if (!countries.isEmpty()) {
                parts.add(countries.stream().map(Pages::countryName).collect(Collectors.joining(" – ")));
            }
            if (value("entity") != null) {
                parts.add("with " + (entityName == null ? value("entity") : entityName));
            }
            for (String name : List.of("type", "status", "mode", "relevance")) {
                if (value(name) != null) {
                    parts.add(name + " " + value(name));
                }
            }
            if (value("from") != null || value("to") != null) {
                parts.add((value("from") == null ? "until " + value("to") : value("to") == null
                        ? "from " + value("from") : value("from") + " to " + value("to")));
            }
            if (value("text") != null) {
                parts.add("evidence containing “" + value("text") + "”");
            }
            return parts;
        }
    }

    /** A POSIX shell word for {@code value}: as is when plain, else single-quoted. */
    static String shellWord(String value) {
        if (value.matches("[A-Za-z0-9_./:@%+=,-]+")) {
            return value;
        }
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
