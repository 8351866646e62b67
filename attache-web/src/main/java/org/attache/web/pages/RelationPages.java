package org.attache.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attache.api.Entity;
import org.attache.api.MentionType;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.events.QuadClass;
import org.attache.store.EntityReader;
import org.attache.store.EventReader;
import org.attache.store.events.EventGroupCounts;
import org.attache.store.events.MonthCount;
import org.attache.store.read.Page;
import org.attache.web.api.ApiError;
import org.attache.web.api.Params;
import org.attache.web.api.Relationship;

/**
 * The relationship page's model ({@code /relations/A-B}): the pair's event groups, one row per sentence with all
 * its counterparts, paged with cursors and filtered by type, status and date range; counts by type; the events
 * kept off the chart's month axis (year only, year not printed) counted apart; the cooperation–conflict scale
 * the chart's line uses; and the main people of each side.
 */
final class RelationPages {
    /** Rows on a page when the URL does not say. */
    static final int DEFAULT_LIMIT = 50;
    private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
            "Nov", "Dec"};

    private final EntityReader entities;
    private final EventReader events;

    RelationPages(EntityReader entities, EventReader events) {
        this.entities = entities;
        this.events = events;
    }

    /**
     * The page's model for the pair {@code a}–{@code b}.
     *
     * @throws ApiError 404 for an unknown code, 400 for a bad filter or cursor
     */
    Views.RelationPage model(Context ctx, String a, String b, Views.Follow follow) {
        Relationship rel = Relationship.of(ctx, events, a, b);
        int limit = EventExplorer.limit(Params.text(ctx, "limit"));
        String cursor = Params.cursor(ctx);
        int start = cursor == null ? 0 : start(Params.text(ctx, "start"));
        Page<List<Event>> page;
        try {
            page = events.groupPage(rel.filter(), cursor, limit);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("cursor", e.getMessage());
        }
        EventGroupCounts counts = events.groupCounts(rel.filter());
        start = (int) Math.min(start, Math.max(0, counts.total() - page.items().size()));
        String path = "/relations/" + a + "-" + b;
        String limitPart = limit == DEFAULT_LIMIT ? "" : "limit=" + limit;
        List<Views.TypeCount> types = new ArrayList<>();
        for (Map.Entry<PloverType, Long> c : counts.byType().entrySet()) {
            boolean active = c.getKey() == rel.type();
            Relationship other = new Relationship(a, b, active ? null : c.getKey(), rel.status(), rel.from(), rel.to());
            types.add(new Views.TypeCount(c.getKey().name(), c.getValue(), path + other.query(limitPart), active));
        }
        String next = page.nextCursor() == null ? null : path + rel.query(limitPart,
                "cursor=" + Pages.enc(page.nextCursor()), "start=" + (start + page.items().size()));
        String first = cursor == null ? null : path + rel.query(limitPart);
        List<Views.Option> typeOptions = Arrays.stream(PloverType.values())
                .map(t -> new Views.Option(t.name(), t.name() + " – " + org.attache.nlp.gazetteer.EventCodeNames
                        .ploverName(t.name()), t == rel.type())).toList();
        List<Views.Option> statuses = Arrays.stream(EventStatus.values())
                .map(s -> new Views.Option(s.label(), s.label(), s == rel.status())).toList();
        return new Views.RelationPage(a, b, Pages.countryName(a), Pages.countryName(b),
                "/api/relations/" + a + "-" + b + rel.query(), counts.total(), counts.undated(),
                page.items().stream().map(EventRows::row).toList(), people(rel, a), people(rel, b), follow, typeOptions,
                statuses, rel.from() == null ? null : rel.from().toString(),
                rel.to() == null ? null : rel.to().toString(), summary(rel), types,
                page.items().isEmpty() ? 0 : start + 1, start + page.items().size(), next, first,
                rel.filtered() ? path : null, buckets(counts.months(), false), buckets(counts.months(), true), scale());
    }

    private static int start(String text) {
        return text != null && text.matches("\\d{1,7}") ? Integer.parseInt(text) : 0;
    }

    private static List<String> summary(Relationship rel) {
        List<String> parts = new ArrayList<>();
        if (rel.type() != null) {
            parts.add("type " + rel.type().name());
        }
        if (rel.status() != null) {
            parts.add("status " + rel.status().label());
        }
        if (rel.from() != null || rel.to() != null) {
            parts.add(rel.from() == null ? "until " + rel.to() : rel.to() == null ? "from " + rel.from()
                    : rel.from() + " to " + rel.to());
        }
        return parts;
    }

    /**
     * The groups kept off the month axis: those dated to a year only ("1985"), or (when {@code noYear}) to a
     * month whose year was not printed ("--04" → "Apr").
     */
    private static List<Views.Bucket> buckets(List<MonthCount> months, boolean noYear) {
        Map<String, Map<PloverType, Long>> byKey = new LinkedHashMap<>();
        for (MonthCount m : months) {
            boolean wanted = noYear ? m.month().startsWith("--") : m.month().matches("\\d{4}");
            if (wanted) {
                byKey.computeIfAbsent(m.month(), k -> new java.util.EnumMap<>(PloverType.class))
                        .merge(m.type(), (long) m.count(), Long::sum);
            }
        }
        List<Views.Bucket> buckets = new ArrayList<>();
        byKey.forEach((key, types) -> {
            String label = noYear ? MONTHS[Integer.parseInt(key.substring(key.length() - 2)) - 1] : key;
            buckets.add(new Views.Bucket(label, types.values().stream().mapToLong(Long::longValue).sum(),
                    types.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue())
                            .collect(Collectors.joining(", "))));
        });
        return buckets;
    }

    /** The cooperation–conflict scale, as the page explains it. */
    static List<Views.ScaleRow> scale() {
        List<Views.ScaleRow> rows = new ArrayList<>();
        for (QuadClass q : QuadClass.values()) {
            rows.add(new Views.ScaleRow(q.label(), q.weight(), Arrays.stream(PloverType.values())
                    .filter(t -> QuadClass.of(t) == q).map(PloverType::name).collect(Collectors.joining(", "))));
        }
        return rows;
    }

    /** The people (registry persons) acting for {@code country} in the selection, most events first. */
    private List<Views.PersonCount> people(Relationship rel, String country) {
        List<Views.PersonCount> people = new ArrayList<>();
        for (Map.Entry<String, Long> c : events.actorCounts(rel.filter(), country, 40)) {
            Optional<Entity> entity = entities.entity(c.getKey());
            if (entity.isPresent() && entity.get().type() == MentionType.PERSON) {
                people.add(new Views.PersonCount("/entities/" + Pages.enc(c.getKey()), entity.get().name(),
                        c.getValue()));
                if (people.size() == 8) {
                    break;
                }
            }
        }
        return people;
    }
}
