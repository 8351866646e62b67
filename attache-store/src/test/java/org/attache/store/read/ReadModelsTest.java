package org.attache.store.read;

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
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.ArticleStore;
import org.attache.store.StoreOutcome;
import org.attache.store.events.Graph;
import org.attache.store.events.GraphEdge;
import org.attache.store.events.GraphLevel;
import org.attache.store.events.GraphNode;
import org.attache.store.events.PairActivity;
import org.attache.store.registry.MentionRef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The reading room's read models over a small hand-built store: lists, rails, follows, feed, search, graph. */
class ReadModelsTest {
    private static final String BALA = "e00000000000000b1";
    private static final String TRUNG = "e00000000000000c2";
    private static final String WONG = "e00000000000000d3";
    private static final String ANWAR = "e00000000000000e4";
    private static final String MOF = "e00000000000000f5";

    private static final EventActor A_BALA = new EventActor(BALA, "Vivian Balakrishnan", "SGP", "GOV");
    private static final EventActor A_TRUNG = new EventActor(TRUNG, "Lê Hoài Trung", "VNM", "PTY");
    private static final EventActor A_WONG = new EventActor(WONG, "Lawrence Wong", "SGP", "GOV");
    private static final EventActor A_ANWAR = new EventActor(ANWAR, "Anwar Ibrahim", "MYS", "GOV");
    private static final String HANOI = "e00000000000000h1";
    private static final String SINGAPORE = "e00000000000000s1";
    private static final EventActor A_THAI = new EventActor(null, "Thai officials", "THA", "GOV");

    private static final String VISIT = "Lê Hoài Trung, head of the Party Central Committee's Commission for External"
            + " Relations, met Singapore's Minister for Foreign Affairs Vivian Balakrishnan on January 8.";
    private static final String VISIT_2 = "The two sides discussed cooperation in the digital economy, green energy"
            + " and maritime security, and agreed to step up exchanges between their parties.";
    private static final String TIES = "Prime Minister Lawrence Wong received Lê Hoài Trung at the Istana on"
            + " Thursday, and Vivian Balakrishnan said the partnership had never been stronger.";
    private static final String TIES_2 = "Singapore and Vietnam will sign a green energy and digital economy"
            + " agreement later this year, the foreign ministry said.";
    private static final String WATER = "Lawrence Wong and Anwar Ibrahim held talks in Putrajaya on the Johor"
            + " water agreement and the rapid transit link.";
    private static final String RICE = "Vietnam's rice exports rose 12 percent in 2024 as buyers in the"
            + " Philippines and Indonesia bought more, traders said.";
    private static final String OLD = "Vivian Balakrishnan met Vietnamese officials in Hanoi to prepare the"
            + " leaders' meeting on maritime security.";
    private static final String XSS = "Officials said <script>alert('tariff')</script> tariff talks would resume"
            + " after the holiday, <img src=x onerror=alert(1)> according to the ministry.";

    @TempDir
    Path dir;

    private ArticleStore open() {
        return ArticleStore.open(new StoreConfig(dir, 50, StoreConfig.DEFAULT_NEAR_DUPLICATE_DISTANCE));
    }

    private static Article article(String id, String outlet, String title, String published, String dateline,
                                   String... body) {
        return new Article(id, "test.jsonl#" + id, "https://example.org/" + id, outlet, title, false, List.of(body),
                List.of(), null, dateline, published == null ? null : new PublishedDate(published, DateProvenance.META),
                "en", List.of(), null, null);
    }

    private static void mention(EntityRegistry reg, Article a, String entityId, String text) {
        int start = a.bodyText().indexOf(text);
        assertThat(start).as("%s in %s", text, a.id()).isNotNegative();
        reg.recordMention(entityId, a.id(), new Mention(MentionType.PERSON, text, start, start + text.length(), 0,
                text, null));
    }

    private static Event event(Article a, String key, PloverType type, EventStatus status, List<EventActor> source,
                               List<EventActor> target, String day, String sentence) {
        int start = a.bodyText().indexOf(sentence);
        EventDate date = day == null ? null : EventDate.single(PartialDate.parse(day), DatePrecision.DAY, day);
        return new Event(a.id() + ":" + key, a.id(), type, type == PloverType.CONSULT ? "040" : "057", null,
                "diplomatic", status, null, source, target, null, date,
                new Evidence(a.id(), start, start + sentence.length(), sentence), 0.8, null);
    }

    /** Eight articles: VNA, Straits Times and a copy of it, Bernama, Reuters; Balakrishnan in four. */
    private void fill(ArticleStore store) {
        Article visit = article("vna-visit", "VNA", "Party official meets Singapore's foreign minister", "2025-01-12",
                "Singapore", VISIT, VISIT_2);
        store.store(visit, reg -> {
            reg.create(new RegisteredEntity(BALA, MentionType.PERSON, "Vivian Balakrishnan", "SGP"));
            reg.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Lê Hoài Trung", "VNM"));
            reg.create(new RegisteredEntity(WONG, MentionType.PERSON, "Lawrence Wong", "SGP"));
            reg.create(new RegisteredEntity(ANWAR, MentionType.PERSON, "Anwar Ibrahim", "MYS"));
            reg.create(new RegisteredEntity(MOF, MentionType.ORGANIZATION, "Ministry of Foreign Affairs", "SGP"));
            mention(reg, visit, TRUNG, "Lê Hoài Trung");
            mention(reg, visit, BALA, "Vivian Balakrishnan");
            return List.of(event(visit, "1", PloverType.CONSULT, EventStatus.OCCURRED, List.of(A_TRUNG), List.of(A_BALA),
                    "2025-01-08", VISIT));
        }, null);
        Article ties = article("st-ties", "The Straits Times", "Singapore and Vietnam deepen ties", "2025-01-13", "SINGAPORE",
                TIES, TIES_2);
        store.store(ties, reg -> {
            mention(reg, ties, WONG, "Lawrence Wong");
            mention(reg, ties, TRUNG, "Lê Hoài Trung");
            mention(reg, ties, BALA, "Vivian Balakrishnan");
            return List.of(event(ties, "1", PloverType.CONSULT, EventStatus.OCCURRED, List.of(A_WONG), List.of(A_TRUNG),
                            "2025-01-09", TIES),
                    event(ties, "2", PloverType.AGREE, EventStatus.PROMISED, List.of(A_WONG), List.of(A_TRUNG), null,
                            TIES_2));
        }, null);
        Article copy = article("yahoo-ties", "Yahoo News", "Singapore, Vietnam deepen ties", "2025-01-13", null,
                TIES, TIES_2);
        assertThat(store.store(copy, reg -> {
            mention(reg, copy, WONG, "Lawrence Wong");
            mention(reg, copy, TRUNG, "Lê Hoài Trung");
            mention(reg, copy, BALA, "Vivian Balakrishnan");
            return List.of();
        }, null)).isInstanceOf(StoreOutcome.ExactDuplicate.class);
        Article water = article("bernama-water", "Bernama", "Wong and Anwar discuss water", "2025-01-03", "Putrajaya",
                WATER);
        store.store(water, reg -> {
            mention(reg, water, WONG, "Lawrence Wong");
            mention(reg, water, ANWAR, "Anwar Ibrahim");
            return List.of(event(water, "1", PloverType.CONSULT, EventStatus.OCCURRED, List.of(A_WONG), List.of(A_ANWAR),
                    "2025-01-02", WATER));
        }, null);
        Article rice = article("vna-rice", "VNA", "Rice exports rise", null, null, RICE);
        store.store(rice, reg -> List.of(), null);
        Article old = article("reuters-old", "Reuters", "Singapore minister in Hanoi", "2024-11-20", "HANOI", OLD);
        store.store(old, reg -> {
            mention(reg, old, BALA, "Vivian Balakrishnan");
            return List.of(event(old, "1", PloverType.CONSULT, EventStatus.OCCURRED, List.of(A_BALA), List.of(A_THAI),
                    "2024-11-19", OLD));
        }, null);
        Article undatedMeeting = article("vna-undated", "VNA", "Balakrishnan meets Trung again", "2025-01-10", null,
                "Vivian Balakrishnan met Lê Hoài Trung again, officials said.");
        store.store(undatedMeeting, reg -> {
            mention(reg, undatedMeeting, BALA, "Vivian Balakrishnan");
            mention(reg, undatedMeeting, TRUNG, "Lê Hoài Trung");
            return List.of(event(undatedMeeting, "1", PloverType.CONSULT, EventStatus.OCCURRED, List.of(A_BALA),
                    List.of(A_TRUNG), null, "Vivian Balakrishnan met Lê Hoài Trung again, officials said."));
        }, null);
        Article xss = article("xss", "VNA", "Tariff <b>talks</b>", "2025-01-11", null, XSS);
        store.store(xss, reg -> List.of(), null);
        store.commit();
    }

    private static final List<String> NEWEST_FIRST = List.of("yahoo-ties", "st-ties", "vna-visit", "xss",
            "vna-undated", "bernama-water", "reuters-old", "vna-rice");

    @Test
    void latestPagesThroughEveryArticleOnceNewestFirstUndatedLast() {
        try (ArticleStore store = open()) {
            fill(store);
            for (int limit : new int[] {1, 3, 8, 20}) {
                List<String> seen = new ArrayList<>();
                String cursor = null;
                int pages = 0;
                do {
                    Page<ArticleRef> page = store.latest(cursor, limit);
                    assertThat(page.items()).hasSizeLessThanOrEqualTo(limit);
                    page.items().forEach(r -> seen.add(r.id()));
                    cursor = page.nextCursor();
                    pages++;
                } while (cursor != null && pages < 20);
                assertThat(seen).as("limit %d", limit).containsExactlyElementsOf(NEWEST_FIRST);
            }
            // same day: the later stored first
            assertThat(store.latest(null, 1).items()).containsExactly(new ArticleRef("yahoo-ties",
                    "Singapore, Vietnam deepen ties", "Yahoo News", "2025-01-13", null));
            assertThat(store.latest(null, 8).items()).filteredOn(r -> r.id().equals("vna-visit")).singleElement()
                    .isEqualTo(new ArticleRef("vna-visit", "Party official meets Singapore's foreign minister", "VNA",
                            "2025-01-12", "Singapore"));
            assertThatThrownBy(() -> store.latest("not-a-cursor!", 5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not-a-cursor!");
            String searchCursor = store.search(SearchRequest.of("", 1)).nextCursor();
            assertThatThrownBy(() -> store.latest(searchCursor, 5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(searchCursor);
        }
    }

    @Test
    void railsRelatedExcludeTheArticleAndItsCopiesMoreFromOutletAndLatest() {
        try (ArticleStore store = open()) {
            fill(store);
            Rails rails = store.rails();
            List<ArticleRef> related = rails.related("st-ties", 5);
            assertThat(related).extracting(ArticleRef::id).doesNotContain("st-ties", "yahoo-ties")
                    .startsWith("vna-visit").doesNotHaveDuplicates();
            assertThat(rails.related("yahoo-ties", 5)).extracting(ArticleRef::id)
                    .doesNotContain("st-ties", "yahoo-ties").contains("vna-visit");
            // the visit's related list holds the ties story once, not both copies
            assertThat(rails.related("vna-visit", 10)).extracting(ArticleRef::id)
                    .filteredOn(id -> id.endsWith("-ties")).hasSize(1);
            assertThat(rails.related("missing", 5)).isEmpty();

            assertThat(rails.moreFromOutlet("vna-visit", 10)).extracting(ArticleRef::id)
                    .containsExactly("xss", "vna-undated", "vna-rice");
            assertThat(rails.moreFromOutlet("vna-visit", 10)).extracting(ArticleRef::outlet).containsOnly("VNA");
            assertThat(rails.moreFromOutlet("missing", 10)).isEmpty();

            assertThat(rails.latest("st-ties", 3)).extracting(ArticleRef::id)
                    .containsExactly("yahoo-ties", "vna-visit", "xss");
            assertThat(rails.latest(null, 2)).extracting(ArticleRef::id).containsExactly("yahoo-ties", "st-ties");
        }
    }

    @Test
    void relatedListsKeptAfterAnUpdateMatchTheComputedOnesAndFollowNewArticles() {
        try (ArticleStore store = open()) {
            fill(store);
            Rails rails = store.rails();
            List<String> ids = List.of("vna-visit", "st-ties", "yahoo-ties", "bernama-water", "vna-rice",
                    "reuters-old", "vna-undated", "xss");
            // pending: computed on the spot
            assertThat(store.relatedPending()).isEqualTo(8);
            assertThat(store.stats().relatedPending()).isEqualTo(8);
            Map<String, List<ArticleRef>> computed = new java.util.HashMap<>();
            ids.forEach(id -> computed.put(id, rails.related(id, 5)));

            List<Long> progress = new ArrayList<>();
            assertThat(store.updateRelated(2, progress::add)).isEqualTo(8);
            assertThat(progress).last().isEqualTo(8L);
            assertThat(store.relatedPending()).isZero();
            assertThat(store.stats().relatedPending()).isZero();
            // kept: the same lists, read from the database
            ids.forEach(id -> assertThat(rails.related(id, 5)).as(id).isEqualTo(computed.get(id)));
            assertThat(rails.related("missing", 5)).isEmpty();
            assertThat(store.updateRelated(1, n -> { })).as("nothing pending").isZero();

            // a new article about the water talks: its own list is computed, and the water story's list
            // (which it finds related) is computed again and now holds it
            Article more = article("bernama-more", "Bernama", "More water talks", "2025-01-14", "Putrajaya",
                    "Lawrence Wong returned to Putrajaya for more talks with Anwar Ibrahim on the Johor water"
                            + " agreement.");
            store.store(more, reg -> {
                mention(reg, more, WONG, "Lawrence Wong");
                mention(reg, more, ANWAR, "Anwar Ibrahim");
                return List.of();
            }, null);
            store.commit();
            assertThat(store.relatedPending()).isEqualTo(1);
            assertThat(store.updateRelated(1, n -> { })).isGreaterThan(1);
            assertThat(rails.related("bernama-more", 5)).extracting(ArticleRef::id).startsWith("bernama-water");
            assertThat(rails.related("bernama-water", 5)).extracting(ArticleRef::id).startsWith("bernama-more");

            // a reindex makes every list pending again
            store.reindex(n -> { });
            assertThat(store.relatedPending()).isEqualTo(9);
            assertThat(rails.related("bernama-water", 5)).extracting(ArticleRef::id).startsWith("bernama-more");
        }
    }

    @Test
    void relatedListsSurviveReopeningTheStore() {
        try (ArticleStore store = open()) {
            fill(store);
            store.updateRelated(1, n -> { });
        }
        try (ArticleStore store = open()) {
            assertThat(store.relatedPending()).isZero();
            assertThat(store.rails().related("st-ties", 5)).extracting(ArticleRef::id).startsWith("vna-visit")
                    .doesNotContain("st-ties", "yahoo-ties");
        }
    }

    @Test
    void followsValidateAndFeedForYouFollowEntitiesAndPairs() {
        try (ArticleStore store = open()) {
            fill(store);
            Follows follows = store.follows();
            assertThat(store.rails().forYou("local", null, 5)).isEmpty();
            assertThatThrownBy(() -> follows.follow("local", FollowKind.ENTITY, "e0000000000000404"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e0000000000000404");
            assertThatThrownBy(() -> follows.follow("local", FollowKind.PAIR, "vnm-sgp"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vnm-sgp");
            assertThatThrownBy(() -> follows.follow("local", FollowKind.PAIR, "Vietnam-SGP"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> follows.follow(" ", FollowKind.ENTITY, BALA))
                    .isInstanceOf(IllegalArgumentException.class);

            follows.follow("local", FollowKind.ENTITY, ANWAR);
            follows.follow("local", FollowKind.ENTITY, ANWAR); // idempotent
            assertThat(follows.list("local")).extracting(Follow::kind, Follow::key)
                    .containsExactly(tuple(FollowKind.ENTITY, ANWAR));
            assertThat(store.rails().forYou("local", null, 5)).extracting(ArticleRef::id).containsExactly("bernama-water");

            follows.follow("local", FollowKind.PAIR, "VNM-SGP");
            assertThat(follows.follows("local", FollowKind.PAIR, "SGP-VNM")).isTrue();
            assertThat(follows.follows("local", FollowKind.PAIR, "VNM-SGP")).isTrue();
            assertThat(follows.follows("someone", FollowKind.PAIR, "SGP-VNM")).isFalse();
            assertThat(follows.list("local")).extracting(Follow::key).containsExactly(ANWAR, "SGP-VNM");
            // events between Singapore and Vietnam: the visit, the ties report (not its copy: no events), the meeting
            assertThat(store.rails().forYou("local", "vna-visit", 10)).extracting(ArticleRef::id)
                    .containsExactly("st-ties", "vna-undated", "bernama-water");

            // both countries on one side of an event is not an event between them; a place of each mentioned is
            String joint = "Singapore and Vietnam condemned the Thai officials on Friday.";
            Article side = article("side", "Wire", "Joint statement", "2025-01-14", null, joint);
            store.store(side, reg -> List.of(event(side, "1", PloverType.ACCUSE, EventStatus.OCCURRED,
                    List.of(new EventActor(null, "Singapore", "SGP", null), new EventActor(null, "Vietnam", "VNM", null)),
                    List.of(A_THAI), null, joint)), null);
            String places = "Trade between Hanoi and Singapore grew, the ministry said.";
            Article both = article("places", "Wire", "Trade grows", "2025-01-05", null, places);
            store.store(both, reg -> {
                reg.create(new RegisteredEntity(HANOI, MentionType.LOCATION, "Hanoi", "VNM"));
                reg.create(new RegisteredEntity(SINGAPORE, MentionType.LOCATION, "Singapore", "SGP"));
                for (String[] place : new String[][] {{HANOI, "Hanoi"}, {SINGAPORE, "Singapore"}}) {
                    int at = places.indexOf(place[1]);
                    reg.recordMention(place[0], both.id(), new Mention(MentionType.LOCATION, place[1], at,
                            at + place[1].length(), 0, place[1], null));
                }
                return List.of();
            }, null);
            store.commit();
            assertThat(store.rails().forYou("local", "vna-visit", 10)).extracting(ArticleRef::id)
                    .containsExactly("st-ties", "vna-undated", "places", "bernama-water");

            follows.follow("local", FollowKind.ENTITY, BALA);
            List<FeedItem> feed = new ArrayList<>();
            String cursor = null;
            do {
                Page<FeedItem> page = follows.feed("local", cursor, 2);
                feed.addAll(page.items());
                cursor = page.nextCursor();
            } while (cursor != null && feed.size() < 20);
            // by publication date, newest first (the copy, stored later, before its original of the same day); the
            // Reuters article only through Balakrishnan, the copy only through him too
            assertThat(feed).extracting(i -> i.article().id()).containsExactly("yahoo-ties", "st-ties", "vna-visit",
                    "vna-undated", "places", "bernama-water", "reuters-old");
            assertThat(feed).filteredOn(i -> i.article().id().equals("vna-undated")).singleElement()
                    .extracting(FeedItem::reasons).asList().containsExactly("Vivian Balakrishnan", "SGP-VNM");
            assertThat(feed).filteredOn(i -> i.article().id().equals("places")).singleElement()
                    .extracting(FeedItem::reasons).asList().containsExactly("SGP-VNM");
            assertThat(feed).filteredOn(i -> i.article().id().equals("bernama-water")).singleElement()
                    .extracting(FeedItem::reasons).asList().containsExactly("Anwar Ibrahim");
            assertThat(feed).filteredOn(i -> i.article().id().equals("yahoo-ties")).singleElement()
                    .extracting(FeedItem::reasons).asList().containsExactly("Vivian Balakrishnan");
            assertThat(feed).extracting(i -> i.article().published()).isSortedAccordingTo(java.util.Comparator.reverseOrder());

            follows.unfollow("local", FollowKind.PAIR, "SGP-VNM");
            follows.unfollow("local", FollowKind.ENTITY, BALA);
            assertThat(store.rails().forYou("local", null, 10)).extracting(ArticleRef::id).containsExactly("bernama-water");
        }
        try (ArticleStore store = open()) {
            assertThat(store.follows().list("local")).extracting(Follow::key).containsExactly(ANWAR);
        }
    }

    @Test
    void facetedSearchCountsFiltersPagesAndIsDiacriticInsensitive() {
        try (ArticleStore store = open()) {
            fill(store);
            SearchPage folded = store.search(SearchRequest.of("Le Hoai Trung", 10));
            assertThat(folded.hits()).extracting(h -> h.article().id())
                    .containsExactlyInAnyOrder("vna-visit", "st-ties", "yahoo-ties", "vna-undated");
            assertThat(folded.hits()).allSatisfy(h -> assertThat(h.snippetHtml()).contains("<mark>Lê</mark>"));
            assertThat(folded.totalHits()).isEqualTo(4);
            Map<String, List<FacetCount>> f = folded.facets();
            assertThat(f).containsOnlyKeys("outlet", "country", "entity", "event_type", "status", "relevance", "month");
            assertThat(f.get("relevance")).as("articles stored without a relevance").isEmpty();
            assertThat(f.get("outlet")).containsExactly(new FacetCount("VNA", "VNA", 2),
                    new FacetCount("The Straits Times", "The Straits Times", 1), new FacetCount("Yahoo News", "Yahoo News", 1));
            assertThat(f.get("entity")).contains(new FacetCount(TRUNG, "Lê Hoài Trung", 4),
                    new FacetCount(BALA, "Vivian Balakrishnan", 4), new FacetCount(WONG, "Lawrence Wong", 2));
            assertThat(f.get("country")).containsExactly(new FacetCount("SGP", "SGP", 4), new FacetCount("VNM", "VNM", 4));
            assertThat(f.get("event_type")).containsExactly(new FacetCount("CONSULT", "CONSULT", 3),
                    new FacetCount("AGREE", "AGREE", 1));
            assertThat(f.get("status")).containsExactly(new FacetCount("OCCURRED", "OCCURRED", 3),
                    new FacetCount("PROMISED", "PROMISED", 1));
            assertThat(f.get("month")).containsExactly(new FacetCount("2025-01", "2025-01", 4));

            SearchPage agreed = store.search(new SearchRequest("trung", null, null, null, PloverType.AGREE,
                    null, null, null, null, 10));
            assertThat(agreed.hits()).extracting(h -> h.article().id()).containsExactly("st-ties");
            SearchPage vna = store.search(new SearchRequest("trung", "vna", "SGP", BALA, null, EventStatus.OCCURRED,
                    LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 31), null, 10));
            assertThat(vna.hits()).extracting(h -> h.article().id()).containsExactly("vna-visit");
            SearchPage before = store.search(new SearchRequest("trung", "VNA", "SGP", BALA, null, EventStatus.OCCURRED,
                    null, LocalDate.of(2025, 1, 11), null, 10));
            assertThat(before.hits()).extracting(h -> h.article().id()).containsExactly("vna-undated");
            SearchPage otherOutlet = store.search(new SearchRequest("trung", "Bernama", null, null, null, null, null,
                    null, null, 10));
            assertThat(otherOutlet.totalHits()).isZero();
            assertThat(otherOutlet.facets().get("outlet")).isEmpty();

            SearchPage malaysia = store.search(new SearchRequest(null, null, "MYS", null, null, null, null, null, null, 10));
            assertThat(malaysia.hits()).extracting(h -> h.article().id()).containsExactly("bernama-water");
            assertThat(malaysia.hits().getFirst().score()).isZero();

            // every article once across pages, newest first when there are no words
            List<String> seen = new ArrayList<>();
            Set<String> unique = new HashSet<>();
            String cursor = null;
            do {
                SearchPage page = store.search(new SearchRequest("", null, null, null, null, null, null, null, cursor, 3));
                assertThat(page.totalHits()).isEqualTo(8);
                page.hits().forEach(h -> {
                    seen.add(h.article().id());
                    unique.add(h.article().id());
                });
                cursor = page.nextCursor();
            } while (cursor != null && seen.size() < 30);
            assertThat(seen).hasSize(8).containsExactlyInAnyOrderElementsOf(NEWEST_FIRST);
            assertThat(unique).hasSize(8);
            assertThat(seen.subList(0, 2)).containsExactlyInAnyOrder("yahoo-ties", "st-ties");
            assertThat(seen.getLast()).isEqualTo("vna-rice");
            assertThatThrownBy(() -> store.search(new SearchRequest("trung", null, null, null, null, null, null, null,
                    "bogus", 3))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bogus");
            // the CLI's search still works
            assertThat(store.search("Balakrishnan", 10).totalHits()).isEqualTo(5);
        }
    }

    @Test
    void snippetsEscapeTheArticleTextBeforeMarkingMatches() {
        try (ArticleStore store = open()) {
            fill(store);
            SearchItem hit = store.search(SearchRequest.of("tariff", 5)).hits().getFirst();
            assertThat(hit.article().id()).isEqualTo("xss");
            assertThat(hit.article().title()).isEqualTo("Tariff <b>talks</b>"); // plain text: escaping is the page's job
            assertThat(hit.snippetHtml())
                    .doesNotContain("<script", "<img", "</script")
                    .contains("&lt;script&gt;alert(&#x27;<mark>tariff</mark>&#x27;)&lt;&#x2F;script&gt;")
                    .contains("&lt;img src=x onerror=alert(1)&gt;")
                    .contains("<mark>tariff</mark> talks");
            String withoutMarks = hit.snippetHtml().replace("<mark>", "").replace("</mark>", "");
            assertThat(withoutMarks).doesNotContain("<", ">");
            // no words: the lead of the body, escaped too
            SearchItem lead = store.search(new SearchRequest(null, "VNA", null, null, null, null,
                    LocalDate.of(2025, 1, 11), LocalDate.of(2025, 1, 11), null, 5)).hits().getFirst();
            assertThat(lead.article().id()).isEqualTo("xss");
            assertThat(lead.snippetHtml()).startsWith("Officials said &lt;script&gt;").doesNotContain("<");
        }
    }

    @Test
    void mentionsOfAnArticleAreOrderedEntityMentions() {
        try (ArticleStore store = open()) {
            fill(store);
            Article ties = store.get("st-ties").orElseThrow();
            List<MentionRef> mentions = store.entities().mentionsOf("st-ties");
            assertThat(mentions).extracting(MentionRef::entityId).containsExactly(WONG, TRUNG, BALA);
            assertThat(mentions).allSatisfy(m -> assertThat(ties.bodyText().substring(m.start(), m.end()))
                    .isEqualTo(m.name()));
            assertThat(store.entities().mentionsOf("missing")).isEmpty();
        }
    }

    @Test
    void activePairsCountTheWeekBeforeTheNewestArticle() {
        try (ArticleStore store = open()) {
            fill(store);
            // the newest article is of 2025-01-13: a week back reaches 2025-01-07, so Bernama (01-03) and Reuters
            // (2024) fall out; SGP-VNM: the visit, both ties events and the later meeting
            assertThat(store.events().activePairs(7, 10)).containsExactly(new PairActivity("SGP", "VNM", 4));
            assertThat(store.events().activePairs(30, 10)).containsExactly(new PairActivity("SGP", "VNM", 4),
                    new PairActivity("MYS", "SGP", 1));
            assertThat(store.events().activePairs(90, 1)).containsExactly(new PairActivity("SGP", "VNM", 4));
            assertThat(store.events().activePairs(90, 10)).extracting(PairActivity::countryA, PairActivity::countryB)
                    .containsExactly(tuple("SGP", "VNM"), tuple("MYS", "SGP"), tuple("SGP", "THA"));
            assertThatThrownBy(() -> store.events().activePairs(0, 10)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void undatedArticlesCountByTheirOwnClockBesideADatedCorpus() {
        try (ArticleStore store = open()) {
            fill(store);
            Article undated = article("portal-undated", "Portal", "Talks in Putrajaya", null, "Putrajaya",
                    "Lawrence Wong held talks with Anwar Ibrahim in Putrajaya.");
            store.store(undated, reg -> List.of(event(undated, "1", PloverType.CONSULT, EventStatus.OCCURRED,
                    List.of(A_WONG), List.of(A_ANWAR), null, undated.bodyText())), null);
            store.commit();
            // the dated week still ends on 2025-01-13 (SGP-VNM, 4 events); the undated page, stored now, counts
            // in its own week and does not push the dated corpus out
            assertThat(store.events().activePairs(7, 10)).containsExactly(new PairActivity("SGP", "VNM", 4),
                    new PairActivity("MYS", "SGP", 1));
        }
    }

    @Test
    void meetingsGraphOfPersonsAndCountriesWithDateFilter() {
        try (ArticleStore store = open()) {
            fill(store);
            Graph persons = store.events().meetings(GraphLevel.PERSON, null, null, 10);
            assertThat(persons.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::events)
                    .containsExactly(tuple(BALA, TRUNG, 2L), tuple(TRUNG, WONG, 1L), tuple(WONG, ANWAR, 1L));
            assertThat(persons.edges().getFirst().eventIds()).containsExactlyInAnyOrder("vna-visit:1", "vna-undated:1");
            assertThat(persons.nodes()).extracting(GraphNode::id, GraphNode::label, GraphNode::country, GraphNode::events)
                    .contains(tuple(TRUNG, "Lê Hoài Trung", "VNM", 3L), tuple(BALA, "Vivian Balakrishnan", "SGP", 2L));
            // the Thai officials are no registry person; AGREE is no meeting

            Graph january = store.events().meetings(GraphLevel.PERSON, LocalDate.of(2025, 1, 5), LocalDate.of(2025, 1, 31), 10);
            assertThat(january.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::events)
                    .containsExactly(tuple(BALA, TRUNG, 1L), tuple(TRUNG, WONG, 1L)); // undated meeting and water talks out
            assertThat(january.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder(BALA, TRUNG, WONG);

            Graph countries = store.events().meetings(GraphLevel.COUNTRY, null, null, 10);
            assertThat(countries.edges()).extracting(GraphEdge::source, GraphEdge::target, GraphEdge::events)
                    .containsExactly(tuple("SGP", "VNM", 3L), tuple("MYS", "SGP", 1L), tuple("SGP", "THA", 1L));
            assertThat(countries.nodes()).extracting(GraphNode::id, GraphNode::events)
                    .containsExactly(tuple("SGP", 5L), tuple("VNM", 3L), tuple("MYS", 1L), tuple("THA", 1L));
            Graph top = store.events().meetings(GraphLevel.COUNTRY, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), 1);
            assertThat(top.edges()).extracting(GraphEdge::source, GraphEdge::target).containsExactly(tuple("SGP", "THA"));
            assertThat(top.nodes()).extracting(GraphNode::id).containsExactlyInAnyOrder("SGP", "THA");
        }
    }

    @Test
    void readersOnManyThreadsSeeConsistentResultsWhileAWriterStores() throws Exception {
        try (ArticleStore store = open()) {
            fill(store);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(8);
            try {
                java.util.concurrent.Future<?> writer = pool.submit(() -> {
                    for (int i = 0; i < 40; i++) {
                        Article a = article("later-" + i, "Reuters", "Markets report " + i, "2024-06-01", null,
                                "Traders in Singapore said the market report number " + i + " was calm.");
                        store.store(a, reg -> List.of(), null);
                        if (i % 10 == 9) {
                            store.commit();
                        }
                    }
                    store.commit();
                    return null;
                });
                List<java.util.concurrent.Future<?>> readers = new ArrayList<>();
                for (int t = 0; t < 7; t++) {
                    readers.add(pool.submit(() -> {
                        for (int i = 0; i < 30; i++) {
                            assertThat(store.get("st-ties")).get().extracting(Article::outlet).isEqualTo("The Straits Times");
                            assertThat(store.entities().mentionsOf("st-ties")).hasSize(3);
                            assertThat(store.rails().moreFromOutlet("vna-visit", 3)).extracting(ArticleRef::id)
                                    .containsExactly("xss", "vna-undated", "vna-rice");
                            assertThat(store.rails().related("st-ties", 3)).extracting(ArticleRef::id)
                                    .doesNotContain("st-ties", "yahoo-ties");
                            assertThat(store.search(SearchRequest.of("Le Hoai Trung", 5)).totalHits()).isEqualTo(4);
                            assertThat(store.latest(null, 2).items()).extracting(ArticleRef::id)
                                    .containsExactly("yahoo-ties", "st-ties");
                        }
                        return null;
                    }));
                }
                writer.get(60, java.util.concurrent.TimeUnit.SECONDS);
                for (var r : readers) {
                    r.get(60, java.util.concurrent.TimeUnit.SECONDS);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(store.latest(null, 100).items()).hasSize(48);
        }
    }

    @Test
    void cachedReadsFollowNewArticlesBeforeAndAfterTheirCommit() {
        try (ArticleStore store = open()) {
            fill(store);
            assertThat(store.search(SearchRequest.of("Putrajaya", 5)).totalHits()).isEqualTo(1);
            assertThat(store.events().activePairs(30, 10)).extracting(PairActivity::events).containsExactly(4L, 1L);
            org.attache.store.events.EventFilter pair = org.attache.store.events.EventFilter.all().withCountries("MYS", "SGP");
            long pairEvents = store.events().count(pair);
            long pairConsults = store.events().countsByType(pair).getOrDefault(PloverType.CONSULT, 0L);
            int pairGroups = store.events().groupPage(pair, null, 50).items().size();
            Article more = article("bernama-more", "Bernama", "More water talks", "2025-01-13", "Putrajaya",
                    "Lawrence Wong returned to Putrajaya for more talks with Anwar Ibrahim.");
            store.store(more, reg -> List.of(event(more, "1", PloverType.CONSULT, EventStatus.OCCURRED,
                    List.of(A_WONG), List.of(A_ANWAR), "2025-01-13", more.bodyText())), null);
            // uncommitted: seen through the write connection, not from the cache
            assertThat(store.search(SearchRequest.of("Putrajaya", 5)).totalHits()).isEqualTo(2);
            assertThat(store.events().activePairs(30, 10)).extracting(PairActivity::events).containsExactly(4L, 2L);
            store.commit();
            assertThat(store.search(SearchRequest.of("Putrajaya", 5)).totalHits()).isEqualTo(2);
            // the pair's kept counts and pages (relationship page, explorer) follow the commit
            assertThat(store.events().count(pair)).isEqualTo(pairEvents + 1);
            assertThat(store.events().countsByType(pair)).containsEntry(PloverType.CONSULT, pairConsults + 1);
            assertThat(store.events().groupPage(pair, null, 50).items()).hasSize(pairGroups + 1)
                    .anySatisfy(g -> assertThat(g.getFirst().articleId()).isEqualTo("bernama-more"));
            assertThat(store.rails().moreFromOutlet("bernama-water", 5)).extracting(ArticleRef::id)
                    .containsExactly("bernama-more");
        }
    }

    @Test
    void reindexFillsFacetsFromTheDatabase() {
        try (ArticleStore store = open()) {
            fill(store);
            store.reindex(n -> { });
            SearchPage page = store.search(new SearchRequest(null, null, null, ANWAR, null, null, null, null, null, 5));
            assertThat(page.hits()).extracting(h -> h.article().id()).containsExactly("bernama-water");
            assertThat(page.facets().get("country")).extracting(FacetCount::value).containsExactly("MYS", "SGP");
        }
    }
}
