package org.attache.store;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryCandidate;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.events.EventFilter;
import org.attache.store.events.Story;
import org.attache.store.read.ArticleRef;
import org.attache.store.registry.EntityFilter;
import org.attache.store.registry.EntitySummary;
import org.attache.testkit.PostgresCluster;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The store's contract, the same on every backend: SQLite always, PostgreSQL when a throwaway cluster can be started
 * here ({@link PostgresCluster}; skipped with the reason otherwise). Articles, duplicates, entities, events and
 * stories written and read back; several writers at once.
 */
class StoreContractTest {
    /** The databases the store runs on. */
    enum Backend {
        SQLITE, POSTGRESQL;

        /** A store configuration of a new, empty database; PostgreSQL skips the test when no server can run. */
        StoreConfig fresh(Path dataDir) {
            StoreConfig config = new StoreConfig(dataDir, 4, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE);
            return this == SQLITE ? config : config.withDatabase(cluster().newDatabase());
        }

        static PostgresCluster cluster() {
            Optional<PostgresCluster> cluster = PostgresCluster.shared();
            assumeTrue(cluster.isPresent(), () -> "no PostgreSQL here: " + PostgresCluster.unavailableReason());
            return cluster.get();
        }
    }

    private static final String[] PEOPLE = {"Lawrence Wong", "Vivian Balakrishnan", "Tô Lâm", "Lê Hoài Trung",
            "Anwar Ibrahim", "Prabowo Subianto"};
    private static final String[] COUNTRIES = {"SGP", "SGP", "VNM", "VNM", "MYS", "IDN"};

    @TempDir
    Path dir;

    /** Joins the first candidate offered (a trivial Cluster rule that depends on nothing but the candidates). */
    private static final StoryMatcher FIRST = (Event event, LocalDate day, List<StoryCandidate> candidates) ->
            candidates.stream().map(StoryCandidate::storyId).findFirst();

    /**
     * Article {@code n} of a small corpus: person {@code n % 6} meets person {@code (n + 1) % 6} on a day; every
     * seventh article is a word-for-word copy of the one before (an exact duplicate).
     */
    private static Article article(int n) {
        int body = n % 7 == 6 ? n - 1 : n;
        String a = PEOPLE[body % 6];
        String b = PEOPLE[(body + 1) % 6];
        String sentence = a + " met " + b + " in the capital on day " + (body % 20 + 1) + " to discuss trade, number "
                + body + ".";
        String other = "Officials said talks number " + body + " covered maritime security and the digital economy.";
        String day = String.format("2025-03-%02d", body % 20 + 1);
        return new Article("art-" + n, "contract#" + n, "https://example.org/" + n, n % 2 == 0 ? "VNA" : "Straits",
                "Talks " + body, false, List.of(sentence, other), List.of(), null, "Hanoi",
                new PublishedDate(day, DateProvenance.META), "en", List.of(), null, null);
    }

    /** The Resolve and Code stages for {@link #article}: registers both people (once), their mentions, one event. */
    private static Function<EntityRegistry, List<Event>> resolveAndCode(Article article) {
        return registry -> {
            String text = article.bodyText();
            String sentence = article.body().getFirst();
            List<EventActor> actors = new ArrayList<>();
            for (int i = 0; i < PEOPLE.length; i++) {
                int start = sentence.indexOf(PEOPLE[i]);
                if (start < 0) {
                    continue;
                }
                String id = String.format("e%016x", i + 1);
                if (registry.get(id).isEmpty()) {
                    registry.create(new RegisteredEntity(id, MentionType.PERSON, PEOPLE[i], COUNTRIES[i], null));
                }
                registry.recordMention(id, article.id(), new Mention(MentionType.PERSON, PEOPLE[i], start,
                        start + PEOPLE[i].length(), 0, null, COUNTRIES[i]));
                actors.add(new EventActor(id, PEOPLE[i], COUNTRIES[i], "GOV"));
            }
            actors.sort((x, y) -> Integer.compare(sentence.indexOf(x.name()), sentence.indexOf(y.name())));
            LocalDate day = LocalDate.parse(article.published().value());
            Event met = new Event(article.id() + ":1", article.id(), PloverType.CONSULT, "040", "in_person", null,
                    EventStatus.OCCURRED, "met", actors.subList(0, 1), actors.subList(1, 2), "the capital",
                    EventDate.single(PartialDate.of(day), DatePrecision.DAY, "day"),
                    new Evidence(article.id(), 0, sentence.length(), sentence), 0.9, null);
            assertThat(text).startsWith(sentence);
            return List.of(met);
        };
    }

    private static void ingest(ArticleStore store, List<Integer> numbers) {
        for (int n : numbers) {
            Article a = article(n);
            store.store(a, null, resolveAndCode(a)::apply, FIRST);
        }
        store.commit();
    }

    /**
     * What a store holds, as the readers see it: every article (copy link, story), entity (name, mentions), event
     * (story, actors) and story (counts), keyed by id.
     */
    private static TreeMap<String, String> contents(ArticleStore store) {
        TreeMap<String, String> all = new TreeMap<>();
        List<ArticleRef> articles = new ArrayList<>();
        String cursor = null;
        do {
            var page = store.latest(cursor, 50);
            articles.addAll(page.items());
            cursor = page.nextCursor();
        } while (cursor != null);
        for (ArticleRef ref : articles) {
            Article a = store.get(ref.id()).orElseThrow();
            all.put("article " + a.id(), a.title() + " copy-of=" + a.duplicateOf());
        }
        for (EntitySummary e : store.entities().list(EntityFilter.all(), 100)) {
            all.put("entity " + e.id(), e.name() + " " + e.country() + " mentions=" + e.mentionCount() + " articles=" + e.articleCount());
        }
        for (Event e : store.events().list(EventFilter.all(), 1000)) {
            all.put("event " + e.id(), e.storyId() + " " + e.source() + " -> " + e.target());
            Story s = store.events().story(e.storyId()).orElseThrow();
            all.put("story " + s.id(), s.type() + " events=" + s.events() + " articles=" + s.articles()
                    + " sources=" + s.sources());
        }
        StoreStats stats = store.stats();
        all.put("stats", "articles=" + stats.articles() + " exact=" + stats.exactDuplicates() + " events="
                + stats.events() + " stories=" + stats.stories() + " indexed=" + stats.indexDocs());
        all.put("search", Long.toString(store.search("maritime security", 100).totalHits()));
        return all;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void eventsPageByCursorToTheEnd(Backend backend) {
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("paged")))) {
            ingest(store, range(0, 12));
            List<Event> all = store.events().list(EventFilter.all(), 1000);
            List<String> paged = new ArrayList<>();
            String cursor = null;
            do {
                var page = store.events().page(EventFilter.all(), cursor, 5);
                page.items().forEach(e -> paged.add(e.id()));
                cursor = page.nextCursor();
            } while (cursor != null);
            assertThat(paged).hasSizeGreaterThan(5).isEqualTo(all.stream().map(Event::id).toList());
        }
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> numbers = new ArrayList<>();
        for (int n = from; n < to; n++) {
            numbers.add(n);
        }
        return numbers;
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void storesAndReadsBackTheSameOnEveryBackend(Backend backend) {
        StoreConfig config = backend.fresh(dir.resolve("one"));
        TreeMap<String, String> written;
        try (ArticleStore store = ArticleStore.open(config)) {
            ingest(store, range(0, 30));
            written = contents(store);
        }
        assertThat(written).containsEntry("stats", "articles=30 exact=4 events=30 stories=" + stories(written)
                + " indexed=30");
        assertThat(written).containsEntry("article art-13", "Talks 12 copy-of=art-12");
        assertThat(written).containsEntry("entity e0000000000000003", "Tô Lâm VNM mentions=10 articles=10");
        assertThat(written).containsEntry("search", "30");
        assertThat(written.keySet().stream().filter(k -> k.startsWith("event "))).hasSize(30);
        try (ArticleStore again = ArticleStore.open(config)) { // reopened: nothing lost, nothing added
            ingest(again, range(0, 30));
            assertThat(contents(again)).isEqualTo(written);
        }
        try (ArticleStore reader = ArticleStore.openReadOnly(config)) {
            assertThat(contents(reader)).isEqualTo(written);
        }
        if (backend == Backend.POSTGRESQL) { // the same as SQLite's, ids and all
            try (ArticleStore sqlite = ArticleStore.open(Backend.SQLITE.fresh(dir.resolve("sqlite")))) {
                ingest(sqlite, range(0, 30));
                assertThat(written).isEqualTo(contents(sqlite));
            }
        }
    }

    /**
     * A span recorded again re-points to the entity named now (the settling pass resolves an article again), and an
     * entity that no mention names any more folds into it; recorded again with the same entity, nothing changes. The
     * articles naming a person by one word are read (not written) through {@link EntityReader}, uncommitted writes
     * included.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void aSpanRecordedAgainRepointsAndOneWordPersonsAreReadOnEveryBackend(Backend backend) {
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("repoint")))) {
            String body = "Wong met Tô Lâm. Lawrence Wong said so.";
            Article a = new Article("art-w", "contract#w", "https://example.org/w", "VNA", "Wong", false,
                    List.of(body), List.of(), null, null, new PublishedDate("2025-03-02", DateProvenance.META), "en",
                    List.of(), null, null);
            String lone = "e00000000000000aa";
            String wong = "e00000000000000bb";
            Mention word = new Mention(MentionType.PERSON, "Wong", 0, 4, 0, null, null);
            Mention full = new Mention(MentionType.PERSON, "Lawrence Wong", body.indexOf("Lawrence"),
                    body.indexOf("Lawrence") + 13, 1, null, "SGP");
            store.store(a, reg -> {
                reg.create(new RegisteredEntity(lone, MentionType.PERSON, "Wong", null, null));
                reg.create(new RegisteredEntity(wong, MentionType.PERSON, "Lawrence Wong", "SGP", null));
                reg.recordMention(lone, a.id(), word);
                reg.recordMention(wong, a.id(), full);
                reg.recordMention(wong, a.id(), full); // the same again: one mention
            });
            assertThat(store.entities().articlesOfOneWordPersons()).containsExactly("art-w"); // not yet committed
            store.commit();
            assertThat(store.entities().articlesOfOneWordPersons()).containsExactly("art-w");
            store.withRegistry(reg -> {
                reg.takeMovedArticles();
                reg.recordMention(wong, a.id(), word); // resolved again: the surname is his
                return null;
            });
            store.commit();
            assertThat(store.registry().get(lone)).isEmpty();
            assertThat(store.entities().mentionsOf(a.id())).extracting(m -> m.entityId()).containsExactly(wong, wong);
            assertThat(store.registry().mentionCount(wong, "Wong", null)).isEqualTo(1);
            assertThat(store.entities().articlesOfOneWordPersons()).isEmpty();
        }
    }

    /**
     * Which article of a set of copies is the original does not depend on the order they arrive in: the one with the
     * smallest id ({@code CopyLinks}). Three copies of one report (word for word, re-spaced and re-cased; and one with
     * a word changed) from three outlets, and a fourth outlet's own report of the same meeting, stored in every order
     * of the copies: the same copy links, the same story, counting the three copies as one source, on every backend.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void theOriginalOfCopiesIsTheSameInEveryOrderOnEveryBackend(Backend backend) {
        String lead = "Lawrence Wong met Tô Lâm in the capital on day 3 to discuss trade, number 3.";
        String rest = "The two leaders agreed to widen the green energy corridor between their countries, to open"
                + " two more ports to each other's container ships before the end of the year, and to ask their"
                + " finance ministries for a plan on payments in local currencies, officials said after the meeting."
                + " Both sides also named a joint committee on fisheries, which is to meet in the spring, and said"
                + " that students of either country would pay the same university fees as those of the other from"
                + " next autumn, a change that business groups in both capitals had sought for some years.";
        String edited = rest.replace("for some years", "for several years"); // 3 bits of SimHash apart
        Article text = copy("k-2", "VNA", List.of(lead, rest));
        Article exact = copy("k-1", "Vietnam Plus", List.of(lead, "  " + rest.toUpperCase(java.util.Locale.ROOT)));
        Article near = copy("k-3", "Straits", List.of(lead, edited));
        Article own = copy("k-4", "Bangkok Post", List.of("Lawrence Wong met Tô Lâm in the capital on day 3 to"
                + " discuss trade, number 3, the Thai paper's correspondent wrote.", "Nothing else was said."));
        List<List<Article>> orders = List.of(List.of(text, exact, near), List.of(text, near, exact),
                List.of(exact, text, near), List.of(exact, near, text), List.of(near, text, exact),
                List.of(near, exact, text));
        TreeMap<String, String> first = null;
        int n = 0;
        for (List<Article> order : orders) {
            try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("copies-" + n++)))) {
                List<Article> all = new ArrayList<>(order);
                all.add(n % 2 == 0 ? 0 : all.size(), own);
                for (Article a : all) {
                    store.store(a, null, resolveAndCode(a)::apply, FIRST);
                }
                store.commit();
                TreeMap<String, String> contents = contents(store);
                assertThat(store.get("k-2").orElseThrow().duplicateOf()).isEqualTo("k-1");
                assertThat(store.get("k-3").orElseThrow().duplicateOf()).isEqualTo("k-1"); // as near k-2: the smaller id
                assertThat(store.get("k-1").orElseThrow().duplicateOf()).isNull();
                assertThat(store.stats().exactDuplicates()).isEqualTo(1);
                assertThat(store.stats().nearDuplicates()).isEqualTo(1);
                assertThat(contents.entrySet().stream().filter(e -> e.getKey().startsWith("story ")))
                        .singleElement().satisfies(e -> assertThat(e.getValue()).endsWith("articles=4 sources=2"));
                if (first == null) {
                    first = contents;
                } else {
                    assertThat(contents).as("order %s", order.stream().map(Article::id).toList()).isEqualTo(first);
                }
            }
        }
    }

    private static Article copy(String id, String outlet, List<String> body) {
        return new Article(id, "contract#" + id, "https://example.org/" + id, outlet, "Talks " + id, false, body,
                List.of(), null, "Hanoi", new PublishedDate("2025-03-03", DateProvenance.META), "en", List.of(), null,
                null);
    }

    /**
     * The articles with a mention joined to an entity of another type while one of its own type answers to its
     * spelling are found (the settling pass reads them again), and no longer once the mention joined that one.
     */
    @ParameterizedTest
    @EnumSource(Backend.class)
    void mentionsJoinedAcrossTypesAreFoundOnEveryBackend(Backend backend) {
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("across")))) {
            String body = "Loans were priced over EURIBOR, the euro interbank rate.";
            Article a = new Article("art-x", "contract#x", "https://example.org/x", "VNA", "Rates", false,
                    List.of(body), List.of(), null, null, new PublishedDate("2025-03-02", DateProvenance.META), "en",
                    List.of(), null, null);
            String body2 = "The Euro Interbank Offered Rate (EURIBOR) fell.";
            Article b = new Article("art-y", "contract#y", "https://example.org/y", "VNA", "Rates", false,
                    List.of(body2), List.of(), null, null, new PublishedDate("2025-03-03", DateProvenance.META), "en",
                    List.of(), null, null);
            String org = "e00000000000000c1";
            String misc = "e00000000000000c2";
            Mention shouted = new Mention(MentionType.MISC, "EURIBOR", body.indexOf("EURIBOR"),
                    body.indexOf("EURIBOR") + 7, 0, null, null);
            store.store(a, reg -> {
                reg.create(new RegisteredEntity(org, MentionType.ORGANIZATION, "Euribor", null, null));
                reg.addAlias(org, new org.attache.api.registry.NameForm("EURIBOR", "euribor", "euribor"));
                reg.recordMention(org, a.id(), shouted); // a MISC reading joined the organisation
            });
            assertThat(store.entities().articlesJoinedAcrossTypes()).isEmpty(); // no MISC entity answers to it
            store.store(b, reg -> {
                reg.create(new RegisteredEntity(misc, MentionType.MISC, "Euro Interbank Offered Rate", null, null));
                reg.addAlias(misc, new org.attache.api.registry.NameForm("EURIBOR", "euribor", "euribor"));
                reg.recordMention(misc, b.id(), new Mention(MentionType.MISC, "EURIBOR", body2.indexOf("EURIBOR"),
                        body2.indexOf("EURIBOR") + 7, 0, null, null));
            });
            assertThat(store.entities().articlesJoinedAcrossTypes()).containsExactly("art-x");
            store.withRegistry(reg -> {
                reg.recordMention(misc, a.id(), shouted); // read again: it joins the MISC entity
                return null;
            });
            store.commit();
            assertThat(store.entities().articlesJoinedAcrossTypes()).isEmpty();
        }
    }

    private static long stories(TreeMap<String, String> contents) {
        return contents.keySet().stream().filter(k -> k.startsWith("story ")).count();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void twoWritersAtOnceStoreWhatOneWriterStores(Backend backend) throws Exception {
        List<Integer> whole = range(0, 60);
        TreeMap<String, String> expected;
        try (ArticleStore one = ArticleStore.open(backend.fresh(dir.resolve("whole")))) {
            ingest(one, whole);
            expected = contents(one);
        }
        StoreConfig first = backend.fresh(dir.resolve("first"));
        if (backend == Backend.SQLITE) {
            // one writer per data folder: a second is refused with one clear message, and the first goes on
            try (ArticleStore writer = ArticleStore.open(first)) {
                ingest(writer, range(0, 30));
                assertThatThrownBy(() -> ArticleStore.open(first)).isInstanceOf(StoreException.class)
                        .hasMessageContaining("another Attaché process");
                ingest(writer, range(30, 60));
                assertThat(contents(writer)).isEqualTo(expected);
            }
            return;
        }
        // two processes' worth of stores, each with its own data folder (index), on one database: odd and even
        // articles interleave, so each writer's duplicate checks and entities depend on the other's commits
        StoreConfig second = new StoreConfig(dir.resolve("second"), 4, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE)
                .withDatabase(first.database());
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (ArticleStore a = ArticleStore.open(first); ArticleStore b = ArticleStore.open(second)) {
            Future<?> odd = pool.submit(() -> ingest(a, whole.stream().filter(n -> n % 2 == 1).toList()));
            Future<?> even = pool.submit(() -> ingest(b, whole.stream().filter(n -> n % 2 == 0).toList()));
            odd.get();
            even.get();
            // a server that stores nothing more still indexes what the other stored (serve does this every 10 s)
            a.catchUpWithOtherWriters();
            b.catchUpWithOtherWriters();
            assertThat(a.stats().indexDocs()).isEqualTo(whole.size());
            assertThat(b.stats().indexDocs()).isEqualTo(whole.size());
            assertThat(a.search("maritime security", 100).totalHits()).isEqualTo(whole.size());
        } finally {
            pool.shutdown();
        }
        try (ArticleStore a = ArticleStore.open(first); ArticleStore b = ArticleStore.open(second)) {
            TreeMap<String, String> seenByA = contents(a);
            assertThat(orderFree(seenByA)).isEqualTo(orderFree(expected));
            assertThat(contents(b)).as("both data folders' indexes caught up").isEqualTo(seenByA);
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void exportsStreamEveryEventWhileTheActionReadsTheStore(Backend backend) {
        StoreConfig fresh = backend.fresh(dir.resolve("export"));
        StoreConfig config = new StoreConfig(fresh.dataDir(), 1000, fresh.nearDuplicateDistance(), fresh.search(),
                fresh.database()); // one commit for the lot: the test is about reading
        try (ArticleStore store = ArticleStore.open(config)) {
            ingest(store, range(0, 560)); // two rows per event (two actors): more than one fetch of rows
            List<String> listed = store.events().list(EventFilter.all(), EventReader.MAX_LIMIT).stream()
                    .map(Event::id).toList();
            List<String> streamed = new ArrayList<>();
            store.events().forEach(EventFilter.all(), e -> {
                // an export looks up each event's article and story meanwhile, on other connections
                assertThat(store.get(e.articleId())).isPresent();
                assertThat(store.events().story(e.storyId())).isPresent();
                streamed.add(e.id());
            });
            assertThat(listed).hasSize(560);
            assertThat(streamed).isEqualTo(listed);
            // the connection it streamed on serves reads and snapshots again, and the store takes writes
            assertThat(store.snapshot(() -> store.latest(null, 5).items())).hasSize(5);
            Article next = article(560);
            store.store(next, null, resolveAndCode(next)::apply, FIRST);
            // with a write pending, the stream sees it
            long[] seen = {0};
            store.events().forEach(EventFilter.all(), e -> seen[0]++);
            assertThat(seen[0]).isEqualTo(561);
            store.commit();
            assertThat(store.events().count(EventFilter.all())).isEqualTo(561);
        }
    }

    /**
     * {@code contents} less what depends on the order in which articles arrive rather than on the store: how events
     * are grouped into stories (the Cluster rule joins the stories that exist when an event comes). Which of two
     * identical articles is the copy does not (the smaller id is the original) and is kept.
     */
    private static TreeMap<String, String> orderFree(TreeMap<String, String> contents) {
        TreeMap<String, String> kept = new TreeMap<>();
        contents.forEach((key, value) -> {
            if (key.startsWith("event ")) {
                kept.put(key, value.substring(value.indexOf(' ') + 1));
            } else if (key.equals("stats")) {
                kept.put(key, value.replaceAll(" stories=\\d+", ""));
            } else if (!key.startsWith("story ")) {
                kept.put(key, value);
            }
        });
        return kept;
    }
}
