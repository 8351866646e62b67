package org.attache.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.attache.app.ScratchFolder;
import org.attache.nlp.resolve.NameKeys;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;

/**
 * A reading room over articles generated in the test (no shared data): {@value #ARTICLES} one-sentence reports,
 * one a day from 2025-03-01, from three outlets, each coding one event of the day before between two of three
 * leaders. The
 * counts the browser tests check follow from the rule below:
 * <ul>
 *   <li>article {@code i} reports a meeting (CONSULT) when {@code i % 3 == 0}, else an agreement (AGREE) when
 *       {@code i % 3 == 1}, else a request (REQUEST);</li>
 *   <li>its pair is Japan–United States for {@code i < 24}, China–United States for {@code 24 <= i < 32},
 *       China–Japan after: 24, 8 and 4 events;</li>
 *   <li>the United States' leader is in every US event (32), Japan's in 28, China's in 12: mentions in that
 *       order;</li>
 *   <li>two more outlets reprint the last report (round 35) word for word: copies of it, with no events.</li>
 * </ul>
 */
final class GeneratedRoom implements AutoCloseable {
    static final int ARTICLES = 36;
    static final String US = "e0000000000000us1";
    static final String JP = "e0000000000000jp1";
    static final String CN = "e0000000000000cn1";
    private static final String[] OUTLETS = {"Wire One", "Wire Two", "Wire Three"};

    private final Path dataDir;
    private final ArticleStore store;
    private final WebServer server;

    private GeneratedRoom(Path dataDir, ArticleStore store, WebServer server) {
        this.dataDir = dataDir;
        this.store = store;
        this.server = server;
    }

    static GeneratedRoom start(WebBackend backend) {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("attache-generated-room");
        } catch (IOException e) {
            throw new AssertionError("cannot create a data folder: " + e, e);
        }
        ArticleStore store = ArticleStore.open(backend.fresh(dataDir));
        StoryMatcher separate = (event, day, candidates) -> Optional.empty();
        for (int i = 0; i < ARTICLES; i++) {
            int n = i;
            String[] pair = i < 24 ? new String[] {US, JP} : i < 32 ? new String[] {CN, US} : new String[] {CN, JP};
            String a = name(pair[0]);
            String b = name(pair[1]);
            PloverType type = i % 3 == 0 ? PloverType.CONSULT : i % 3 == 1 ? PloverType.AGREE : PloverType.REQUEST;
            String verb = switch (type) {
                case CONSULT -> "met";
                case AGREE -> "reached an agreement with";
                default -> "asked for talks with";
            };
            LocalDate day = LocalDate.of(2025, 3, 1).plusDays(i);
            LocalDate happened = day.minusDays(1); // reported the next day
            String sentence = a + " " + verb + " " + b + " on " + happened + " in round " + i + ".";
            String id = String.format("g%031d", i);
            Article article = new Article(id, "generated#" + i, "https://news.example/generated/" + i,
                    OUTLETS[i % 3], "Round " + i + ": " + a + " and " + b, false, List.of(sentence), List.of(), null,
                    null, new PublishedDate(day.toString(), DateProvenance.JSON_LD), "en", List.of(), null, null);
            store.store(article, registry -> {
                if (n == 0) {
                    registry.create(new RegisteredEntity(US, MentionType.PERSON, name(US), "USA"));
                    registry.create(new RegisteredEntity(JP, MentionType.PERSON, name(JP), "JPN"));
                    registry.create(new RegisteredEntity(CN, MentionType.PERSON, name(CN), "CHN"));
                    for (String entity : List.of(US, JP, CN)) {
                        registry.addAlias(entity, new NameForm(name(entity), NameKeys.key(name(entity)),
                                NameKeys.orderKey(name(entity))));
                    }
                }
                for (String entity : pair) {
                    int start = sentence.indexOf(name(entity));
                    registry.recordMention(entity, id, new Mention(MentionType.PERSON, name(entity), start,
                            start + name(entity).length(), 0, name(entity), null));
                }
                return List.of(new Event("gev" + String.format("%03d", n), id, type,
                        type == PloverType.CONSULT ? "040" : type == PloverType.AGREE ? "057" : "020",
                        n % 2 == 0 ? "in_person" : "phone", "diplomatic", EventStatus.OCCURRED, verb,
                        List.of(actor(pair[0])), List.of(actor(pair[1])), null,
                        EventDate.single(PartialDate.parse(happened.toString()), DatePrecision.DAY, "on " + happened),
                        new Evidence(id, 0, sentence.length(), sentence), 0.9, null));
            }, separate);
        }
        // two outlets reprint the last report word for word: copies of it, with nothing coded of their own
        for (int k = 1; k <= 2; k++) {
            String outlet = "Reprint " + k;
            String sentence = name(CN) + " asked for talks with " + name(JP) + " on 2025-04-04 in round 35.";
            String id = String.format("c%031d", k);
            store.store(new Article(id, "generated#copy-" + outlet, "https://news.example/copy/" + id, outlet,
                    "Round 35: " + name(CN) + " and " + name(JP), false, List.of(sentence), List.of(), null, null,
                    new PublishedDate("2025-04-05", DateProvenance.JSON_LD), "en", List.of(), null, null),
                    registry -> List.of(), separate);
        }
        store.commit();
        WebServer server = WebServer.start(store, new WebConfig("127.0.0.1", 0, dataDir, false));
        return new GeneratedRoom(dataDir, store, server);
    }

    static String name(String entity) {
        return switch (entity) {
            case US -> "Alex Carter";
            case JP -> "Haruto Sato";
            default -> "Li Wei";
        };
    }

    private static EventActor actor(String entity) {
        String country = entity.equals(US) ? "USA" : entity.equals(JP) ? "JPN" : "CHN";
        return new EventActor(entity, name(entity), country, "GOV");
    }

    /** How many generated events satisfy a rule over the article number (to state expectations by the rule). */
    static long count(java.util.function.IntPredicate rule) {
        List<Integer> hits = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            if (rule.test(i)) {
                hits.add(i);
            }
        }
        return hits.size();
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
