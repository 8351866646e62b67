package org.attache.store;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.MentionType;
import org.attache.api.PublishedDate;
import org.attache.api.config.StoreConfig;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.Event;
import org.attache.api.AffiliationSource;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.events.StoryCandidate;
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.events.EventFilter;
import org.attache.store.read.Page;
import org.attache.store.events.EventGroupCounts;
import org.attache.store.events.EventQueries;
import org.attache.store.events.MonthCount;
import org.attache.store.events.Relations;
import org.attache.store.events.Story;
import org.attache.store.events.StoryDetail;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Events and stories written with an article and read back. */
class EventStoreTest {
    private static final EventActor LAM = new EventActor("e0000000000000001", "Tô Lâm", "VNM", "PTY");
    private static final EventActor TRUNG = new EventActor("e0000000000000002", "Lê Hoài Trung", "VNM", "PTY",
            AffiliationSource.OFFICE);
    private static final EventActor WONG = new EventActor("e0000000000000003", "Lawrence Wong", "SGP", "GOV",
            AffiliationSource.CONTEXT);
    private static final EventActor BALA = new EventActor("e0000000000000004", "Vivian Balakrishnan", "SGP", "GOV");
    private static final EventActor PAP = new EventActor("e0000000000000005", "People's Action Party", "SGP", "PTY");
    private static final EventActor THAI = new EventActor(null, "Thai officials", "THA", "GOV");
    private static final EventActor ASEAN = new EventActor(null, "ASEAN Secretariat", "ASEAN", "IGO");

    /** Joins the first candidate offered, as a trivial Cluster rule; remembers what it was offered. */
    private static final class FirstCandidate implements StoryMatcher {
        final List<List<StoryCandidate>> offered = new ArrayList<>();

        @Override
        public Optional<String> match(Event event, LocalDate eventDay, List<StoryCandidate> candidates) {
            offered.add(candidates);
            return candidates.stream().map(StoryCandidate::storyId).findFirst();
        }
    }

    @TempDir
    Path dir;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 50, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE));
    }

    private static Article article(String id, String outlet, String title, String published, String... body) {
        return new Article(id, "test.jsonl#" + id, "https://example.org/" + id, outlet, title, false, List.of(body),
                List.of(), null, "Singapore",
                published == null ? null : new PublishedDate(published, DateProvenance.META), "en", List.of(), null, null);
    }

    /** An event whose evidence is the given sentence of the article's body. */
    private static Event event(Article article, String key, PloverType type, String cameo, String mode,
                               EventStatus status, List<EventActor> source, List<EventActor> target, EventDate date,
                               String sentence) {
        int start = article.bodyText().indexOf(sentence);
        assertThat(start).as("sentence in %s", article.id()).isNotNegative();
        return new Event(article.id() + ":" + key, article.id(), type, cameo, mode, "diplomatic", status, null, source,
                target, null, date, new Evidence(article.id(), start, start + sentence.length(), sentence), 0.8, null);
    }

    private static EventDate day(String iso, String text) {
        return EventDate.single(PartialDate.parse(iso), DatePrecision.DAY, text);
    }

    private static List<Event> withoutStories(List<Event> events) {
        return events.stream().map(e -> e.withStoryId(null)).toList();
    }

    @Test
    void eventsReadBackEqualToWhatWasWritten() {
        String s1 = "From January 7-11, Lê Hoài Trung paid a working visit to Singapore at the invitation of "
                + "Minister for Foreign Affairs Vivian Balakrishnan.";
        String s2 = "During the visit, he met with Prime Minister Lawrence Wong and leaders of the People's Action Party.";
        String s3 = "The two sides agreed to implement the agreements reached by their leaders.";
        Article a = article("a-visit", "VNA", "Party official visits Singapore", "2025-01-12T09:30", s1 + " " + s2, s3);
        Event visit = new Event("a-visit:1", "a-visit", PloverType.CONSULT, "042", "visit", "diplomatic",
                EventStatus.OCCURRED, "paid a working visit", List.of(TRUNG), List.of(BALA, WONG), "Singapore",
                new EventDate(PartialDate.parse("2025-01-07"), PartialDate.parse("2025-01-11"), DatePrecision.DAY,
                        "From January 7-11"),
                new Evidence("a-visit", 0, s1.length(), s1), 0.1 + 0.2, null);
        int s2Start = a.bodyText().indexOf(s2);
        Event meeting = new Event("a-visit:2", "a-visit", PloverType.CONSULT, "040", "in_person", null,
                EventStatus.OCCURRED, "met with", List.of(TRUNG), List.of(WONG, PAP), null, null,
                new Evidence("a-visit", s2Start, s2Start + s2.length(), s2), 0.75, null);
        int s3Start = a.bodyText().indexOf(s3);
        Event agree = new Event("a-visit:3", "a-visit", PloverType.AGREE, "057", null, "diplomatic",
                EventStatus.PROMISED, "agreed to implement", List.of(TRUNG, BALA), List.of(), null,
                new EventDate(PartialDate.parse("--01-09"), PartialDate.parse("--01-09"), DatePrecision.DAY, "on Thursday"),
                new Evidence("a-visit", s3Start, s3Start + s3.length(), s3), 1.0, null);
        List<Event> coded = List.of(visit, meeting, agree);
        try (ArticleStore store = open()) {
            assertThat(store.store(a, registry -> coded, new FirstCandidate())).isInstanceOf(StoreOutcome.Stored.class);
            List<Event> read = store.events().list(EventFilter.all().withArticle("a-visit"), 10);
            // timeline order: the dated visit, the agreement whose year is unknown, then the undated meeting; each
            // read back with the day of the article that reports it
            java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 12);
            assertThat(withoutStories(read)).containsExactly(visit.withReportedOn(day), agree.withReportedOn(day),
                    meeting.withReportedOn(day));
            assertThat(read).allSatisfy(e -> assertThat(e.storyId()).startsWith("s").hasSize(17));
            assertThat(store.events().get("a-visit:2")).contains(read.get(2));
            assertThat(store.events().get("a-visit:9")).isEmpty();
        }
        try (ArticleStore store = open()) {
            Event reread = store.events().get("a-visit:1").orElseThrow();
            assertThat(reread.withStoryId(null)).isEqualTo(visit.withReportedOn(java.time.LocalDate.of(2025, 1, 12)));
            assertThat(reread.confidence()).isEqualTo(0.1 + 0.2);
            assertThat(reread.source()).containsExactly(TRUNG);
            assertThat(reread.target()).containsExactly(BALA, WONG);
            StoreStats stats = store.stats();
            assertThat(stats.events()).isEqualTo(3);
            assertThat(stats.stories()).isEqualTo(2); // the visit and the meeting are one CONSULT story
        }
    }

    @Test
    void actorsResolvedToAnEntityAreReadUnderItsCurrentName() {
        String sentence = "Le Hoai Trung met Thai officials in Bangkok.";
        Article a = article("a-trung", "VNA", "Trung in Bangkok", "2025-02-03", sentence);
        String trungId = "e0000000000000aa1";
        EventActor trung = new EventActor(trungId, "Le Hoai Trung", "VNM", "PTY");
        EventActor thai = new EventActor(null, "Thai officials", "THA", "GOV");
        try (ArticleStore store = open()) {
            store.store(a, registry -> {
                registry.create(new RegisteredEntity(trungId,
                        MentionType.PERSON, "Le Hoai Trung", "VNM"));
                return List.of(event(a, "1", PloverType.CONSULT, "040", "in_person", EventStatus.OCCURRED,
                        List.of(trung), List.of(thai), day("2025-02-03", "Monday"), sentence));
            }, new FirstCandidate());
            // a later article spells the name in full: the registry renames the entity
            store.registry().rename(trungId, "Lê Hoài Trung");
            store.commit();
            Event read = store.events().get("a-trung:1").orElseThrow();
            assertThat(read.source()).containsExactly(new EventActor(trungId, "Lê Hoài Trung", "VNM", "PTY"));
            assertThat(read.target()).as("not resolved: named as coded").containsExactly(thai);
        }
    }

    /** Stores one single-sentence article per event; returns nothing. */
    private static void report(ArticleStore store, String id, String published, PloverType type, String cameo,
                               List<EventActor> source, List<EventActor> target, EventDate date, String sentence) {
        Article a = article(id, "VNA", sentence.substring(0, 30), published, sentence);
        store.store(a, r -> List.of(event(a, "1", type, cameo, null, EventStatus.OCCURRED, source, target, date,
                sentence)), new FirstCandidate());
    }

    private void storeTimeline(ArticleStore store) {
        report(store, "p-undated-late", "2025-03-01", PloverType.CONSULT, "043", List.of(LAM), List.of(WONG), null,
                "General Secretary Tô Lâm held phone talks with Prime Minister Lawrence Wong recently.");
        report(store, "p-april", "2025-05-02", PloverType.CONSULT, "040", List.of(LAM), List.of(WONG),
                day("--04-29", "on April 29"),
                "On April 29, Tô Lâm and Lawrence Wong held talks via videoconference.");
        report(store, "p-visit", "2025-01-12", PloverType.CONSULT, "042", List.of(TRUNG), List.of(BALA),
                new EventDate(PartialDate.parse("2025-01-07"), PartialDate.parse("2025-01-11"), DatePrecision.DAY,
                        "January 7-11"),
                "Lê Hoài Trung visited Singapore on January 7-11 at the invitation of Vivian Balakrishnan.");
        report(store, "p-month", "2024-12-20", PloverType.AGREE, "057", List.of(BALA), List.of(TRUNG),
                new EventDate(PartialDate.parse("2025-01"), PartialDate.parse("2025-01"), DatePrecision.MONTH,
                        "next month"),
                "Vivian Balakrishnan said Singapore and Vietnam would sign a digital economy pact next month.");
        report(store, "p-november", "2024-11-16", PloverType.SUPPORT, "051", List.of(WONG), List.of(LAM),
                day("2024-11-15", "on Friday"),
                "Lawrence Wong on Friday praised Vietnam's reform drive in a meeting with Tô Lâm.");
        report(store, "p-undated-early", "2025-02-01", PloverType.REQUEST, "020", List.of(LAM), List.of(WONG), null,
                "Tô Lâm called for more exchanges of delegations between Vietnam and Singapore.");
        report(store, "p-february", "2025-02-12", PloverType.AGREE, "057", List.of(TRUNG), List.of(BALA),
                day("--02-10", "on February 10"),
                "On February 10, Lê Hoài Trung and Vivian Balakrishnan agreed to boost defence ties.");
        report(store, "p-thai", "2025-01-20", PloverType.CONSULT, "040", List.of(THAI), List.of(LAM),
                day("2025-01-19", "on Sunday"), "Thai officials met Tô Lâm in Hanoi on Sunday to discuss rice exports.");
    }

    @Test
    void relationsListThePairsEventsInTimelineOrderWithMonthCounts() {
        try (ArticleStore store = open()) {
            storeTimeline(store);
            Relations relations = store.events().relations("VNM", "SGP");
            assertThat(relations.events()).extracting(Event::articleId).containsExactly("p-november", "p-month",
                    "p-visit", "p-february", "p-april", "p-undated-early", "p-undated-late");
            assertThat(relations.undated()).isEqualTo(2);
            assertThat(relations.months()).containsExactly(
                    new MonthCount("2024-11", PloverType.SUPPORT, 1),
                    new MonthCount("2025-01", PloverType.AGREE, 1),
                    new MonthCount("2025-01", PloverType.CONSULT, 1),
                    new MonthCount("--02", PloverType.AGREE, 1),
                    new MonthCount("--04", PloverType.CONSULT, 1));
            assertThat(store.events().relations("SGP", "VNM").events()).isEqualTo(relations.events());
            assertThat(store.events().relations("VNM", "THA").events()).extracting(Event::articleId)
                    .containsExactly("p-thai");
            assertThat(store.events().relations("SGP", "THA").events()).isEmpty();
        }
    }

    @Test
    void filtersSelectByCountryEntityTypeStatusDatesAndArticle() {
        try (ArticleStore store = open()) {
            storeTimeline(store);
            EventQueries events = store.events();
            assertThat(events.list(EventFilter.all(), 100)).hasSize(8);
            assertThat(events.list(EventFilter.all().withCountries("THA"), 100)).extracting(Event::articleId)
                    .containsExactly("p-thai");
            assertThat(events.list(EventFilter.all().withCountries("VNM"), 100)).hasSize(8);
            assertThat(events.count(EventFilter.all().withCountries("VNM", "SGP"))).isEqualTo(7);
            assertThat(events.list(EventFilter.all().withEntity(BALA.entityId()), 100)).extracting(Event::articleId)
                    .containsExactly("p-month", "p-visit", "p-february");
            assertThat(events.list(EventFilter.all().withType(PloverType.AGREE), 100)).extracting(Event::articleId)
                    .containsExactly("p-month", "p-february");
            assertThat(events.list(EventFilter.all().withType(PloverType.AGREE).withEntity(TRUNG.entityId())
                    .withCountries("SGP"), 100)).extracting(Event::articleId).containsExactly("p-month", "p-february");
            assertThat(events.list(EventFilter.all().withStatus(EventStatus.OCCURRED), 100)).hasSize(8);
            assertThat(events.list(EventFilter.all().withStatus(EventStatus.PLANNED), 100)).isEmpty();
            // the visit (January 7-11) overlaps January 10-20; the month "2025-01" does too; year-unknown and
            // undated events are left out once a date bound is set
            assertThat(events.list(EventFilter.all().withFrom(LocalDate.of(2025, 1, 10))
                    .withTo(LocalDate.of(2025, 1, 20)), 100)).extracting(Event::articleId)
                    .containsExactly("p-month", "p-visit", "p-thai");
            assertThat(events.list(EventFilter.all().withFrom(LocalDate.of(2025, 1, 12)), 100))
                    .extracting(Event::articleId).containsExactly("p-month", "p-thai");
            assertThat(events.list(EventFilter.all().withTo(LocalDate.of(2024, 12, 31)), 100))
                    .extracting(Event::articleId).containsExactly("p-november");
            assertThat(events.list(EventFilter.all().withArticle("p-april"), 100)).extracting(Event::mode)
                    .containsOnlyNulls().hasSize(1);
            assertThat(events.list(EventFilter.all(), 2)).extracting(Event::articleId)
                    .containsExactly("p-november", "p-month");
            assertThat(events.list(EventFilter.all(), 0)).isEmpty();
            List<Event> streamed = new ArrayList<>();
            events.forEach(EventFilter.all().withCountries("SGP", "VNM"), streamed::add);
            assertThat(streamed).isEqualTo(events.relations("VNM", "SGP").events());
            assertThatThrownBy(() -> events.list(EventFilter.all(), -1)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
            assertThatThrownBy(() -> EventFilter.all().withFrom(LocalDate.of(2025, 2, 1)).withTo(LocalDate.of(2025, 1, 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2025-02-01");
        }
    }

    @Test
    void pagesWalkTheWholeTimelineWithCursorsAndTextModeAndTypeCountsFilter() {
        try (ArticleStore store = open()) {
            storeTimeline(store);
            EventQueries events = store.events();
            List<Event> all = events.list(EventFilter.all(), 100);
            List<Event> walked = new ArrayList<>();
            List<Integer> sizes = new ArrayList<>();
            String cursor = null;
            do {
                org.attache.store.read.Page<Event> page = events.page(EventFilter.all(), cursor, 3);
                walked.addAll(page.items());
                sizes.add(page.items().size());
                cursor = page.nextCursor();
            } while (cursor != null);
            // 8 events in pages of 3, 3 and 2, in the same timeline order as list (undated last)
            assertThat(sizes).containsExactly(3, 3, 2);
            assertThat(walked).isEqualTo(all);
            assertThat(events.page(EventFilter.all(), null, 8).nextCursor()).isNull();
            String second = events.page(EventFilter.all().withCountries("VNM", "SGP"), null, 5).nextCursor();
            assertThat(events.page(EventFilter.all().withCountries("VNM", "SGP"), second, 5).items())
                    .extracting(Event::articleId).containsExactly("p-undated-early", "p-undated-late");
            assertThatThrownBy(() -> events.page(EventFilter.all(), "bm90IGEgY3Vyc29y", 3))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Bad cursor");

            // text in the evidence: case-insensitive, wildcards taken literally
            assertThat(events.list(EventFilter.all().withText("VIDEOCONFERENCE"), 100)).extracting(Event::articleId)
                    .containsExactly("p-april");
            assertThat(events.list(EventFilter.all().withText("100%"), 100)).isEmpty();
            assertThat(events.list(EventFilter.all().withText("_"), 100)).isEmpty();
            assertThat(events.count(EventFilter.all().withText("Tô Lâm"))).isEqualTo(5);
            assertThatThrownBy(() -> EventFilter.all().withText("x".repeat(201)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("200");

            assertThat(events.countsByType(EventFilter.all())).containsExactly(Map.entry(PloverType.CONSULT, 4L),
                    Map.entry(PloverType.AGREE, 2L), Map.entry(PloverType.REQUEST, 1L), Map.entry(PloverType.SUPPORT, 1L));
            assertThat(events.countsByType(EventFilter.all().withCountries("THA")))
                    .containsExactly(Map.entry(PloverType.CONSULT, 1L));
        }
    }

    @Test
    void groupsJoinTheCounterpartsOfOneSentenceAndPagesNeverSplitThem() {
        // one sentence naming three counterparts: three events, one group; then two one-event sentences
        String s1 = "Tô Lâm met Lawrence Wong, Vivian Balakrishnan and Thai officials on Monday.";
        String s2 = "Tô Lâm visited Singapore on Tuesday.";
        String s3 = "Lê Hoài Trung criticised Lawrence Wong in 1985.";
        Article a = article("a-groups", "VNA", "Groups", "2025-03-05", s1, s2, s3);
        try (ArticleStore store = open()) {
            store.store(a, r -> List.of(
                    event(a, "1", PloverType.CONSULT, "040", null, EventStatus.OCCURRED, List.of(LAM), List.of(WONG),
                            day("2025-03-03", "on Monday"), s1),
                    event(a, "2", PloverType.CONSULT, "040", null, EventStatus.OCCURRED, List.of(LAM), List.of(BALA),
                            day("2025-03-03", "on Monday"), s1),
                    event(a, "3", PloverType.CONSULT, "040", null, EventStatus.OCCURRED, List.of(LAM), List.of(THAI),
                            day("2025-03-03", "on Monday"), s1),
                    event(a, "4", PloverType.CONSULT, "042", "visit", EventStatus.OCCURRED, List.of(LAM),
                            List.of(WONG), day("2025-03-04", "on Tuesday"), s2),
                    event(a, "5", PloverType.ACCUSE, "111", null, EventStatus.OCCURRED, List.of(TRUNG), List.of(WONG),
                            new EventDate(PartialDate.parse("1985"), PartialDate.parse("1985"), DatePrecision.YEAR,
                                    "in 1985"), s3)), new FirstCandidate());
            EventFilter pair = EventFilter.all().withCountries("VNM", "SGP");
            // by the timeline: 1985 (year only) first, then Monday's sentence, then Tuesday's
            List<List<String>> pages = new ArrayList<>();
            String cursor = null;
            do {
                Page<List<Event>> page = store.events().groupPage(pair, cursor, 1);
                assertThat(page.items()).hasSize(1);
                pages.add(page.items().getFirst().stream().map(Event::id).toList());
                cursor = page.nextCursor();
            } while (cursor != null && pages.size() < 10);
            assertThat(pages).containsExactly(List.of("a-groups:5"), List.of("a-groups:1", "a-groups:2"),
                    List.of("a-groups:4"));
            // Thai officials are not of the pair: the third event of the sentence is another country's
            assertThat(store.events().groupPage(EventFilter.all().withCountries("VNM"), null, 2).items())
                    .extracting(List::size).containsExactly(1, 3);

            EventGroupCounts counts = store.events().groupCounts(pair);
            assertThat(counts.total()).isEqualTo(3);
            assertThat(counts.undated()).isZero();
            assertThat(counts.byType()).containsExactly(Map.entry(PloverType.CONSULT, 2L), Map.entry(PloverType.ACCUSE, 1L));
            assertThat(counts.months()).containsExactly(new MonthCount("1985", PloverType.ACCUSE, 1),
                    new MonthCount("2025-03", PloverType.CONSULT, 2));
            // Wong's country comes from weak context only: not counted as one of Singapore's people
            assertThat(store.events().actorCounts(pair, "SGP", 10)).containsExactly(Map.entry(BALA.entityId(), 1L));
            assertThat(store.events().actorCounts(pair, "VNM", 10)).containsExactly(
                    Map.entry(LAM.entityId(), 2L), Map.entry(TRUNG.entityId(), 1L));
        }
    }

    @Test
    void modeSelectsEventsOfThatMode() {
        String s1 = "Tô Lâm held phone talks with Lawrence Wong on Monday.";
        String s2 = "Tô Lâm visited Singapore on Tuesday.";
        Article a = article("a-modes", "VNA", "Modes", "2025-03-05", s1, s2);
        try (ArticleStore store = open()) {
            store.store(a, r -> List.of(
                    event(a, "1", PloverType.CONSULT, "043", "phone", EventStatus.OCCURRED, List.of(LAM), List.of(WONG),
                            day("2025-03-03", "on Monday"), s1),
                    event(a, "2", PloverType.CONSULT, "042", "visit", EventStatus.OCCURRED, List.of(LAM), List.of(),
                            day("2025-03-04", "on Tuesday"), s2)), new FirstCandidate());
            assertThat(store.events().list(EventFilter.all().withMode("phone"), 10)).extracting(Event::id)
                    .containsExactly("a-modes:1");
            assertThat(store.events().list(EventFilter.all().withMode("visit"), 10)).extracting(Event::id)
                    .containsExactly("a-modes:2");
            assertThat(store.events().list(EventFilter.all().withMode("  "), 10)).hasSize(2);
        }
    }

    @Test
    void reportsOfOneHappeningFromTwoOutletsFormOneStoryAndCopiesCountOnce() {
        String vnaBody = "Prime Minister Lawrence Wong held talks with General Secretary Tô Lâm in Singapore on "
                + "January 7, the two sides agreeing to deepen their comprehensive strategic partnership.";
        String stBody = "Singapore's Prime Minister Lawrence Wong met Vietnam's top leader Tô Lâm at the Istana on "
                + "Tuesday, where they discussed trade, energy links and the digital economy.";
        String thaiBody = "Prime Minister Lawrence Wong held talks with Thai Prime Minister Paetongtarn Shinawatra "
                + "in Singapore on January 7 on regional security and rice trade.";
        String laterBody = "Lawrence Wong and Tô Lâm met again on the sidelines of the ASEAN summit on January 28 "
                + "to review progress on their green energy corridor.";
        Article vna = article("vna-1", "VNA", "Vietnam, Singapore leaders hold talks", "2025-01-08", vnaBody);
        Article st = article("st-1", "The Straits Times", "PM Wong meets To Lam", "2025-01-08", stBody);
        Article copy = article("vnplus-1", "Vietnam Plus", "Leaders hold talks in Singapore", "2025-01-08", vnaBody);
        Article thai = article("th-1", "Bangkok Post", "Wong, Paetongtarn hold talks", "2025-01-08", thaiBody);
        Article later = article("vna-2", "VNA", "Leaders meet at ASEAN summit", "2025-01-29", laterBody);
        EventActor paetongtarn = new EventActor("e0000000000000009", "Paetongtarn Shinawatra", "THA", "GOV");
        EventDate jan7 = day("2025-01-07", "on January 7");
        FirstCandidate matcher = new FirstCandidate();
        try (ArticleStore store = open()) {
            store.store(vna, r -> List.of(event(vna, "1", PloverType.CONSULT, "043", "host", EventStatus.OCCURRED,
                    List.of(WONG), List.of(LAM), jan7, vnaBody)), matcher);
            store.store(st, r -> List.of(event(st, "1", PloverType.CONSULT, "040", "in_person", EventStatus.OCCURRED,
                    List.of(WONG), List.of(LAM), day("2025-01-07", "on Tuesday"), stBody)), matcher);
            // the two reports are grouped in canonical order (same day and publication day: event id "st-1:1"
            // first), so VNA's report, regrouped after The Straits Times' arrived, is offered the latter's story
            assertThat(matcher.offered.getLast()).singleElement().satisfies(c -> {
                assertThat(c.evidence()).containsExactly(stBody);
                assertThat(c.outlets()).containsExactly("The Straits Times");
                assertThat(c.dyad()).containsExactlyInAnyOrder("SGP", "VNM");
                assertThat(c.firstDay()).isEqualTo(LocalDate.of(2025, 1, 7));
            });
            StoreOutcome copied = store.store(copy, r -> List.of(event(copy, "1", PloverType.CONSULT, "043", "host",
                    EventStatus.OCCURRED, List.of(WONG), List.of(LAM), jan7, vnaBody)), matcher);
            assertThat(copied).isEqualTo(new StoreOutcome.ExactDuplicate("vnplus-1", "vna-1"));
            store.store(thai, r -> List.of(event(thai, "1", PloverType.CONSULT, "040", "in_person", EventStatus.OCCURRED,
                    List.of(WONG), List.of(paetongtarn), jan7, thaiBody)), matcher);
            store.store(later, r -> List.of(event(later, "1", PloverType.CONSULT, "040", "multilateral",
                    EventStatus.OCCURRED, List.of(WONG), List.of(LAM), day("2025-01-28", "on January 28"), laterBody)),
                    matcher);

            List<Story> stories = store.events().stories(10);
            assertThat(stories).hasSize(3);
            Story talks = stories.getFirst();
            // the headline is that of the canonical report: same day and publication day, least event id
            assertThat(talks).isEqualTo(new Story(talks.id(), PloverType.CONSULT, Set.of("SGP", "VNM"),
                    LocalDate.of(2025, 1, 7), LocalDate.of(2025, 1, 7), 3, 3, 2, "PM Wong meets To Lam"));
            assertThat(store.events().storyEvents(talks.id(), 10)).extracting(Event::articleId)
                    .containsExactlyInAnyOrder("vna-1", "st-1", "vnplus-1");
            assertThat(stories.subList(1, 3)).extracting(Story::dyad)
                    .containsExactlyInAnyOrder(Set.of("SGP", "THA"), Set.of("SGP", "VNM"));
            assertThat(stories.subList(1, 3)).allSatisfy(s -> assertThat(s.sources()).isEqualTo(1));
            assertThat(store.events().get("vna-2:1").orElseThrow().storyId()).isNotEqualTo(talks.id());
            assertThat(store.events().story(talks.id())).contains(talks);
            // each report links to the story; the story lists its reports, first published first
            assertThat(List.of("vna-1", "st-1", "vnplus-1")).allSatisfy(id ->
                    assertThat(store.get(id).orElseThrow().storyId()).isEqualTo(talks.id()));
            assertThat(store.get("th-1").orElseThrow().storyId()).isNotNull().isNotEqualTo(talks.id());
            StoryDetail detail = store.story(talks.id(), 10, 10).orElseThrow();
            assertThat(detail.story()).isEqualTo(talks);
            assertThat(detail.articles()).extracting(r -> r.id()).containsExactly("vna-1", "st-1", "vnplus-1");
            assertThat(detail.events()).isEqualTo(store.events().storyEvents(talks.id(), 10));
            assertThat(store.story(talks.id(), 2, 1).orElseThrow())
                    .satisfies(d -> assertThat(d.articles()).hasSize(2), d -> assertThat(d.events()).hasSize(1));
            assertThat(store.story("s-none", 10, 10)).isEmpty();

            // coding the copy again recounts from the stored rows: still two independent sources
            Article storedCopy = store.get("vnplus-1").orElseThrow();
            store.storeEvents(storedCopy, r -> List.of(event(copy, "1", PloverType.CONSULT, "043", "host",
                    EventStatus.OCCURRED, List.of(WONG), List.of(LAM), jan7, vnaBody)), matcher);
            assertThat(store.events().story(talks.id())).contains(talks);
            // The Straits Times' report now codes nothing: VNA and its copy remain, one source, and the story takes
            // the id and headline of its new canonical report, VNA's original
            store.storeEvents(store.get("st-1").orElseThrow(), r -> List.of(), matcher);
            assertThat(store.events().story(talks.id())).isEmpty();
            String remaining = store.get("vna-1").orElseThrow().storyId();
            assertThat(remaining).isNotEqualTo(talks.id());
            assertThat(store.events().storyAlias(talks.id())).contains(remaining); // the old id leads to it
            assertThat(store.events().story(remaining)).get()
                    .extracting(Story::events, Story::articles, Story::sources, Story::headline)
                    .containsExactly(2, 2, 1, "Vietnam, Singapore leaders hold talks");
            assertThat(store.get("vnplus-1").orElseThrow().storyId()).isEqualTo(remaining);
            assertThat(store.events().storyEvents(remaining, 10)).extracting(Event::storyId).containsOnly(remaining);
            assertThat(store.get("st-1").orElseThrow().storyId()).isNull();
            assertThat(store.story(remaining, 10, 10).orElseThrow().articles()).extracting(r -> r.id())
                    .containsExactly("vna-1", "vnplus-1");
            store.clearEvents();
            assertThat(store.get("vna-1").orElseThrow().storyId()).isNull();
            assertThat(store.story(remaining, 10, 10)).isEmpty();
        }
    }

    @Test
    void anArticleReportsTheStoryOfItsFirstEventAndAppearsInEachOfItsStories() {
        String talks = "Prime Minister Lawrence Wong held talks with General Secretary Tô Lâm in Singapore on January 7.";
        String thai = "Later Lawrence Wong called Thai officials about rice trade.";
        Article a = article("vna-9", "VNA", "Wong meets Lam", "2025-01-08", talks + " " + thai);
        EventDate jan7 = day("2025-01-07", "on January 7");
        try (ArticleStore store = open()) {
            store.store(a, r -> List.of(
                    event(a, "1", PloverType.CONSULT, "040", "in_person", EventStatus.OCCURRED, List.of(WONG),
                            List.of(LAM), jan7, talks),
                    event(a, "2", PloverType.CONSULT, "040", "phone", EventStatus.OCCURRED, List.of(WONG),
                            List.of(THAI), jan7, thai)), new FirstCandidate());
            String lead = store.events().get("vna-9:1").orElseThrow().storyId();
            String second = store.events().get("vna-9:2").orElseThrow().storyId();
            assertThat(lead).isNotEqualTo(second);
            assertThat(store.get("vna-9").orElseThrow().storyId()).isEqualTo(lead);
            assertThat(store.story(lead, 10, 10).orElseThrow().articles()).extracting(r -> r.id())
                    .containsExactly("vna-9");
            assertThat(store.story(second, 10, 10).orElseThrow().articles()).extracting(r -> r.id())
                    .containsExactly("vna-9");
            // an article's events, read in one join: timeline order, each with its actors, the limit counted in events
            EventFilter ofArticle = EventFilter.all().withArticle("vna-9");
            assertThat(store.events().list(ofArticle, 5)).extracting(Event::id).containsExactly("vna-9:1", "vna-9:2");
            assertThat(store.events().list(ofArticle, 5)).extracting(Event::target)
                    .containsExactly(List.of(LAM), List.of(THAI));
            assertThat(store.events().list(ofArticle, 1)).singleElement().extracting(Event::source)
                    .isEqualTo(List.of(WONG));
            assertThat(store.events().list(ofArticle, 0)).isEmpty();
            // coded without stories: no story to report
            store.storeEvents(store.get("vna-9").orElseThrow(), r -> List.of(event(a, "1", PloverType.CONSULT, "040",
                    "in_person", EventStatus.OCCURRED, List.of(WONG), List.of(LAM), jan7, talks)), null);
            assertThat(store.get("vna-9").orElseThrow().storyId()).isNull();
        }
    }

    @Test
    void openingADataFolderFromBeforeArticleStoriesFillsThemIn() throws Exception {
        try (ArticleStore store = open()) {
            storeTimeline(store);
        }
        Map<String, String> expected = new HashMap<>();
        String url = "jdbc:sqlite:" + dir.resolve("attache.db");
        try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT id, story_id FROM articles")) {
                while (rs.next()) {
                    expected.put(rs.getString(1), rs.getString(2));
                }
            }
            // as a data folder written before the column was filled in: no links, schema at version 6 (so without
            // the later migrations' columns either: V8 the updated date, V9 relevance, V11 country sources)
            st.executeUpdate("UPDATE articles SET story_id = NULL");
            st.executeUpdate("DROP INDEX ix_articles_relevance");
            st.executeUpdate("ALTER TABLE articles DROP COLUMN relevance_score");
            st.executeUpdate("ALTER TABLE articles DROP COLUMN relevance");
            st.executeUpdate("ALTER TABLE articles DROP COLUMN updated_value");
            st.executeUpdate("ALTER TABLE articles DROP COLUMN updated_provenance");
            st.executeUpdate("ALTER TABLE entities DROP COLUMN country_source");
            st.executeUpdate("ALTER TABLE event_actors DROP COLUMN country_source");
            assertThat(st.executeUpdate("DELETE FROM flyway_schema_history WHERE version IN ('7', '8', '9', '11')"))
                    .isEqualTo(4);
        }
        assertThat(expected).isNotEmpty().doesNotContainValue(null);
        try (ArticleStore store = open()) {
            expected.forEach((id, story) -> assertThat(store.get(id).orElseThrow().storyId()).as(id).isEqualTo(story));
        }
    }

    @Test
    void storyIdsAreStableWhenEventsAreCodedAgain() {
        try (ArticleStore store = open()) {
            storeTimeline(store);
            List<Event> before = store.events().list(EventFilter.all(), 100);
            List<Story> storiesBefore = store.events().stories(100);
            store.clearEvents();
            assertThat(store.stats().events()).isZero();
            assertThat(store.stats().stories()).isZero();
            List<String> ids = new ArrayList<>();
            store.forEachArticle(a -> ids.add(a.id()));
            for (String id : ids) {
                Article stored = store.get(id).orElseThrow();
                List<Event> again = before.stream().filter(e -> e.articleId().equals(id))
                        .map(e -> e.withStoryId(null)).toList();
                store.storeEvents(stored, r -> again, new FirstCandidate());
                store.storeEvents(stored, r -> again, new FirstCandidate()); // twice: replaces, never doubles
            }
            assertThat(store.events().list(EventFilter.all(), 100)).isEqualTo(before);
            assertThat(store.events().stories(100)).isEqualTo(storiesBefore);
            assertThatThrownBy(() -> store.storeEvents(article("nowhere", "VNA", "t", null, "x"), r -> List.of(),
                    new FirstCandidate())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nowhere");
        }
    }

    @Test
    void undatedEventsJoinOnlyUndatedStories() {
        String s = "Tô Lâm and Lawrence Wong held phone talks, the leaders' first since the election.";
        Article undated = article("undated-1", "VNA", "Leaders hold phone talks", null, s);
        Article dated = article("dated-1", "Nhan Dan", "Phone talks", "2025-05-10", "Earlier, " + s);
        Article undated2 = article("undated-2", "VOV", "Leaders talk", null, "Recently, " + s);
        FirstCandidate matcher = new FirstCandidate();
        try (ArticleStore store = open()) {
            store.store(undated, r -> List.of(event(undated, "1", PloverType.CONSULT, "040", "phone",
                    EventStatus.OCCURRED, List.of(LAM), List.of(WONG), null, s)), matcher);
            store.store(dated, r -> List.of(event(dated, "1", PloverType.CONSULT, "040", "phone",
                    EventStatus.OCCURRED, List.of(LAM), List.of(WONG), null, s)), matcher);
            store.store(undated2, r -> List.of(event(undated2, "1", PloverType.CONSULT, "040", "phone",
                    EventStatus.OCCURRED, List.of(LAM), List.of(WONG), null, s)), matcher);
            assertThat(matcher.offered.get(1)).isEmpty(); // published 2025-05-10: no undated story is near it
            assertThat(matcher.offered.get(2)).singleElement()
                    .satisfies(c -> assertThat(c.firstDay()).isNull());
            assertThat(store.events().stories(10)).extracting(Story::articles, Story::sources, Story::firstDay)
                    .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(2, 2, null),
                            org.assertj.core.groups.Tuple.tuple(1, 1, LocalDate.of(2025, 5, 10)));
        }
    }

    @Test
    void aFailureWhileCodingLeavesNothingOfTheArticle() {
        String s = "ASEAN Secretariat officials urged Singapore to speed up the power grid project.";
        Article a = article("fail-1", "VNA", "ASEAN urges grid", "2025-03-03", s);
        Event good = event(a, "1", PloverType.REQUEST, "020", null, EventStatus.OCCURRED, List.of(ASEAN), List.of(BALA),
                null, s);
        try (ArticleStore store = open()) {
            store.store(Articles.simple("kept", "Earlier article", "An earlier article that stays stored."));
            assertThatThrownBy(() -> store.store(a, registry -> {
                registry.create(new RegisteredEntity("e00000000000000aa", MentionType.ORGANIZATION, "ASEAN", null));
                throw new IllegalStateException("coder failed on fail-1");
            }, new FirstCandidate())).hasMessageContaining("fail-1");
            assertThat(store.get("fail-1")).isEmpty();
            assertThat(store.registry().get("e00000000000000aa")).isEmpty();

            StoryMatcher broken = (event, day, candidates) -> {
                throw new IllegalStateException("matcher failed on " + event.id());
            };
            assertThatThrownBy(() -> store.store(a, registry -> List.of(good), broken)).hasMessageContaining("fail-1:1");
            assertThat(store.get("fail-1")).isEmpty();

            Event foreign = new Event("other:1", "other", PloverType.REQUEST, "020", null, null, EventStatus.OCCURRED,
                    null, List.of(ASEAN), List.of(), null, null, new Evidence("other", 0, 5, "x"), 0.5, null);
            assertThatThrownBy(() -> store.store(a, registry -> List.of(good, foreign), new FirstCandidate()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("other:1");
            assertThat(store.get("fail-1")).isEmpty();
            StoryMatcher stray = (event, day, candidates) -> Optional.of("s0000000000000000");
            assertThatThrownBy(() -> store.store(a, registry -> List.of(good), stray))
                    .hasMessageContaining("s0000000000000000");

            StoreStats stats = store.stats();
            assertThat(stats.articles()).isEqualTo(1);
            assertThat(stats.events()).isZero();
            assertThat(stats.stories()).isZero();
            assertThat(store.verify()).isEqualTo(new IndexCheck(1, 1, 0, 0));

            assertThat(store.store(a, registry -> List.of(good, good), new FirstCandidate()))
                    .isInstanceOf(StoreOutcome.Stored.class);
            assertThat(store.events().list(EventFilter.all().withArticle("fail-1"), 10)).hasSize(1);
            assertThat(store.events().list(EventFilter.all().withCountries("ASEAN"), 10)).hasSize(1);
        }
    }

    /** The story of three reports of one set of talks, stored in the given order into a fresh store. */
    private Story talksStoredInOrder(String folder, List<String> order) {
        String kyivBody = "Foreign ministers of Poland and Ukraine began two days of talks in Warsaw on March 3 on "
                + "grain transit and reconstruction.";
        String pressBody = "Polish and Ukrainian foreign ministers continued talks in Warsaw on Tuesday about grain "
                + "transit, reconstruction and air defence.";
        String endBody = "Poland and Ukraine closed two days of talks in Warsaw on March 4 with a joint statement on "
                + "grain transit.";
        EventActor sikorski = new EventActor("e0000000000000011", "Radosław Sikorski", "POL", "GOV");
        EventActor sybiha = new EventActor("e0000000000000012", "Andrii Sybiha", "UKR", "GOV");
        Map<String, Article> articles = Map.of(
                "ukr-1", article("ukr-1", "Ukrinform", "Ministers open Warsaw talks", "2025-03-03", kyivBody),
                "pap-1", article("pap-1", "PAP", "Talks continue in Warsaw", "2025-03-04", pressBody),
                "ukr-2", article("ukr-2", "Ukrinform", "Warsaw talks end with joint statement", "2025-03-04",
                        endBody));
        Map<String, String> bodies = Map.of("ukr-1", kyivBody, "pap-1", pressBody, "ukr-2", endBody);
        Map<String, EventDate> days = Map.of("ukr-1", day("2025-03-03", "on March 3"),
                "pap-1", day("2025-03-04", "on Tuesday"), "ukr-2", day("2025-03-04", "on March 4"));
        try (ArticleStore store = ArticleStore.open(new StoreConfig(dir.resolve(folder), 50,
                StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE))) {
            for (String id : order) {
                Article a = articles.get(id);
                store.store(a, r -> List.of(event(a, "1", PloverType.CONSULT, "043", "in_person",
                        EventStatus.OCCURRED, List.of(sikorski), List.of(sybiha), days.get(id), bodies.get(id))),
                        new FirstCandidate());
            }
            List<Story> stories = store.events().stories(10);
            assertThat(stories).hasSize(1);
            Story talks = stories.getFirst();
            assertThat(store.events().storyEvents(talks.id(), 10)).extracting(Event::storyId).containsOnly(talks.id());
            assertThat(order).allSatisfy(id -> assertThat(store.get(id).orElseThrow().storyId()).isEqualTo(talks.id()));
            return talks;
        }
    }

    @Test
    void aStoryHasTheSameIdAndHeadlineWhateverOrderItsReportsArriveIn() {
        Story forward = talksStoredInOrder("forward", List.of("ukr-1", "pap-1", "ukr-2"));
        Story backward = talksStoredInOrder("backward", List.of("ukr-2", "pap-1", "ukr-1"));
        Story middle = talksStoredInOrder("middle", List.of("pap-1", "ukr-1", "ukr-2"));
        assertThat(backward).isEqualTo(forward);
        assertThat(middle).isEqualTo(forward);
        // the earliest report names it
        assertThat(forward.headline()).isEqualTo("Ministers open Warsaw talks");
        assertThat(forward.firstDay()).isEqualTo(LocalDate.of(2025, 3, 3));
        assertThat(forward.events()).isEqualTo(3);
        assertThat(forward.sources()).isEqualTo(2);
    }

    @Test
    void aStoryWhoseEarliestReportIsCodedAgainWithoutEventsTakesTheIdOfTheNextEarliest() {
        Story all = talksStoredInOrder("all", List.of("ukr-1", "pap-1", "ukr-2"));
        Story later = talksStoredInOrder("later", List.of("ukr-2", "pap-1"));
        assertThat(later.id()).isNotEqualTo(all.id());
        try (ArticleStore store = ArticleStore.open(new StoreConfig(dir.resolve("all"), 50,
                StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE))) {
            store.storeEvents(store.get("ukr-1").orElseThrow(), r -> List.of(), new FirstCandidate());
            assertThat(store.events().stories(10)).containsExactly(later);
            assertThat(store.get("ukr-1").orElseThrow().storyId()).isNull();
            assertThat(store.get("pap-1").orElseThrow().storyId()).isEqualTo(later.id());
            assertThat(store.events().story(all.id())).isEmpty();
        }
    }
}
