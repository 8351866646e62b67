package org.attache.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.NameForm;
import org.attache.api.registry.RegisteredEntity;
import org.attache.api.relevance.Relevance;
import org.attache.api.relevance.RelevanceLabel;
import org.attache.app.ScratchFolder;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;

/**
 * A reading room for an analyst's day, over articles generated in the test (no shared data). Every expectation
 * of the browser tests is computed from the lists below ({@link #REPORTS}, {@link #VISITORS}, {@link #STORIES}):
 * <ul>
 *   <li>{@value #PAIR_REPORTS} reports between the United States and Japan, report {@code i} published on
 *       2024-06-01 plus {@code 9 i} days about the day before, of type {@link #TYPES}{@code [i % 4]}; every fifth
 *       names two Japanese counterparts (two events, one sentence);</li>
 *   <li>three more: one dated to a year only (1985), one to a month whose year is not printed (in an article
 *       with no date) and one undated; and one where both countries act on the same side (against China);</li>
 *   <li>{@value #VISITORS_COUNT} leaders of other countries, each meeting the US leader once (for the graph's
 *       colours), and three top stories: a summit of three outlets, a political report of two and a business
 *       report of two, whose headline carries a ticker code;</li>
 *   <li>one article that only mentions places of both countries (for the feed).</li>
 * </ul>
 */
final class AnalystRoom implements AutoCloseable {
    static final int PAIR_REPORTS = 30;
    static final int VISITORS_COUNT = 12;
    static final PloverType[] TYPES = {PloverType.CONSULT, PloverType.AGREE, PloverType.ACCUSE, PloverType.SANCTION};
    static final String US = "e00000000000000u1";
    static final String JP = "e00000000000000j1";
    static final String JP2 = "e00000000000000j2";
    static final String CN = "e00000000000000c1";
    static final String JAPAN = "e00000000000000l1";
    static final String AMERICA = "e00000000000000l2";
    /** Other countries' leaders (code, name), each meeting the US leader once. */
    static final String[][] VISITORS = {{"FRA", "Claire Martin"}, {"DEU", "Jonas Weber"}, {"GBR", "Oliver Hughes"},
            {"ITA", "Marco Rossi"}, {"CAN", "Emma Tremblay"}, {"BRA", "Lucas Silva"}, {"IND", "Arjun Mehta"},
            {"KOR", "Min-jun Park"}, {"AUS", "Jack Wilson"}, {"MEX", "Sofia Hernandez"}, {"ZAF", "Thabo Nkosi"},
            {"EGY", "Omar Hassan"}};
    /** The top stories (headline, outlets, relevance label, score): ranked by outlets, then relevance. */
    static final Object[][] STORIES = {
            {"Leaders of France and Germany hold summit", 3, RelevanceLabel.POLITICAL, 0.7},
            {"Japan Air <JAPN.T> to buy jets from Korean maker", 2, RelevanceLabel.BUSINESS, 0.1},
            {"Britain and Italy sign defence pact", 2, RelevanceLabel.POLITICAL, 0.95}};

    private static final String[] TOPICS = {"trade", "security", "climate", "energy", "shipping", "fisheries",
            "technology", "health", "education", "tourism", "finance", "space"};
    /** Three outlets' differently worded accounts of one agreement (not copies of each other). */
    private static final String[] ACCOUNTS = {
            "Officials of %s and %s agreed on a joint plan, the first wire reported from the capital.",
            "A second newspaper said negotiators from %s sealed an accord with %s late at night.",
            "Diplomats described the deal between %s and %s as a breakthrough in a third account."};

    /** One generated report between the pair: its article, the day it tells, and its groups' shape. */
    record Report(String articleId, LocalDate published, EventDate date, PloverType type, int counterparts) {
    }

    static final List<Report> REPORTS = reports();

    private final Path dataDir;
    private final ArticleStore store;
    private final WebServer server;

    private AnalystRoom(Path dataDir, ArticleStore store, WebServer server) {
        this.dataDir = dataDir;
        this.store = store;
        this.server = server;
    }

    private static List<Report> reports() {
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < PAIR_REPORTS; i++) {
            LocalDate published = LocalDate.of(2024, 6, 1).plusDays(9L * i);
            reports.add(new Report(String.format("p%031d", i), published,
                    EventDate.single(PartialDate.of(published.minusDays(1)), DatePrecision.DAY,
                            "on " + published.minusDays(1)), TYPES[i % 4], i % 5 == 0 ? 2 : 1));
        }
        reports.add(new Report("year-only", LocalDate.of(2024, 7, 3),
                EventDate.single(new PartialDate(1985, null, null), DatePrecision.YEAR, "in 1985"), PloverType.AGREE, 1));
        reports.add(new Report("no-year", null,
                EventDate.single(new PartialDate(null, 4, 4), DatePrecision.DAY, "on 4 April"), PloverType.CONSULT, 1));
        reports.add(new Report("undated", LocalDate.of(2024, 8, 5), null, PloverType.REQUEST, 1));
        return List.copyOf(reports);
    }

    static AnalystRoom start(WebBackend backend) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("attache-analyst-room");
        } catch (IOException e) {
            throw new AssertionError("cannot create a data folder: " + e, e);
        }
        ArticleStore store = ArticleStore.open(backend.fresh(dataDir));
        // a story per event, except the reports of one headline, which join the first story offered
        StoryMatcher matcher = (event, day, candidates) -> "story".equals(event.trigger())
                ? candidates.stream().map(c -> c.storyId()).findFirst() : Optional.empty();
        store.store(article("setup", "Wire One", "Registry", LocalDate.of(2024, 5, 1), "Nothing to report."), null,
                registry -> {
                    person(registry, US, "Alex Carter", "USA");
                    person(registry, JP, "Haruto Sato", "JPN");
                    person(registry, JP2, "Yui Tanaka", "JPN");
                    person(registry, CN, "Li Wei", "CHN");
                    for (String[] v : VISITORS) {
                        person(registry, visitor(v[0]), v[1], v[0]);
                    }
                    registry.create(new RegisteredEntity(JAPAN, MentionType.LOCATION, "Japan", "JPN"));
                    registry.create(new RegisteredEntity(AMERICA, MentionType.LOCATION, "United States", "USA"));
                    return List.of();
                }, matcher);
        int n = 0;
        for (Report r : REPORTS) {
            boolean two = r.counterparts() == 2;
            int k = n;
            String sentence = "Alex Carter " + verb(r.type()) + " Haruto Sato" + (two ? " and Yui Tanaka" : "")
                    + " over " + TOPICS[k % TOPICS.length] + " and " + TOPICS[(3 * k + 1) % TOPICS.length]
                    + (r.date() == null ? "" : " " + r.date().text()) + " in report " + k + " (" + r.articleId() + ").";
            Article a = article(r.articleId(), "Wire " + (n++ % 3 + 1), "Report " + r.articleId(), r.published(), sentence);
            store.store(a, null, registry -> {
                List<Event> events = new ArrayList<>();
                events.add(event(a, "1", r.type(), List.of(actor(US, "USA")), List.of(actor(JP, "JPN")), r.date(), sentence, null));
                if (two) {
                    events.add(event(a, "2", r.type(), List.of(actor(US, "USA")), List.of(actor(JP2, "JPN")), r.date(),
                            sentence, null));
                }
                return events;
            }, matcher);
        }
        // both on one side: in the relationship (its actors include both), not between them for the feed
        String joint = "Alex Carter and Haruto Sato criticised Li Wei.";
        Article side = article("same-side", "Wire One", "Joint criticism", LocalDate.of(2025, 2, 20), joint);
        store.store(side, null, registry -> List.of(event(side, "1", PloverType.ACCUSE,
                List.of(actor(US, "USA"), actor(JP, "JPN")), List.of(actor(CN, "CHN")),
                EventDate.single(PartialDate.of(LocalDate.of(2025, 2, 19)), DatePrecision.DAY, "on 19 Feb"), joint,
                null)), matcher);
        // places of both countries, no event
        String places = "Trade between Japan and the United States grew.";
        Article trade = article("places", "Wire Two", "Trade grows", LocalDate.of(2025, 2, 21), places);
        store.store(trade, null, registry -> {
            for (String[] place : new String[][] {{JAPAN, "Japan"}, {AMERICA, "United States"}}) {
                int at = places.indexOf(place[1]);
                registry.recordMention(place[0], trade.id(), new Mention(MentionType.LOCATION, place[1], at,
                        at + place[1].length(), 0, place[1], null));
            }
            return List.of();
        }, matcher);
        for (int v = 0; v < VISITORS.length; v++) {
            String code = VISITORS[v][0];
            String sentence = "Alex Carter met " + VISITORS[v][1] + ".";
            Article a = article("visit-" + code, "Wire Three", "Carter meets " + VISITORS[v][1],
                    LocalDate.of(2025, 1, 2).plusDays(v), sentence);
            store.store(a, null, registry -> List.of(event(a, "1", PloverType.CONSULT, List.of(actor(US, "USA")),
                    List.of(actor(visitor(code), code)), EventDate.single(PartialDate.of(LocalDate.of(2025, 1, 1)),
                            DatePrecision.DAY, "on 1 Jan"), sentence, null)), matcher);
        }
        // the top stories: each report of a headline from its own outlet, joined into one story
        for (int s = 0; s < STORIES.length; s++) {
            String headline = (String) STORIES[s][0];
            int outlets = (Integer) STORIES[s][1];
            Relevance relevance = new Relevance((RelevanceLabel) STORIES[s][2], (Double) STORIES[s][3]);
            String[] pair = s == 0 ? new String[] {"FRA", "DEU"} : s == 1 ? new String[] {"JPN", "KOR"}
                    : new String[] {"GBR", "ITA"};
            for (int o = 0; o < outlets; o++) {
                String sentence = String.format(ACCOUNTS[o], pair[0], pair[1]);
                Article a = article("story-" + s + "-" + o, "Outlet " + o, headline, LocalDate.of(2025, 2, 1), sentence);
                store.store(a, relevance, registry -> List.of(event(a, "1", PloverType.AGREE,
                        List.of(new EventActor(null, "Officials of " + pair[0], pair[0], "GOV")),
                        List.of(new EventActor(null, "Officials of " + pair[1], pair[1], "GOV")),
                        EventDate.single(PartialDate.of(LocalDate.of(2025, 1, 31)), DatePrecision.DAY, "on 31 Jan"),
                        sentence, "story")), matcher);
            }
        }
        store.commit();
        WebServer server = WebServer.start(store, new WebConfig("127.0.0.1", 0, dataDir, false));
        return new AnalystRoom(dataDir, store, server);
    }

    static String visitor(String code) {
        return "e0000000000000v" + code.toLowerCase(java.util.Locale.ROOT);
    }

    private static String verb(PloverType type) {
        return switch (type) {
            case CONSULT -> "met";
            case AGREE -> "reached an agreement with";
            case ACCUSE -> "accused";
            case SANCTION -> "imposed sanctions on";
            default -> "asked";
        };
    }

    private static void person(org.attache.api.registry.EntityRegistry registry, String id, String name, String country) {
        registry.create(new RegisteredEntity(id, MentionType.PERSON, name, country));
        registry.addAlias(id, new NameForm(name, NameKeys.key(name), NameKeys.orderKey(name)));
    }

    private static Article article(String id, String outlet, String title, LocalDate published, String sentence) {
        return new Article(id, "generated#" + id, "https://news.example/" + id, outlet, title, false, List.of(sentence),
                List.of(), null, null, published == null ? null : new PublishedDate(published.toString(),
                DateProvenance.JSON_LD), "en", List.of(), null, null);
    }

    private static EventActor actor(String entity, String country) {
        String name = switch (entity) {
            case US -> "Alex Carter";
            case JP -> "Haruto Sato";
            case JP2 -> "Yui Tanaka";
            case CN -> "Li Wei";
            default -> java.util.Arrays.stream(VISITORS).filter(v -> visitor(v[0]).equals(entity)).findFirst()
                    .map(v -> v[1]).orElseThrow();
        };
        return new EventActor(entity, name, country, "GOV");
    }

    private static Event event(Article a, String key, PloverType type, List<EventActor> source, List<EventActor> target,
                               EventDate date, String sentence, String trigger) {
        String cameo = switch (type) {
            case CONSULT -> "040";
            case AGREE -> "030";
            case ACCUSE -> "112";
            case SANCTION -> "163";
            default -> "020";
        };
        return new Event("ev-" + a.id() + "-" + key, a.id(), type, cameo, null, "diplomatic", EventStatus.OCCURRED,
                trigger, source, target, null, date, new Evidence(a.id(), 0, sentence.length(), sentence), 0.9, null);
    }

    /** Groups per month ("2024-06") of the pair's reports dated to a day, by the generation rule. */
    static Map<String, List<PloverType>> monthsOfThePair() {
        Map<String, List<PloverType>> months = new java.util.TreeMap<>();
        for (Report r : REPORTS) {
            if (r.date() != null && r.date().start().year() != null && r.date().start().month() != null) {
                months.computeIfAbsent(String.format("%04d-%02d", r.date().start().year(), r.date().start().month()),
                        k -> new ArrayList<>()).add(r.type());
            }
        }
        months.computeIfAbsent("2025-02", k -> new ArrayList<>()).add(PloverType.ACCUSE); // the same-side report
        return months;
    }

    /** Rows of the relationship between the United States and Japan: each report, and the same-side one. */
    static int pairRows() {
        return REPORTS.size() + 1;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    @Override
    public void close() {
        try {
            server.stop();
        } finally {
            store.close();
            ScratchFolder.delete(dataDir);
        }
    }

}
