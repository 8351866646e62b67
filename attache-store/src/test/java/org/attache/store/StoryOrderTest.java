package org.attache.store;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.PublishedDate;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryCandidate;
import org.attache.api.events.StoryMatcher;
import org.attache.store.StoreContractTest.Backend;
import org.attache.store.events.EventFilter;
import org.attache.store.events.Story;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Story membership and ids do not depend on the order events arrive in. The corpus is built so that joining each
 * event to the best story at its arrival (as the Cluster stage did) does depend on it: chains of reports where
 * each is like its neighbours but not like those two steps away, on one day and across a fortnight, and undated
 * ones; a report of another dyad with the same words stays apart.
 */
class StoryOrderTest {
    /** One report: its article id, day (null: undated, and the article is too), outlet, first and end word. */
    private record Report(String id, String day, String outlet, int from, int to, String otherCountry) {
        Article article() {
            return new Article(id, "order#" + id, "https://example.org/" + id, outlet, "Report " + id, false,
                    List.of(sentence(), "Filler sentence for report " + id + "."), List.of(), null, "Singapore",
                    day == null ? null : new PublishedDate(day, DateProvenance.META), "en", List.of(), null, null);
        }

        String sentence() {
            StringBuilder s = new StringBuilder("Leaders");
            for (int w = from; w < to; w++) {
                s.append(" w").append(w);
            }
            return s.append('.').toString();
        }

        Event event() {
            EventDate date = day == null ? null
                    : EventDate.single(PartialDate.of(LocalDate.parse(day)), DatePrecision.DAY, "that day");
            String sentence = sentence();
            return new Event(id + ":1", id, PloverType.CONSULT, "040", "in_person", null, EventStatus.OCCURRED, "met",
                    List.of(new EventActor(null, "Lawrence Wong", "SGP", "GOV")),
                    List.of(new EventActor(null, "Leader of " + otherCountry, otherCountry, "GOV")), null, date,
                    new Evidence(id, 0, sentence.length(), sentence), 0.9, null);
        }
    }

    /** Word sets of neighbours overlap 3 of 7 (0.43, joins); two apart 1 of 9 (0.11, does not). */
    private static final List<Report> CORPUS = List.of(
            new Report("c1-a", "2025-03-03", "VNA", 1, 6, "VNM"),
            new Report("c1-b", "2025-03-03", "Straits", 3, 8, "VNM"),
            new Report("c1-c", "2025-03-03", "Bernama", 5, 10, "VNM"),
            new Report("c1-d", "2025-03-03", "VNA", 7, 12, "VNM"),
            new Report("c2-a", "2025-03-10", "VNA", 20, 25, "VNM"),
            new Report("c2-b", "2025-03-15", "Straits", 22, 27, "VNM"),
            new Report("c2-c", "2025-03-20", "Bernama", 24, 29, "VNM"),
            new Report("c2-d", "2025-03-26", "VNA", 26, 31, "VNM"),
            new Report("u-a", null, "VNA", 40, 45, "VNM"),
            new Report("u-b", null, "Straits", 42, 47, "VNM"),
            new Report("u-c", null, "Bernama", 44, 49, "VNM"),
            new Report("m-a", "2025-03-03", "Bernama", 1, 6, "MYS"));

    /** Joins the candidate whose evidence shares most words with the event's (Jaccard ≥ 0.4); ties: first offered. */
    static final StoryMatcher OVERLAP = (Event event, LocalDate day, List<StoryCandidate> candidates) -> {
        String best = null;
        double bestScore = 0.4 - 1e-9;
        for (StoryCandidate c : candidates) {
            for (String evidence : c.evidence()) {
                double score = jaccard(event.evidence().text(), evidence);
                if (score > bestScore) {
                    best = c.storyId();
                    bestScore = score;
                }
            }
        }
        return Optional.ofNullable(best);
    };

    @TempDir
    Path dir;

    static double jaccard(String a, String b) {
        Set<String> x = new HashSet<>(Arrays.asList(a.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        Set<String> y = new HashSet<>(Arrays.asList(b.toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        Set<String> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void everyOrderGivesTheSameStories(Backend backend) {
        List<List<Report>> orders = new ArrayList<>();
        orders.add(CORPUS);
        List<Report> reversed = new ArrayList<>(CORPUS);
        Collections.reverse(reversed);
        orders.add(reversed);
        for (long seed : new long[] {1, 2, 3}) {
            List<Report> shuffled = new ArrayList<>(CORPUS);
            Collections.shuffle(shuffled, new Random(seed));
            orders.add(shuffled);
        }
        List<Report> halves = new ArrayList<>(); // every second report, then the others: two halves one after the other
        for (int parity = 1; parity >= 0; parity--) {
            for (int i = parity; i < CORPUS.size(); i += 2) {
                halves.add(CORPUS.get(i));
            }
        }
        orders.add(halves);

        TreeMap<String, String> expected = null;
        for (int i = 0; i < orders.size(); i++) {
            TreeMap<String, String> got = ingest(backend, orders.get(i), "order-" + i);
            if (expected == null) {
                expected = got;
                // chains are one story each whatever the order; the other dyad's report stays apart
                assertThat(got).containsEntry("members " + storyIdOf(got, "c1-a"), "[c1-a:1, c1-b:1, c1-c:1, c1-d:1]")
                        .containsEntry("members " + storyIdOf(got, "c2-a"), "[c2-a:1, c2-b:1, c2-c:1, c2-d:1]")
                        .containsEntry("members " + storyIdOf(got, "u-a"), "[u-a:1, u-b:1, u-c:1]")
                        .containsEntry("members " + storyIdOf(got, "m-a"), "[m-a:1]");
                assertThat(got.keySet().stream().filter(k -> k.startsWith("story "))).hasSize(4);
            } else {
                assertThat(got).as("order %d: %s", i, orders.get(i).stream().map(Report::id).toList())
                        .isEqualTo(expected);
            }
        }
    }

    @Test
    void arrivalOrderWouldMatterToTheMatcherAlone() {
        // the corpus does exercise order: taking each report's best story at arrival groups differently
        assertThat(arrivalGroups(List.of(CORPUS.get(0), CORPUS.get(2), CORPUS.get(1))))
                .isNotEqualTo(arrivalGroups(List.of(CORPUS.get(1), CORPUS.get(0), CORPUS.get(2))));
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void aStoryThatChangesIdKeepsItsOldIdAsAnAlias(Backend backend) {
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("alias")))) {
            // a later report first: its story is named after it
            store(store, CORPUS.get(5));
            String later = store.get("c2-b").orElseThrow().storyId();
            // an earlier report of the same happening: the story now starts there and takes its id
            store(store, CORPUS.get(4));
            String earlier = store.get("c2-a").orElseThrow().storyId();
            assertThat(earlier).isNotEqualTo(later);
            assertThat(store.get("c2-b").orElseThrow().storyId()).isEqualTo(earlier);
            assertThat(store.events().story(later)).isEmpty();
            assertThat(store.events().storyAlias(later)).contains(earlier);
            assertThat(store.events().storyAlias(earlier)).isEmpty();

            // two unlike reports are two stories until the one between them arrives; then one folds into the other
            store(store, CORPUS.get(0));
            store(store, CORPUS.get(2));
            String first = store.get("c1-a").orElseThrow().storyId();
            String folded = store.get("c1-c").orElseThrow().storyId();
            assertThat(folded).isNotEqualTo(first);
            store(store, CORPUS.get(1));
            assertThat(store.get("c1-c").orElseThrow().storyId()).isEqualTo(first);
            assertThat(store.events().storyAlias(folded)).contains(first);
            assertThat(store.events().story(first).orElseThrow().events()).isEqualTo(3);

            // recoding the middle report so that it reports nothing splits the story again: the alias is dropped
            // once its id is a story again
            store.storeEvents(store.get("c1-b").orElseThrow(), r -> List.of(), OVERLAP);
            assertThat(store.get("c1-c").orElseThrow().storyId()).isEqualTo(folded);
            assertThat(store.events().story(folded)).isPresent();
            assertThat(store.events().storyAlias(folded)).isEmpty();
            assertThat(store.events().storyAlias(later)).contains(earlier); // an alias of another story stays
        }
    }

    @ParameterizedTest
    @EnumSource(Backend.class)
    void anArticleWithEventsOfOneKeyFarApartGivesEachAStory(Backend backend) {
        // a report recalling an earlier meeting: two events of one type and dyad a month apart, two stretches
        Report now = new Report("far", "2025-03-03", "VNA", 60, 65, "VNM");
        Event recalled = new Event("far:2", "far", PloverType.CONSULT, "040", "in_person", null, EventStatus.OCCURRED,
                "met", now.event().source(), now.event().target(), null,
                EventDate.single(PartialDate.of(LocalDate.parse("2025-02-01")), DatePrecision.DAY, "in February"),
                new Evidence("far", 0, 10, "Leaders w70 w71 w72 w73."), 0.9, null);
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve("far")))) {
            store.store(now.article(), r -> List.of(now.event(), recalled), OVERLAP);
            List<Event> events = store.events().list(EventFilter.all(), 10);
            assertThat(events).extracting(Event::storyId).doesNotContainNull().doesNotHaveDuplicates().hasSize(2);
            // coding it again without the recalled meeting removes that story and keeps the other
            store.storeEvents(store.get("far").orElseThrow(), r -> List.of(now.event()), OVERLAP);
            assertThat(store.events().list(EventFilter.all(), 10)).singleElement()
                    .satisfies(e -> assertThat(e.storyId()).isNotNull());
            assertThat(store.events().storyCount()).isEqualTo(1);
        }
    }

    private static void store(ArticleStore store, Report report) {
        store.store(report.article(), r -> List.of(report.event()), OVERLAP);
    }

    private TreeMap<String, String> ingest(Backend backend, List<Report> order, String name) {
        try (ArticleStore store = ArticleStore.open(backend.fresh(dir.resolve(name)))) {
            for (Report r : order) {
                store(store, r);
            }
            store.commit();
            TreeMap<String, String> all = new TreeMap<>();
            for (Event e : store.events().list(EventFilter.all(), 1000)) {
                all.put("event " + e.id(), e.storyId());
                Story s = store.events().story(e.storyId()).orElseThrow();
                all.put("story " + s.id(), s.toString());
                all.put("members " + s.id(), new TreeSet<>(store.events().storyEvents(s.id(), 100).stream()
                        .map(Event::id).toList()).toString());
            }
            for (Report r : order) {
                all.put("article " + r.id(), store.get(r.id()).orElseThrow().storyId());
            }
            return all;
        }
    }

    private static String storyIdOf(TreeMap<String, String> contents, String articleId) {
        return contents.get("article " + articleId);
    }

    /** Each report joins the best story at its arrival (all on one day, so every story is a candidate). */
    private static List<Set<String>> arrivalGroups(List<Report> order) {
        List<List<Report>> stories = new ArrayList<>();
        for (Report r : order) {
            List<StoryCandidate> candidates = new ArrayList<>();
            for (int i = 0; i < stories.size(); i++) {
                candidates.add(new StoryCandidate(Integer.toString(i), PloverType.CONSULT, Set.of("SGP", "VNM"), null,
                        null, stories.get(i).stream().map(Report::sentence).toList(), Set.of()));
            }
            Optional<String> choice = OVERLAP.match(r.event(), null, candidates);
            if (choice.isPresent()) {
                stories.get(Integer.parseInt(choice.get())).add(r);
            } else {
                stories.add(new ArrayList<>(List.of(r)));
            }
        }
        return stories.stream().map(s -> (Set<String>) new TreeSet<>(s.stream().map(Report::id).toList())).toList();
    }
}
