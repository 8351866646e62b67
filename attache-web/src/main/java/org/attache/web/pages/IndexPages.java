package org.attache.web.pages;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.EntityReader;
import org.attache.store.EventReader;
import org.attache.store.events.EventQueries;
import org.attache.store.events.PairActivity;
import org.attache.store.events.Story;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import org.attache.web.api.ApiError;
import org.attache.web.api.Params;

/**
 * The index pages: entities ({@code /entities}: by type, country and name, most mentioned first), stories
 * ({@code /stories}: most sources or most recent first) and pairs of states ({@code /pairs}: most events first).
 * Each is paged with an opaque cursor (a position in its order, up to {@link EventQueries#MAX_LIMIT}); page
 * sizes are capped at {@link #MAX_LIMIT}.
 */
final class IndexPages {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 100;
    /** Entity types an index lists (dates, titles and the like are not entities one browses). */
    private static final List<MentionType> TYPES = List.of(MentionType.PERSON, MentionType.ORGANIZATION,
            MentionType.LOCATION);

    private final EntityReader entities;
    private final EventReader events;

    IndexPages(EntityReader entities, EventReader events) {
        this.entities = entities;
        this.events = events;
    }

    /** {@code /entities?type=PERSON&country=JPN&q=sato&cursor=…}. */
    Views.EntityIndex entities(Context ctx) {
        String typeText = Params.text(ctx, "type");
        MentionType type = null;
        if (typeText != null) {
            type = TYPES.stream().filter(t -> t.name().equalsIgnoreCase(typeText)).findFirst()
                    .orElseThrow(() -> ApiError.badParameter("type", "unknown entity type '" + typeText
                            + "' (person, organization or location)"));
        }
        String country = Params.country(ctx, "country");
        String q = Params.text(ctx, "q");
        String key = q == null ? null : NameKeys.key(q);
        if (key != null && !key.codePoints().allMatch(Character::isLetterOrDigit)) {
            key = key.codePoints().filter(Character::isLetterOrDigit)
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        }
        EntityFilter filter = new EntityFilter(type, country, key == null || key.isEmpty() ? null : key);
        int limit = limit(ctx);
        int offset = offset(ctx);
        List<EntitySummary> rows = entities.list(filter, offset, limit + 1);
        long total = entities.count(filter);
        List<Views.EntityRow> items = new ArrayList<>();
        for (EntitySummary e : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new Views.EntityRow("/entities/" + Pages.enc(e.id()), e.name(), e.type().name().toLowerCase(Locale.ROOT),
                    e.country(), e.country() == null ? null : Pages.countryName(e.country()), e.mentionCount(),
                    e.articleCount()));
        }
        List<String> parts = new ArrayList<>();
        param(parts, "type", type == null ? null : type.name());
        param(parts, "country", country);
        param(parts, "q", q);
        param(parts, "limit", limit == DEFAULT_LIMIT ? null : String.valueOf(limit));
        String next = rows.size() > limit && offset + limit < EventQueries.MAX_LIMIT
                ? href("/entities", parts, "cursor=" + Params.offsetCursor(offset + limit)) : null;
        List<Views.Option> types = new ArrayList<>();
        for (MentionType t : TYPES) {
            types.add(new Views.Option(t.name(), t.name().toLowerCase(Locale.ROOT), t == type));
        }
        return new Views.EntityIndex(types, country == null ? "" : country, q == null ? "" : q, total,
                items.isEmpty() ? 0 : offset + 1, offset + items.size(), items, next,
                offset == 0 ? null : href("/entities", parts));
    }

    /** {@code /stories?order=sources|recent&cursor=…}. */
    Views.StoryIndex stories(Context ctx) {
        String order = Params.text(ctx, "order");
        boolean recent;
        if (order == null || order.equalsIgnoreCase("sources")) {
            recent = false;
        } else if (order.equalsIgnoreCase("recent")) {
            recent = true;
        } else {
            throw ApiError.badParameter("order", "'" + order + "' is not sources or recent");
        }
        int limit = limit(ctx);
        int offset = offset(ctx);
        List<Story> rows = events.stories(recent, offset, limit + 1);
        List<Views.StoryRow> items = new ArrayList<>();
        for (Story s : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new Views.StoryRow(Pages.storyHref(s.id()),
                    s.headline() == null || s.headline().isBlank() ? "Untitled story" : s.headline(), s.type().name(),
                    s.dyad().isEmpty() ? null : String.join(" – ", s.dyad().stream().map(Pages::countryName).toList()),
                    Pages.days(s.firstDay(), s.lastDay()), s.sources(), s.articles(), s.events()));
        }
        List<String> parts = new ArrayList<>();
        param(parts, "order", recent ? "recent" : "sources");
        param(parts, "limit", limit == DEFAULT_LIMIT ? null : String.valueOf(limit));
        String next = rows.size() > limit && offset + limit < EventQueries.MAX_LIMIT
                ? href("/stories", parts, "cursor=" + Params.offsetCursor(offset + limit)) : null;
        return new Views.StoryIndex(recent, events.storyCount(), items.isEmpty() ? 0 : offset + 1,
                offset + items.size(), items, next, offset == 0 ? null : href("/stories", parts));
    }

    /** {@code /pairs?cursor=…}. */
    Views.PairIndex pairs(Context ctx) {
        int limit = limit(ctx);
        int offset = offset(ctx);
        // pairs of states only: the store's list holds every two three-letter codes, IGOs such as IMF among them
        List<PairActivity> all = events.pairs(0, EventQueries.MAX_LIMIT).stream()
                .filter(p -> !CodeNames.isIgo(p.countryA()) && !CodeNames.isIgo(p.countryB())).toList();
        List<PairActivity> rows = all.subList(Math.min(offset, all.size()), Math.min(all.size(), offset + limit + 1));
        List<Views.PairRow> items = new ArrayList<>();
        for (PairActivity p : rows.subList(0, Math.min(limit, rows.size()))) {
            items.add(new Views.PairRow("/relations/" + p.countryA() + "-" + p.countryB(),
                    Pages.countryName(p.countryA()) + " – " + Pages.countryName(p.countryB()),
                    p.countryA() + "–" + p.countryB(),
                    "/events?country=" + p.countryA() + "&country=" + p.countryB(), p.events()));
        }
        List<String> parts = new ArrayList<>();
        param(parts, "limit", limit == DEFAULT_LIMIT ? null : String.valueOf(limit));
        String next = rows.size() > limit && offset + limit < EventQueries.MAX_LIMIT
                ? href("/pairs", parts, "cursor=" + Params.offsetCursor(offset + limit)) : null;
        return new Views.PairIndex(all.size(), items.isEmpty() ? 0 : offset + 1, offset + items.size(),
                items, next, offset == 0 ? null : href("/pairs", parts));
    }

    private static int limit(Context ctx) {
        String text = Params.text(ctx, "limit");
        if (text == null) {
            return DEFAULT_LIMIT;
        }
        if (!text.matches("\\d{1,6}") || Integer.parseInt(text) < 1) {
            throw ApiError.badParameter("limit", "'" + text + "' is not a page size in 1.." + MAX_LIMIT);
        }
        return Math.min(Integer.parseInt(text), MAX_LIMIT);
    }

    private static int offset(Context ctx) {
        int offset = Params.offset(Params.cursor(ctx));
        if (offset >= EventQueries.MAX_LIMIT) {
            throw ApiError.badParameter("cursor", "pages past item " + EventQueries.MAX_LIMIT + " are not served");
        }
        return offset;
    }

    /** Adds "name=value" (the value encoded) unless the value is null. */
    private static void param(List<String> parts, String name, String value) {
        if (value != null) {
            parts.add(name + "=" + Pages.enc(value));
        }
    }

    /** The path with its query parts and any extra ones (already encoded). */
    private static String href(String path, List<String> parts, String... extra) {
        List<String> all = new ArrayList<>(parts);
        all.addAll(List.of(extra));
        return all.isEmpty() ? path : path + "?" + String.join("&", all);
    }
}
