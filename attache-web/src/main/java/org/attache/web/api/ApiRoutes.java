package org.attache.web.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;
import org.attache.api.Article;
import org.attache.api.Entity;
import org.attache.api.config.SourceConfig;
import org.attache.api.events.Event;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.Store;
import org.attache.store.index.QueryCostException;
import org.attache.store.events.EventFilter;
import org.attache.store.events.EventQueries;
import org.attache.store.events.GraphLevel;
import org.attache.store.events.EventGroupCounts;
import org.attache.store.events.StoryDetail;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.FollowKind;
import org.attache.store.read.Page;
import org.attache.store.read.Rails;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;
import org.attache.store.registry.EntityFilter;
import org.attache.api.MentionType;
import org.attache.web.EntityMerge;
import org.attache.web.WebAuth;
import org.attache.json.Json;
import org.attache.web.PageIngestor;
import org.attache.web.WebConfig;

/**
 * The JSON API under {@code /api}, as {@code /api/openapi.yaml} documents it: articles, search with facets,
 * entities, events, relations between two countries, the meetings graph, stories, active pairs, follows
 * and the feed. Lists page with opaque cursors ({@code ?cursor=&limit=}, limit capped at
 * {@value Params#MAX_LIMIT}) and answer {@code {"items": [...], "next_cursor": …}}; field names are
 * snake_case and records look as the CLI's {@code --json} prints them. Handlers only read the store
 * (follows, ingest and entity merges excepted, which need the writer's token), so they are cheap and safe to
 * run concurrently.
 */
public final class ApiRoutes {
    /** Where the OpenAPI description lives on the class path. */
    public static final String OPENAPI_RESOURCE = "/org/attache/web/openapi.yaml";
    private static final int RAIL_SIZE = 6;
    private static final int ENTITY_EVENTS = 200;
    private static final int ENTITY_CO_MENTIONS = 20;
    private static final int ENTITY_ARTICLES = 50;
    private static final int GRAPH_DEFAULT = 150;
    private static final int GRAPH_MAX = 1000;

    private final Store store;
    private final PageIngestor ingestor;
    private final byte[] openapi;

    private ApiRoutes(Store store, PageIngestor ingestor) {
        this.store = store;
        this.ingestor = ingestor;
        this.openapi = openapi();
    }

    /** Registers every {@code /api} route on {@code routes}; {@code ingestor} may be null (no ingest). */
    public static void register(RoutesConfig routes, Store store, WebConfig config, PageIngestor ingestor) {
        ApiRoutes api = new ApiRoutes(store, ingestor);
        routes.get("/api/openapi.yaml", api::openapiFile);
        routes.get("/api/articles", api::articles);
        routes.get("/api/articles/{id}", api::article);
        routes.get("/api/search", api::search);
        routes.get("/api/entities", api::entities);
        routes.get("/api/entities/{id}", api::entity);
        routes.post("/api/entities/{id}/merge", api::mergeEntities);
        routes.get("/api/events", api::events);
        routes.get("/api/events/{id}", api::event);
        routes.get("/api/relations/{pair}", api::relations);
        routes.get("/api/graph", api::graph);
        routes.get("/api/stories", api::stories);
        routes.get("/api/stories/{id}", api::story);
        routes.get("/api/pairs", api::pairs);
        routes.get("/api/follows", api::follows);
        routes.post("/api/follows", api::follow);
        routes.delete("/api/follows/{kind}/{key}", api::unfollow);
        routes.get("/api/feed", api::feed);
        routes.post("/api/ingest", api::ingest);
    }

    /** The OpenAPI description as bytes, read once. */
    public static byte[] openapi() {
        try (InputStream in = ApiRoutes.class.getResourceAsStream(OPENAPI_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing class-path resource " + OPENAPI_RESOURCE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + OPENAPI_RESOURCE, e);
        }
    }

    /** The largest upload {@code /api/ingest} takes: the sources' default page cap. */
    public static final int MAX_UPLOAD_BYTES = (int) SourceConfig.DEFAULT_MAX_PAGE_BYTES;

    private void openapiFile(Context ctx) {
        ctx.contentType("application/yaml; charset=utf-8").result(openapi);
    }

    // ---- articles

    private void articles(Context ctx) {
        int limit = Params.limit(ctx);
        String cursor = Params.cursor(ctx);
        Responses.json(ctx, withCursor(() -> store.latest(cursor, limit)));
    }

    private void article(Context ctx) {
        String id = ctx.pathParam("id");
        Article article = store.get(id).orElseThrow(() -> ApiError.notFound("no article " + id));
        String user = WebAuth.of(ctx).reader(ctx).orElse(null);
        Rails rails = store.rails();
        Map<String, Object> railMap = new LinkedHashMap<>();
        railMap.put("related", rails.related(id, RAIL_SIZE));
        railMap.put("latest", rails.latest(id, RAIL_SIZE));
        railMap.put("more", rails.moreFromOutlet(id, RAIL_SIZE));
        railMap.put("for_you", user == null ? List.<ArticleRef>of() : rails.forYou(user, id, RAIL_SIZE));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("article", Json.article(article, store.relevance(id).orElse(null)));
        body.put("mentions", store.entities().mentionsOf(id));
        body.put("events", store.events().list(EventFilter.all().withArticle(id), EventQueries.MAX_LIMIT));
        body.put("rails", railMap);
        Responses.json(ctx, body);
    }

    // ---- search

    private void search(Context ctx) {
        String query = Params.text(ctx, "q");
        String outlet = Params.text(ctx, "outlet");
        String country = Params.country(ctx, "country");
        String entity = Params.text(ctx, "entity");
        var type = Params.type(ctx, "type");
        var status = Params.status(ctx, "status");
        var relevance = Params.relevance(ctx, "relevance");
        LocalDate from = Params.day(ctx, "from");
        LocalDate to = Params.day(ctx, "to");
        Params.checkRange(from, to);
        int limit = Params.limit(ctx);
        String cursor = Params.cursor(ctx);
        if (query == null && outlet == null && country == null && entity == null && type == null && status == null
                && relevance == null && from == null && to == null) {
            throw ApiError.badParameter("q", "give a query or at least one filter");
        }
        SearchRequest request = new SearchRequest(query, outlet, country, entity, type, status, relevance, from, to,
                cursor, limit);
        SearchPage page;
        try {
            page = store.search(request);
        } catch (QueryCostException e) {
            // a query too costly in itself is the client's to change; a busy server is worth a retry
            throw e.retryable() ? new ApiError(503, e.getMessage()) : ApiError.badParameter("q", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter(cursor != null && String.valueOf(e.getMessage()).contains(cursor) ? "cursor" : "q",
                    e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", page.query());
        body.put("total_hits", page.totalHits());
        body.put("items", page.hits());
        body.put("facets", page.facets());
        body.put("next_cursor", page.nextCursor());
        Responses.json(ctx, body);
    }

    // ---- entities

    private void entities(Context ctx) {
        String typeText = Params.text(ctx, "type");
        MentionType type = null;
        if (typeText != null) {
            try {
                type = MentionType.valueOf(typeText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                type = null;
            }
            if (type == null || !type.isEntity()) {
                throw ApiError.badParameter("type", "unknown entity type '" + typeText
                        + "' (one of PERSON, ORGANIZATION, LOCATION, EVENT, MISC)");
            }
        }
        String country = Params.country(ctx, "country");
        String q = Params.text(ctx, "q");
        String key = q == null ? null : NameKeys.key(q).replace(" ", "");
        if (q != null && key.isEmpty()) {
            throw ApiError.badParameter("q", "'" + q + "' has no letters or digits");
        }
        EntityFilter filter = new EntityFilter(type, country, key);
        Responses.json(ctx, offsetPage(ctx, n -> store.entities().list(filter, n), () -> store.entities().count(filter)));
    }

    private void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Entity entity = store.entities().entity(id).orElseThrow(() -> ApiError.notFound("no entity " + id));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", entity);
        body.put("country_name", entity.country() == null ? null : CodeNames.displayName(entity.country()));
        body.put("offices", entity.offices());
        body.put("former_offices", entity.formerOffices());
        body.put("events", store.events().list(EventFilter.all().withEntity(id), ENTITY_EVENTS));
        body.put("co_mentions", store.entities().coMentioned(id, ENTITY_CO_MENTIONS));
        body.put("articles", store.entities().articles(id, ENTITY_ARTICLES));
        String user = WebAuth.of(ctx).reader(ctx).orElse(null);
        body.put("following", user != null && store.follows().follows(user, FollowKind.ENTITY, id));
        Responses.json(ctx, body);
    }

    /**
     * {@code POST /api/entities/{id}/merge} with {@code {"ids": ["e…", …]}}: folds those entities into this one
     * (as {@code attache entity merge} does, alias file included) and answers the kept entity.
     */
    private void mergeEntities(Context ctx) {
        WebAuth.of(ctx).requireWriter(ctx);
        String id = ctx.pathParam("id");
        JsonNode json;
        try {
            json = org.attache.json.Json.mapper().readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: expected {\"ids\": [\"e…\", …]}");
        }
        if (json == null || !json.isObject() || !json.path("ids").isArray() || json.path("ids").isEmpty()) {
            throw ApiError.badParameter("ids", "give the entities to merge as a non-empty array of ids");
        }
        List<String> ids = new ArrayList<>();
        for (JsonNode n : json.path("ids")) {
            if (!n.isTextual() || n.asText().isBlank()) {
                throw ApiError.badParameter("ids", "every id must be a string, was " + n);
            }
            ids.add(n.asText().strip());
        }
        if (store.entities().entity(id).isEmpty()) {
            throw ApiError.notFound("no entity " + id);
        }
        for (String other : ids) {
            if (store.entities().entity(other).isEmpty()) {
                throw ApiError.notFound("no entity " + other);
            }
        }
        EntityMerge.Outcome outcome;
        try {
            outcome = EntityMerge.merge(store, id, ids, true);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("ids", e.getMessage());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entity", outcome.entity());
        body.put("merged", outcome.merged());
        body.put("spellings", outcome.spellings());
        Responses.json(ctx, body);
    }

    // ---- events

    private void events(Context ctx) {
        EventFilter filter = Params.eventFilter(ctx, true);
        Responses.json(ctx, offsetPage(ctx, n -> store.events().list(filter, n), () -> store.events().count(filter)));
    }

    private void event(Context ctx) {
        String id = ctx.pathParam("id");
        Event event = store.events().get(id).orElseThrow(() -> ApiError.notFound("no event " + id));
        Responses.json(ctx, event);
    }

    /**
     * One page of a relationship: its event groups (the events of one sentence coded alike, one per counterpart,
     * are never split across pages; {@code limit} counts groups), with counts per month and type, the
     * cooperation–conflict score per month, and the number of undated groups, all under the same filters.
     */
    private void relations(Context ctx) {
        String pair = ctx.pathParam("pair");
        String[] codes = pair(pair, "pair");
        Relationship rel = Relationship.of(ctx, store.events(), codes[0], codes[1]);
        int limit = Params.limit(ctx);
        String cursor = Params.cursor(ctx);
        Page<List<Event>> page = withCursor(() -> store.events().groupPage(rel.filter(), cursor, limit));
        EventGroupCounts counts = store.events().groupCounts(rel.filter());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("country_a", rel.countryA());
        body.put("country_b", rel.countryB());
        body.put("name_a", countryName(rel.countryA()));
        body.put("name_b", countryName(rel.countryB()));
        body.put("items", page.items().stream().flatMap(List::stream).toList());
        body.put("next_cursor", page.nextCursor());
        body.put("total", counts.total());
        body.put("by_type", counts.byType().entrySet().stream().map(e -> {
            Map<String, Object> t = new LinkedHashMap<>();
            t.put("type", e.getKey());
            t.put("count", e.getValue());
            t.put("quad_class", org.attache.api.events.QuadClass.of(e.getKey()).label());
            t.put("weight", org.attache.api.events.QuadClass.of(e.getKey()).weight());
            return t;
        }).toList());
        body.put("months", counts.months());
        body.put("tone", Relationship.tone(counts.months()));
        body.put("undated", counts.undated());
        Responses.json(ctx, body);
    }

    private void graph(Context ctx) {
        String levelText = Params.text(ctx, "level");
        GraphLevel level = GraphLevel.PERSON;
        if (levelText != null) {
            try {
                level = GraphLevel.valueOf(levelText.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApiError.badParameter("level", "'" + levelText + "' is not person or country");
            }
        }
        LocalDate from = Params.day(ctx, "from");
        LocalDate to = Params.day(ctx, "to");
        Params.checkRange(from, to);
        String limitText = Params.text(ctx, "limit");
        int limit = GRAPH_DEFAULT;
        if (limitText != null) {
            try {
                limit = Integer.parseInt(limitText);
            } catch (NumberFormatException e) {
                throw ApiError.badParameter("limit", "'" + limitText + "' is not a whole number");
            }
            if (limit < 1) {
                throw ApiError.badParameter("limit", "must be at least 1, was " + limit);
            }
            limit = Math.min(limit, GRAPH_MAX);
        }
        org.attache.api.events.PloverType type = Params.type(ctx, "type");
        org.attache.store.events.Graph graph = store.events().interactions(level,
                type == null ? org.attache.api.events.PloverType.CONSULT : type, from, to, limit);
        // each node with its country's display name, for the legend
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("nodes", graph.nodes().stream().map(n -> {
            Map<String, Object> node = new LinkedHashMap<>();
            node.put("id", n.id());
            node.put("label", n.label());
            node.put("country", n.country());
            node.put("country_name", n.country() == null ? null : countryName(n.country()));
            node.put("events", n.events());
            return node;
        }).toList());
        body.put("edges", graph.edges());
        Responses.json(ctx, body);
    }

    private void stories(Context ctx) {
        Responses.json(ctx, offsetPage(ctx, n -> store.events().stories(n), () -> store.events().storyCount()));
    }

    private void story(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<StoryDetail> found = store.story(id, StoryDetail.ARTICLES, StoryDetail.EVENTS);
        if (found.isEmpty()) {
            Optional<String> current = store.events().storyAlias(id);
            if (current.isPresent()) { // regrouping gave the story another id: the old one still leads there
                ctx.redirect("/api/stories/" + current.get(), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
        }
        Responses.json(ctx, found.orElseThrow(() -> ApiError.notFound("no story " + id)));
    }

    private void pairs(Context ctx) {
        String daysText = Params.text(ctx, "days");
        int days = 7;
        if (daysText != null) {
            try {
                days = Integer.parseInt(daysText);
            } catch (NumberFormatException e) {
                days = -1;
            }
            if (days < 1 || days > 36_600) {
                throw ApiError.badParameter("days", "'" + daysText + "' is not a number of days in 1..36600");
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("days", days);
        body.put("items", store.events().activePairs(days, Params.limit(ctx)));
        Responses.json(ctx, body);
    }

    // ---- follows and feed

    private void follows(Context ctx) {
        String user = WebAuth.of(ctx).requireReader(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", store.follows().list(user));
        body.put("next_cursor", null);
        Responses.json(ctx, body);
    }

    private static final Pattern UPLOAD_NAME = Pattern.compile(
            "[\\p{L}\\p{N}._ -]{1,120}\\.(html?|txt|jsonl|json|warc)(\\.gz)?", Pattern.CASE_INSENSITIVE);

    /** {@code POST /api/ingest?name=FILE}: runs the whole pipeline on the body. */
    private void ingest(Context ctx) {
        WebAuth.of(ctx).requireWriter(ctx);
        if (ingestor == null) {
            throw new ApiError(503, "this server does not ingest (started without the pipeline)");
        }
        String name = ctx.queryParam("name");
        if (name == null || !UPLOAD_NAME.matcher(name).matches()) {
            throw ApiError.badParameter("name", "give the file's name with its format's extension "
                    + "(.html, .txt, .jsonl, .json, .warc, optionally .gz), letters, digits, '.', '_', '-' or spaces");
        }
        byte[] content = ctx.bodyAsBytes();
        if (content.length == 0) {
            throw ApiError.badRequest("the body is empty: send the file's bytes");
        }
        PageIngestor.Summary summary;
        try {
            summary = ingestor.ingest(name, content);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + ": " + e.getMessage());
        }
        Responses.json(ctx, 201, summary);
    }

    private void follow(Context ctx) {
        String user = WebAuth.of(ctx).requireWriter(ctx);
        JsonNode json;
        try {
            json = org.attache.json.Json.mapper().readTree(ctx.body());
        } catch (IOException e) {
            throw ApiError.badRequest("the body is not JSON: expected {\"kind\": \"entity\" or \"pair\", \"key\": \"…\"}");
        }
        if (json == null || !json.isObject()) {
            throw ApiError.badRequest("the body must be a JSON object {\"kind\": …, \"key\": …}");
        }
        FollowKind kind = kind(json.path("kind").isTextual() ? json.path("kind").asText() : null);
        String key = key(kind, json.path("key").isTextual() ? json.path("key").asText() : null);
        try {
            store.follows().follow(user, kind, key);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("key", e.getMessage());
        }
        Responses.json(ctx, 201, followState(kind, key, true));
    }

    private void unfollow(Context ctx) {
        String user = WebAuth.of(ctx).requireWriter(ctx);
        FollowKind kind = kind(ctx.pathParam("kind"));
        String key = key(kind, ctx.pathParam("key"));
        try {
            store.follows().unfollow(user, kind, key);
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("key", e.getMessage());
        }
        Responses.json(ctx, followState(kind, key, false));
    }

    private void feed(Context ctx) {
        String user = WebAuth.of(ctx).requireReader(ctx);
        int limit = Params.limit(ctx);
        String cursor = Params.cursor(ctx);
        Responses.json(ctx, withCursor(() -> store.follows().feed(user, cursor, limit)));
    }

    private static Map<String, Object> followState(FollowKind kind, String key, boolean following) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("key", key);
        body.put("following", following);
        return body;
    }

    private static FollowKind kind(String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badParameter("kind", "missing (entity or pair)");
        }
        try {
            return FollowKind.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("kind", "'" + text + "' is not entity or pair");
        }
    }

    /** An entity id as given (it must exist), or a pair "VNM-SGP" as its sorted key "SGP-VNM". */
    private String key(FollowKind kind, String text) {
        if (text == null || text.isBlank()) {
            throw ApiError.badParameter("key", "missing");
        }
        String key = text.strip();
        if (kind == FollowKind.PAIR) {
            String[] codes = pair(key, "key");
            TreeSet<String> sorted = new TreeSet<>(List.of(codes));
            return String.join("-", sorted);
        }
        if (store.entities().entity(key).isEmpty()) {
            throw ApiError.notFound("no entity " + key);
        }
        return key;
    }

    /** Two alpha-3 codes "VNM-SGP" (any case) → {"VNM", "SGP"}. */
    private static String[] pair(String text, String name) {
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (!upper.matches("[A-Z]{3}-[A-Z]{3}")) {
            throw ApiError.badParameter(name, "'" + text + "' is not two alpha-3 country codes such as VNM-SGP");
        }
        return new String[] {upper.substring(0, 3), upper.substring(4)};
    }

    private static String countryName(String code) {
        return CodeNames.displayNameOrCode(code);
    }

    // ---- paging helpers

    private static <T> Page<T> withCursor(java.util.function.Supplier<Page<T>> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badParameter("cursor", e.getMessage());
        }
    }

    /**
     * A page of a list the store reads from its start in a stable order: reads offset + limit + 1 rows and
     * keeps the window; the cursor holds the next offset. Items past the {@value EventQueries#MAX_LIMIT}th are not
     * served: the page that reaches that point says {@code "truncated": true} with the list's {@code "total"}, so
     * that a client never takes the end of what is served for the end of the list (narrow the filters instead).
     */
    private static <T> Map<String, Object> offsetPage(Context ctx, IntFunction<List<T>> read, LongSupplier total) {
        int limit = Params.limit(ctx);
        int offset = Params.offset(Params.cursor(ctx));
        if (offset >= EventQueries.MAX_LIMIT) {
            throw ApiError.badParameter("cursor", "pages past item " + EventQueries.MAX_LIMIT + " are not served");
        }
        int end = Math.min(offset + limit, EventQueries.MAX_LIMIT);
        List<T> rows = read.apply(Math.min(end + 1, EventQueries.MAX_LIMIT)); // the store serves no more rows
        List<T> window = rows.size() <= offset ? List.of() : new ArrayList<>(rows.subList(offset, Math.min(rows.size(), end)));
        Long all = end == EventQueries.MAX_LIMIT && rows.size() == end ? total.getAsLong() : null;
        boolean truncated = all != null && all > end;
        boolean more = end < EventQueries.MAX_LIMIT && rows.size() > end;
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", window);
        body.put("next_cursor", more ? Params.offsetCursor(end) : null);
        body.put("truncated", truncated);
        body.put("total", truncated ? all : null);
        return body;
    }
}
