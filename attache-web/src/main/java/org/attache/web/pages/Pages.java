package org.attache.web.pages;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Entity;
import org.attache.nlp.resolve.NameKeys;
import org.attache.api.Office;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.nlp.gazetteer.CodeNames;
import org.attache.store.Store;
import org.attache.store.events.EventFilter;
import org.attache.store.events.PairActivity;
import org.attache.store.events.Story;
import org.attache.store.events.StoryDetail;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.FeedItem;
import org.attache.store.read.FollowKind;
import org.attache.store.read.Follows;
import org.attache.store.read.Page;
import org.attache.store.registry.CoMention;
import org.attache.store.registry.EntityArticle;
import org.attache.web.WebAuth;
import org.attache.web.WebConfig;
import org.attache.web.api.ApiError;
import org.attache.web.api.Responses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reading room's HTML pages: home, search, article, story, entity, relationship, graph, events, feed and its
 * Atom form, and the follow form's target. Pages are rendered on the server from the templates of
 * {@code src/main/jte} (escaped by default); only the chart and the graph use scripts, which fetch the
 * JSON API. {@link #register} is the hook the web server calls.
 */
public final class Pages {
    private static final Logger LOG = LoggerFactory.getLogger(Pages.class);
    private static final int LIST = 20;
    /** "This week" of the home page: the days before the newest report (corpora can be old). */
    static final int PAIR_DAYS = 7;
    private static final int TOP_STORIES = 8;
    /** Happenings shown under one headline of the top stories; the rest are counted. */
    private static final int HAPPENINGS = 4;
    private static final Pattern PAIR = Pattern.compile("([A-Za-z]{2,10})-([A-Za-z]{2,10})");
    private static final Pattern CODE3 = Pattern.compile("[A-Z]{3}");

    private final Store store;
    private final Templates templates = new Templates();
    private final ArticlePages articles;
    private final RelationPages relations;

    private Pages(Store store) {
        this.store = Objects.requireNonNull(store, "store");
        this.articles = new ArticlePages(store, templates);
        this.relations = new RelationPages(store.entities(), store.events());
    }

    /**
     * Adds the page routes to the server's configuration.
     *
     * Who reads and writes follows is {@link WebAuth}'s decision: {@code POST /follows} needs a writer
     * (the token in server mode), the feed a reader; without one, the pages show no follows.
     *
     * @param config the Javalin configuration being built
     * @param store  the store the pages read (and the follow form writes)
     * @param web    the server's configuration
     */
    public static void register(JavalinConfig config, Store store, WebConfig web) {
        Objects.requireNonNull(web, "web");
        Pages pages = new Pages(store);
        config.routes.get("/", pages::home);
        config.routes.get("/search", new SearchPages(store, store.entities(), pages.templates)::search);
        config.routes.get("/articles/{id}", pages::article);
        config.routes.get("/entities/{id}", pages::entity);
        config.routes.get("/stories/{id}", pages::story);
        config.routes.get("/relations/{pair}", pages::relation);
        config.routes.get("/graph", pages::graph);
        config.routes.get("/events", pages::events);
        IndexPages indexes = new IndexPages(store.entities(), store.events());
        config.routes.get("/entities", ctx -> pages.index(ctx, "entities.jte", () -> indexes.entities(ctx)));
        config.routes.get("/stories", ctx -> pages.index(ctx, "stories.jte", () -> indexes.stories(ctx)));
        config.routes.get("/pairs", ctx -> pages.index(ctx, "pairs.jte", () -> indexes.pairs(ctx)));
        config.routes.get("/feed", pages::feed);
        config.routes.get("/feed.atom", pages::atom);
        config.routes.post("/follows", pages::follow);
    }

    // ---------------------------------------------------------------- home

    void home(Context ctx) {
        Page<ArticleRef> latest;
        try {
            latest = store.latest(blankToNull(ctx.queryParam("cursor")), LIST);
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "Bad request", e.getMessage());
            return;
        }
        List<Views.StoryItem> stories = topStories(TOP_STORIES);
        List<Views.PairItem> pairs = new ArrayList<>();
        for (PairActivity p : store.events().activePairs(PAIR_DAYS, 8)) {
            pairs.add(new Views.PairItem(relationHref(p.countryA(), p.countryB()),
                    countryName(p.countryA()) + " – " + countryName(p.countryB()), p.events()));
        }
        String more = latest.nextCursor() == null ? null : "/?cursor=" + enc(latest.nextCursor()) + "#latest";
        LocalDate newest = store.events().newestReportDay();
        render(ctx, "home.jte", new Views.Home(items(latest.items()), more, stories, pairs, PAIR_DAYS,
                newest == null ? null : newest.minusDays(PAIR_DAYS - 1L).toString(),
                newest == null ? null : newest.toString()));
    }

    /**
     * The home page's top stories, in the store's order (most distinct outlets first, then relevance), each
     * headline once, without ticker codes: the stories
     * of one article, and stories headed by the same title, are grouped under it with each of their distinct
     * happenings (type, actors, countries, date). A headline links to its story's page when the story spans
     * articles, else to its article.
     */
    private List<Views.StoryItem> topStories(int limit) {
        Map<String, String> headlines = new LinkedHashMap<>();
        Map<String, String> hrefs = new HashMap<>();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, Map<String, Views.Happening>> happenings = new HashMap<>(); // by what a reader sees
        for (Story s : store.events().topStories(limit * 5)) {
            Optional<Event> first = store.events().storyEvents(s.id(), 1).stream().findFirst();
            String article = first.map(Event::articleId).orElse(null);
            boolean untitled = s.headline() == null || s.headline().isBlank();
            String key = !untitled ? "h:" + s.headline() : s.articles() <= 1 && article != null ? "a:" + article
                    : "s:" + s.id();
            String href = s.articles() > 1 || article == null ? storyHref(s.id()) : "/articles/" + enc(article);
            if (!headlines.containsKey(key)) {
                if (headlines.size() == limit) {
                    continue;
                }
                headlines.put(key, untitled ? "Untitled story" : headline(s.headline()));
                hrefs.put(key, href);
                counts.put(key, new int[] {s.sources(), s.articles()});
                happenings.put(key, new LinkedHashMap<>());
            } else if (s.articles() > 1 && !hrefs.get(key).startsWith("/stories/")) {
                hrefs.put(key, href); // the story across articles rather than one of them
            }
            int[] c = counts.get(key);
            c[0] = Math.max(c[0], s.sources());
            c[1] = Math.max(c[1], s.articles());
            String dyad = s.dyad().isEmpty() ? null
                    : String.join(" – ", s.dyad().stream().map(Pages::countryName).toList());
            Views.Happening h = new Views.Happening(s.type().name(), first.map(EventRows::who).orElse(null), dyad,
                    first.map(e -> EventRows.humanDate(e.date())).orElse("date unknown"),
                    first.map(e -> "/articles/" + enc(e.articleId()) + "#s" + e.evidence().start()).orElse(null));
            happenings.get(key).putIfAbsent(h.type() + "|" + h.who() + "|" + h.dyad() + "|" + h.date(), h);
        }
        List<Views.StoryItem> items = new ArrayList<>();
        headlines.forEach((key, headline) -> {
            List<Views.Happening> all = List.copyOf(happenings.get(key).values());
            List<Views.Happening> shown = all.subList(0, Math.min(HAPPENINGS, all.size()));
            items.add(new Views.StoryItem(headline, hrefs.get(key), counts.get(key)[0], counts.get(key)[1], shown,
                    all.size() - shown.size()));
        });
        return items;
    }

    // ---------------------------------------------------------------- article

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<byte[]> page = articles.render(id, claim(ctx), reader(ctx).orElse(null));
        if (page.isEmpty()) {
            error(ctx, 404, "Article not found", "No article " + id + ".");
            return;
        }
        html(ctx, page.get());
    }

    /** The span an office's evidence link asks to show ({@code ?at=120&to=148}), or null. */
    private static BodyMarkup.Span claim(Context ctx) {
        String at = ctx.queryParam("at");
        String to = ctx.queryParam("to");
        if (at == null || to == null || !at.matches("\\d{1,7}") || !to.matches("\\d{1,7}")) {
            return null;
        }
        return BodyMarkup.Span.of(Integer.parseInt(at), Integer.parseInt(to));
    }

    /** The article's own URL when it is an http(s) URL; any other scheme ({@code javascript:}) is dropped. */
    static String httpUrl(String url) {
        if (url == null) {
            return null;
        }
        String u = url.strip();
        String lower = u.toLowerCase(Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://")) && !u.matches("(?s).*[\\s<>\"'`].*")
                ? u : null;
    }

    // ---------------------------------------------------------------- story

    void story(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<StoryDetail> found = store.story(id, StoryDetail.ARTICLES, StoryDetail.EVENTS);
        if (found.isEmpty()) {
            Optional<String> current = store.events().storyAlias(id);
            if (current.isPresent()) { // regrouping gave the story another id: the old link still leads there
                ctx.redirect("/stories/" + current.get(), HttpStatus.MOVED_PERMANENTLY);
                return;
            }
            error(ctx, 404, "Story not found", "No story " + id + ".");
            return;
        }
        Story s = found.get().story();
        List<LocalDate> reported = found.get().articles().stream().map(ArticleRef::published)
                .map(Pages::isoDay).filter(Objects::nonNull).sorted().toList();
        LocalDate first = reported.isEmpty() ? null : reported.getFirst();
        LocalDate last = reported.isEmpty() ? null : reported.getLast();
        render(ctx, "story.jte", new Views.StoryPage(
                s.headline() == null || s.headline().isBlank() ? "Untitled story" : s.headline(), s.type().name(),
                s.dyad().isEmpty() ? null : String.join(" – ", s.dyad().stream().map(Pages::countryName).toList()),
                days(earliest(s.firstDay(), first), latest(s.lastDay(), last)), days(s.firstDay(), s.lastDay()),
                first == null ? "no dated report" : days(first, last), s.sources(), s.articles(), s.events(),
                items(found.get().articles()), found.get().events().stream().map(EventRows::row).toList()));
    }

    /** A full ISO day at the start of a published value ("2025-01-08", "2025-01-08T09:30"), else null. */
    static LocalDate isoDay(String published) {
        if (published == null || !published.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return null;
        }
        try {
            return LocalDate.parse(published.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isBefore(a) ? a : b;
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || !b.isAfter(a) ? a : b;
    }

    static String days(LocalDate first, LocalDate last) {
        if (first == null) {
            return "date unknown";
        }
        return last == null || last.equals(first) ? first.toString() : first + " – " + last;
    }

    static String storyHref(String storyId) {
        return "/stories/" + enc(storyId);
    }

    // ---------------------------------------------------------------- entity

    void entity(Context ctx) {
        String id = ctx.pathParam("id");
        Optional<Entity> found = store.entities().entity(id);
        if (found.isEmpty()) {
            error(ctx, 404, "Entity not found", "No entity " + id + ".");
            return;
        }
        Entity e = found.get();
        List<Views.OfficeRow> offices = officeRows(e.offices());
        List<Views.OfficeRow> formerOffices = officeRows(e.formerOffices());
        List<Views.EventRow> timeline = store.events().list(EventFilter.all().withEntity(id), 100).stream()
                .map(EventRows::row).toList();
        List<Views.CoItem> co = new ArrayList<>();
        for (CoMention c : store.entities().coMentioned(id, 15)) {
            co.add(new Views.CoItem("/entities/" + enc(c.entityId()), c.name(), c.type().name(), c.country(),
                    c.sharedArticles()));
        }
        List<Views.EntityArticleItem> articles = new ArrayList<>();
        for (EntityArticle a : store.entities().articles(id, 30)) {
            articles.add(new Views.EntityArticleItem("/articles/" + enc(a.articleId()), title(a.title()),
                    ArticleRef.day(a.published()), a.mentions()));
        }
        List<String> seen = store.entities().mentionDays(id);
        String path = "/entities/" + enc(id);
        boolean following = reader(ctx).map(u -> store.follows().follows(u, FollowKind.ENTITY, id)).orElse(false);
        render(ctx, "entity.jte", new Views.EntityPage(e.id(), e.name(), e.type().name(), e.country(),
                e.country() == null ? null : countryName(e.country()), e.mentionCount(), e.aliases(), offices,
                formerOffices, timeline,
                co, articles, new Views.Follow("entity", id, following, path, e.name()),
                e.countrySource() == null ? null : e.countrySource().id(),
                e.countrySource() != null && e.countrySource().weak(), seen.isEmpty() ? null : seen.get(0),
                seen.isEmpty() ? null : seen.get(1)));
    }

    private static final Pattern SPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([,.;:!?)\\]])");
    private static final Pattern SPACE_AFTER_OPENING = Pattern.compile("([(\\[])\\s+");

    /**
     * Text read from a page as a phrase shows: runs of spaces and line breaks made one space, none before a comma,
     * stop or closing bracket nor after an opening one ("Minister of Foreign Affairs , Singapore" → "Minister of
     * Foreign Affairs, Singapore").
     */
    static String tidy(String text) {
        if (text == null) {
            return null;
        }
        String t = SPACE_RUN.matcher(text.strip()).replaceAll(" ");
        t = SPACE_BEFORE_PUNCTUATION.matcher(t).replaceAll("$1");
        return SPACE_AFTER_OPENING.matcher(t).replaceAll("$1");
    }

    /** Office rows: the title with its qualifiers, the body only when the title does not name it already. */
    private static List<Views.OfficeRow> officeRows(List<Office> list) {
        List<Views.OfficeRow> rows = new ArrayList<>();
        for (Office o : list) {
            String href = o.evidence() == null ? null : "/articles/" + enc(o.evidence().articleId()) + "?at="
                    + o.evidence().start() + "&to=" + o.evidence().end() + "#s" + o.evidence().start();
            String title = tidy((o.acting() ? "acting " : "") + o.title() + (o.elect() ? "-elect" : ""));
            String organization = o.organization() == null || o.organization().isBlank()
                    || NameKeys.key(o.title()).contains(NameKeys.key(o.organization())) ? null : tidy(o.organization());
            rows.add(new Views.OfficeRow(title, organization, o.former(), o.firstSeen(), o.lastSeen(),
                    o.evidence() == null ? null : tidy(o.evidence().text()), href));
        }
        return rows;
    }

    // ---------------------------------------------------------------- relation

    void relation(Context ctx) {
        Matcher m = PAIR.matcher(ctx.pathParam("pair"));
        if (!m.matches()) {
            error(ctx, 400, "Bad country pair", "Expected two country codes such as VNM-SGP, got "
                    + ctx.pathParam("pair") + ".");
            return;
        }
        String a = m.group(1).toUpperCase(Locale.ROOT);
        String b = m.group(2).toUpperCase(Locale.ROOT);
        if (a.equals(b)) {
            error(ctx, 400, "Bad country pair", "A relationship needs two different countries, got " + a + " twice.");
            return;
        }
        String key = pairKey(a, b);
        boolean followable = CODE3.matcher(a).matches() && CODE3.matcher(b).matches();
        boolean following = followable
                && reader(ctx).map(u -> store.follows().follows(u, FollowKind.PAIR, key)).orElse(false);
        Views.Follow follow = new Views.Follow("pair", key, following, "/relations/" + a + "-" + b,
                countryName(a) + " – " + countryName(b));
        try {
            render(ctx, "relation.jte", relations.model(ctx, a, b, follow));
        } catch (ApiError e) {
            error(ctx, e.status(), e.status() == 404 ? "Unknown country" : "Bad filter", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- graph and events

    void graph(Context ctx) {
        String level = Optional.ofNullable(blankToNull(ctx.queryParam("level"))).orElse("person")
                .toLowerCase(Locale.ROOT);
        String from = blankToNull(ctx.queryParam("from"));
        String to = blankToNull(ctx.queryParam("to"));
        String type = Optional.ofNullable(blankToNull(ctx.queryParam("type"))).orElse("CONSULT").strip()
                .toUpperCase(Locale.ROOT);
        String error = null;
        try {
            if (!level.equals("person") && !level.equals("country")) {
                throw new IllegalArgumentException("unknown level " + level + " (person or country)");
            }
            String asked = type;
            if (java.util.Arrays.stream(org.attache.api.events.PloverType.values()).noneMatch(t -> t.name().equals(asked))) {
                throw new IllegalArgumentException("unknown type " + type + " (a PLOVER type such as CONSULT)");
            }
            LocalDate f = day(from, "from");
            LocalDate t = day(to, "to");
            if (f != null && t != null && f.isAfter(t)) {
                throw new IllegalArgumentException("from " + from + " is after to " + to);
            }
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
            level = "person";
            from = null;
            to = null;
            type = "CONSULT";
            ctx.status(400);
        }
        String selected = type;
        List<Views.Option> types = java.util.Arrays.stream(org.attache.api.events.PloverType.values())
                .map(t -> new Views.Option(t.name(), t.name() + " – "
                        + org.attache.nlp.gazetteer.EventCodeNames.ploverName(t.name()), t.name().equals(selected)))
                .toList();
        LocalDate newest = store.events().newestReportDay();
        render(ctx, "graph.jte", new Views.GraphPage(level, from, to, type, types, error,
                newest == null ? null : newest.minusYears(1).plusDays(1).toString(),
                newest == null ? null : newest.minusMonths(1).plusDays(1).toString(),
                newest == null ? null : newest.toString()));
    }

    /**
     * The events explorer ({@link EventExplorer}); or, with {@code ?ids=a,b,c} (as the graph's edges link
     * them), those events in timeline order.
     */
    void events(Context ctx) {
        if (ctx.queryParam("ids") == null) {
            try {
                render(ctx, "explorer.jte", new EventExplorer(store.entities(), store.events()).explore(ctx));
            } catch (ApiError e) {
                error(ctx, e.status(), "Bad filter", e.getMessage());
            }
            return;
        }
        String ids = Optional.ofNullable(ctx.queryParam("ids")).orElse("");
        List<Event> events = new ArrayList<>();
        for (String id : new LinkedHashSet<>(List.of(ids.split(",")))) {
            if (!id.isBlank() && events.size() < 50) {
                store.events().get(id.strip()).ifPresent(events::add);
            }
        }
        String heading = Optional.ofNullable(blankToNull(ctx.queryParam("title"))).orElse("Events");
        render(ctx, "events.jte", new Views.EventsPage(heading, events.stream().map(EventRows::row).toList()));
    }

    /** An index page; a bad parameter gives the error page naming it. */
    private void index(Context ctx, String template, java.util.function.Supplier<Object> model) {
        try {
            render(ctx, template, model.get());
        } catch (ApiError e) {
            error(ctx, e.status(), "Bad request", e.getMessage());
        }
    }

    // ---------------------------------------------------------------- feed and follows

    void feed(Context ctx) {
        String user = WebAuth.of(ctx).requireReader(ctx);
        Page<FeedItem> page;
        try {
            page = store.follows().feed(user, blankToNull(ctx.queryParam("cursor")), LIST);
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "Bad request", e.getMessage());
            return;
        }
        List<Views.FeedRow> rows = page.items().stream()
                .map(f -> new Views.FeedRow(item(f.article()), reasons(f.reasons()), f.storedAt().toString())).toList();
        List<Views.FollowRow> follows = new ArrayList<>();
        for (org.attache.store.read.Follow f : store.follows().list(user)) {
            String kind = f.kind().name().toLowerCase(Locale.ROOT);
            String label;
            String href;
            if (f.kind() == FollowKind.PAIR) {
                String[] codes = f.key().split("-", 2);
                label = countryName(codes[0]) + " – " + countryName(codes.length > 1 ? codes[1] : "");
                href = "/relations/" + f.key();
            } else {
                label = store.entities().entity(f.key()).map(Entity::name).orElse(f.key());
                href = "/entities/" + enc(f.key());
            }
            follows.add(new Views.FollowRow(kind, f.key(), label, href,
                    new Views.Follow(kind, f.key(), true, "/feed", label)));
        }
        String next = page.nextCursor() == null ? null : "/feed?cursor=" + enc(page.nextCursor());
        WebAuth auth = WebAuth.of(ctx);
        // in server mode the Atom URL carries the read-only feed token: feed readers cannot send the cookie
        String atom = auth.requireToken() ? "/feed.atom?token=" + enc(auth.feedToken()) : "/feed.atom";
        render(ctx, "feed.jte", new Views.FeedPage(rows, follows, next, atom));
    }

    private static final Pattern PAIR_KEY = Pattern.compile("([A-Z]{3})-([A-Z]{3})");

    /**
     * A feed item's reasons as a reader says them: followed entities by name (as the store gives them), followed
     * pairs by their countries' names ("JPN-USA" → "Japan – United States").
     */
    static List<String> reasons(List<String> reasons) {
        return reasons.stream().map(r -> {
            Matcher m = PAIR_KEY.matcher(r);
            return m.matches() ? countryName(m.group(1)) + " – " + countryName(m.group(2)) : r;
        }).toList();
    }

    void atom(Context ctx) {
        String user = WebAuth.of(ctx).requireReader(ctx);
        List<FeedItem> items = store.follows().feed(user, null, 50).items();
        String base = ctx.scheme() + "://" + ctx.host();
        ctx.contentType("application/atom+xml; charset=utf-8");
        ctx.result(AtomFeed.write(base, user, items));
    }

    /** The follow button's target: follows or unfollows, then goes back where the form said. */
    void follow(Context ctx) {
        String user = WebAuth.of(ctx).requireWriter(ctx);
        String kindText = Optional.ofNullable(ctx.formParam("kind")).orElse("").strip();
        String key = Optional.ofNullable(ctx.formParam("key")).orElse("").strip();
        boolean unfollow = "unfollow".equals(ctx.formParam("action"));
        FollowKind kind;
        try {
            kind = FollowKind.valueOf(kindText.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "Bad request", "unknown kind " + kindText + " (entity or pair)");
            return;
        }
        if (kind == FollowKind.PAIR) {
            Matcher m = PAIR.matcher(key);
            if (m.matches()) {
                key = pairKey(m.group(1).toUpperCase(Locale.ROOT), m.group(2).toUpperCase(Locale.ROOT));
            }
        }
        Follows follows = store.follows();
        try {
            if (unfollow) {
                follows.unfollow(user, kind, key);
            } else {
                follows.follow(user, kind, key);
            }
        } catch (IllegalArgumentException e) {
            error(ctx, 400, "Cannot follow", e.getMessage());
            return;
        }
        LOG.info("{} {} {} {}", user, unfollow ? "unfollowed" : "followed", kind, key);
        ctx.redirect(localPath(ctx.formParam("return")), HttpStatus.SEE_OTHER);
    }

    /** A same-site path to go back to; anything else (another host, a scheme) goes to the feed. */
    static String localPath(String path) {
        if (path == null || !path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")
                || path.chars().anyMatch(c -> c < 0x21 || c == '\\')) {
            return "/feed";
        }
        return path;
    }

    // ---------------------------------------------------------------- shared

    static List<Views.ArticleItem> items(List<ArticleRef> refs) {
        return refs.stream().map(Pages::item).toList();
    }

    static Views.ArticleItem item(ArticleRef r) {
        return new Views.ArticleItem("/articles/" + enc(r.id()), title(r.title()), r.outlet(), r.published(),
                r.dateline());
    }

    static String title(String title) {
        return title == null || title.isBlank() ? "Untitled article" : headline(title);
    }

    /** A stock ticker in angle brackets, as wires print them: "<JAPN.T>", "<IBM>", "<BAC.N>", "<0005.HK>". */
    private static final Pattern TICKER = Pattern.compile("\\s*<[A-Z0-9][A-Za-z0-9.=^/_&-]{0,14}>");

    /**
     * A headline as pages show it: without the wires' ticker codes ("Japan Air <JAPN.T> to buy jets" → "Japan
     * Air to buy jets"), spaces tidied; for display only, the stored title keeps them. A headline that is nothing
     * but tickers is kept as it is.
     */
    static String headline(String title) {
        if (title == null || title.indexOf('<') < 0) {
            return title;
        }
        String cleaned = tidy(TICKER.matcher(title).replaceAll(""));
        return cleaned.isBlank() ? title : cleaned;
    }

    /** The display name of a country or IGO code ({@link CodeNames}), else the code itself. */
    static String countryName(String code) {
        return CodeNames.displayNameOrCode(code);
    }

    private static String relationHref(String a, String b) {
        return "/relations/" + a + "-" + b;
    }

    private static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "-" + b : b + "-" + a;
    }

    static EventStatus status(String text) {
        try {
            return EventStatus.fromLabel(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown status " + text, e);
        }
    }

    static LocalDate day(String text, String name) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad " + name + " " + text + " (expected YYYY-MM-DD)", e);
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The user whose follows this request may see, if any ("local" in single-user mode). */
    private static Optional<String> reader(Context ctx) {
        return WebAuth.of(ctx).reader(ctx);
    }

    private void render(Context ctx, String template, Object model) {
        html(ctx, templates.render(template, model));
    }

    static void html(Context ctx, byte[] page) {
        Responses.send(ctx, "text/html; charset=utf-8", page);
    }

    private void error(Context ctx, int status, String title, String message) {
        ctx.status(status);
        render(ctx, "error.jte", new Views.ErrorPage(status, title, message));
    }
}
