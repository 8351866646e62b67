package org.attache.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
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
import org.attache.api.events.StoryMatcher;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.store.ArticleStore;
import org.attache.web.WebConfig;
import org.attache.web.WebServer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pages over HTTP: a server on a free port over a store filled with three hand-built articles (a
 * Vietnamese agency report of a visit, an undated Singapore follow-up, and a page stuffed with script,
 * onerror, javascript: and SVG payloads), fetched with HttpClient and read with jsoup.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PagesTest {
    private static final String VNA = "a1000000000000000000000000000001";
    private static final String ST = "a2000000000000000000000000000002";
    private static final String EVIL = "a3000000000000000000000000000003";
    private static final String TODAY = "a4000000000000000000000000000004";
    private static final String TRUNG = "e00000000000trung";
    private static final String HOST = "e000000000000host";
    private static final String VIVIAN = "e0000000000vivian";
    private static final String SINGAPORE = "e00000000000sgp00";
    private static final String EVIL_ENTITY = "e00000000000evil0";

    private static final List<String> VNA_BODY = List.of(
            "Lê Hoài Trung, head of the Commission for External Relations of the Communist Party of Vietnam, met"
                    + " Minister of Foreign Affairs Vivian Balakrishnan in Singapore on January 7.",
            "The two sides agreed to deepen cooperation in digital trade and clean energy.",
            "Trung thanked the Singaporean side for its warm welcome.");
    private static final List<String> ST_BODY = List.of(
            "Foreign Minister Vivian Balakrishnan will travel to Hanoi next month for talks on the energy link,"
                    + " officials said on Tuesday.");
    private static final List<String> TODAY_BODY = List.of(
            "Singapore's foreign minister received a senior envoy of Vietnam's Communist Party on January 7.");
    private static final String SCRIPT = "<script>alert(1)</script>";
    private static final String IMG = "<img src=x onerror=alert(1)>";
    private static final String SVG = "<svg onload=alert(1)>";
    private static final String JS_LINK = "<a href=\"javascript:alert(1)\">click me</a>";
    private static final List<String> EVIL_BODY = List.of(
            "Officials in Hanoi said " + SCRIPT + " was found in a press release about Vivian Balakrishnan.",
            "A second paragraph carried " + IMG + " and " + SVG + " and " + JS_LINK + " as plain text.");

    @TempDir
    static Path data;

    private ArticleStore store;
    private WebServer server;
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        StoryMatcher matcher = (event, day, candidates) -> candidates.isEmpty() ? Optional.empty()
                : Optional.of(candidates.getFirst().storyId());
        store = ArticleStore.open(StoreConfig.at(data));
        String vnaText = String.join("\n\n", VNA_BODY);
        store.store(article(VNA, "VNA", "2025-01-08", "HANOI", "Vietnam, Singapore pledge closer digital ties",
                VNA_BODY, List.of("Lê Hoài Trung and Vivian Balakrishnan in Singapore on January 7. Photo: VNA")),
                registry -> {
                    registry.create(new RegisteredEntity(TRUNG, MentionType.PERSON, "Lê Hoài Trung", "VNM"));
                    // the spelling with its keys, as the Resolve stage records it (NameKeys folds diacritics, case, spaces)
                    registry.addAlias(TRUNG, new org.attache.api.registry.NameForm("Lê Hoài Trung",
                            org.attache.nlp.resolve.NameKeys.key("Lê Hoài Trung"),
                            org.attache.nlp.resolve.NameKeys.orderKey("Lê Hoài Trung")));
                    registry.create(new RegisteredEntity(VIVIAN, MentionType.PERSON, "Vivian Balakrishnan", "SGP"));
                    registry.create(new RegisteredEntity(SINGAPORE, MentionType.LOCATION, "Singapore", "SGP"));
                    mention(registry, TRUNG, VNA, vnaText, "Lê Hoài Trung", MentionType.PERSON, 0);
                    int vivian = mention(registry, VIVIAN, VNA, vnaText, "Vivian Balakrishnan", MentionType.PERSON, 0);
                    mention(registry, SINGAPORE, VNA, vnaText, "Singapore", MentionType.LOCATION, 0);
                    int title = vnaText.indexOf("Minister of Foreign Affairs");
                    registry.recordOffice(VIVIAN, VNA, "2025-01-08", new OfficeClaim(1, "Minister of Foreign Affairs",
                            null, "SGP", false, title, title + "Minister of Foreign Affairs".length()));
                    String head = "head of the Commission for External Relations of the Communist Party of Vietnam";
                    int headAt = vnaText.indexOf(head);
                    registry.recordOffice(TRUNG, VNA, "2025-01-08", new OfficeClaim(0, head, "Communist Party of Vietnam",
                            "VNM", true, headAt, headAt + head.length()));
                    assertThat(vivian).isPositive();
                    return List.of(
                            event("ev-visit", VNA, vnaText, VNA_BODY.get(0), PloverType.CONSULT, "042", "visit",
                                    EventStatus.OCCURRED, List.of(actor(TRUNG, "Lê Hoài Trung", "VNM", "PTY")),
                                    List.of(actor(VIVIAN, "Vivian Balakrishnan", "SGP", "GOV"),
                                            actor(SINGAPORE, "Singapore", "SGP", null)),
                                    EventDate.single(PartialDate.parse("2025-01-07"), DatePrecision.DAY, "on January 7")),
                            event("ev-agree", VNA, vnaText, VNA_BODY.get(1), PloverType.AGREE, "057", null,
                                    EventStatus.PLANNED, List.of(actor(null, "Vietnam", "VNM", null)),
                                    List.of(actor(SINGAPORE, "Singapore", "SGP", null)), null));
                }, matcher);
        String stText = String.join("\n\n", ST_BODY);
        store.store(article(ST, "The Straits Times", null, "SINGAPORE", "Balakrishnan to visit Hanoi for energy talks",
                ST_BODY, List.of()), registry -> {
                    mention(registry, VIVIAN, ST, stText, "Vivian Balakrishnan", MentionType.PERSON, 0);
                    registry.recordOffice(VIVIAN, ST, null, new OfficeClaim(0, "Foreign Minister", null, "SGP", false, 0,
                            "Foreign Minister".length()));
                    // a host of the visit whose country only the context gives: weak, shown as such
                    registry.create(new RegisteredEntity(HOST, MentionType.PERSON, "Nguyen Minh", "VNM",
                            AffiliationSource.CONTEXT));
                    return List.of(event("ev-plan", ST, stText, ST_BODY.get(0), PloverType.CONSULT, "042", "visit",
                            EventStatus.PLANNED, List.of(actor(VIVIAN, "Vivian Balakrishnan", "SGP", "GOV")),
                            List.of(actor(null, "Vietnam", "VNM", null),
                                    new EventActor(HOST, "Nguyen Minh", "VNM", "GOV", AffiliationSource.CONTEXT)),
                            new EventDate(PartialDate.parse("2025-02"), PartialDate.parse("2025-02"), DatePrecision.MONTH,
                                    "next month")));
                }, matcher);
        // a second outlet's report of the January 7 meeting: one story with the VNA report
        String todayText = String.join("\n\n", TODAY_BODY);
        store.store(article(TODAY, "Today", "2025-01-09", "SINGAPORE", "Vietnamese party envoy visits Singapore",
                TODAY_BODY, List.of()), registry -> List.of(event("ev-today", TODAY, todayText, TODAY_BODY.get(0),
                        PloverType.CONSULT, "042", "visit", EventStatus.OCCURRED,
                        List.of(actor(TRUNG, "Lê Hoài Trung", "VNM", "PTY")), List.of(actor(null, "Singapore", "SGP", null)),
                        EventDate.single(PartialDate.parse("2025-01-07"), DatePrecision.DAY, "on January 7"))), matcher);
        String evilText = String.join("\n\n", EVIL_BODY);
        Article evil = new Article(EVIL, "test#evil", "javascript:alert(1)", IMG, SCRIPT + " Harmless headline", false,
                EVIL_BODY, List.of(SVG + " caption", JS_LINK), SCRIPT, "<b onmouseover=alert(1)>HANOI</b>",
                new PublishedDate("2025-01-09", DateProvenance.JSON_LD), "en", List.of(), null, null);
        store.store(evil, registry -> {
            registry.create(new RegisteredEntity(EVIL_ENTITY, MentionType.ORGANIZATION, SVG + " Agency", "VNM"));
            mention(registry, EVIL_ENTITY, EVIL, evilText, SCRIPT, MentionType.ORGANIZATION, 0);
            // recorded without a day, as before the article's date was known; the body's spacing kept as printed
            registry.recordOffice(EVIL_ENTITY, EVIL, null, new OfficeClaim(0, "press  office", "Hanoi agency , Vietnam",
                    "VNM", false, 0, "Officials".length()));
            mention(registry, VIVIAN, EVIL, evilText, "Vivian Balakrishnan", MentionType.PERSON, 0);
            return List.of(event("ev-evil", EVIL, evilText, EVIL_BODY.get(1), PloverType.ACCUSE, "112", null,
                    EventStatus.OCCURRED, List.of(actor(EVIL_ENTITY, SVG + " Agency", "VNM", "GOV")),
                    List.of(actor(null, IMG, "SGP", null)), null));
        }, matcher);
        store.commit();
        server = WebServer.start(store, WebConfig.of("127.0.0.1", 0, data));
    }

    @AfterAll
    void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    // ------------------------------------------------------------------ pages

    @Test
    void eventDatesReadAsAReaderSaysThemAndNameAMissingYear() {
        assertThat(EventRows.humanDate(EventDate.single(PartialDate.parse("2025-01-07"), DatePrecision.DAY, "on Jan 7")))
                .isEqualTo("7 Jan 2025");
        assertThat(EventRows.humanDate(new EventDate(PartialDate.parse("--01-07"), PartialDate.parse("--01-11"),
                DatePrecision.DAY, "January 7-11"))).isEqualTo("7–11 Jan (year not printed)");
        assertThat(EventRows.humanDate(EventDate.single(PartialDate.parse("--04-29"), DatePrecision.DAY, "on April 29")))
                .isEqualTo("29 Apr (year not printed)");
        assertThat(EventRows.humanDate(EventDate.single(PartialDate.parse("2025-02"), DatePrecision.MONTH, "next month")))
                .isEqualTo("Feb 2025");
        assertThat(EventRows.humanDate(EventDate.single(PartialDate.parse("2024"), DatePrecision.YEAR, "last year")))
                .isEqualTo("2024");
        assertThat(EventRows.humanDate(new EventDate(PartialDate.parse("2024-12-30"), PartialDate.parse("2025-01-02"),
                DatePrecision.DAY, "from December 30 to January 2"))).isEqualTo("30 Dec 2024 – 2 Jan 2025");
        assertThat(EventRows.humanDate(new EventDate(PartialDate.parse("2025-03-30"), PartialDate.parse("2025-04-02"),
                DatePrecision.DAY, "March 30 to April 2"))).isEqualTo("30 Mar – 2 Apr 2025");
        assertThat(EventRows.humanDate(null)).isEqualTo("date unknown");
    }

    @Test
    void homeListsLatestArticlesTopStoriesAndActivePairs() {
        Document home = page("/");
        assertThat(home.select("#latest a").eachAttr("href"))
                .contains("/articles/" + VNA, "/articles/" + ST, "/articles/" + EVIL);
        assertThat(home.select("#top-stories .story")).isNotEmpty();
        assertThat(home.select("#top-stories .story .sources").eachText()).allMatch(t -> t.matches("\\d+ sources?"));
        // each headline once: the stories of one article are grouped under it, each happening with its own line
        List<String> headlines = home.select("#top-stories .story .story-head").eachText();
        assertThat(headlines).doesNotHaveDuplicates();
        assertThat(home.select("#top-stories .happening .type").eachText()).contains("CONSULT", "AGREE");
        assertThat(home.select("#top-stories .happening").eachText())
                .anySatisfy(h -> assertThat(h).contains("Lê Hoài Trung → Vivian Balakrishnan and 1 more")
                        .contains("Singapore – Vietnam").contains("7 Jan 2025"))
                .anySatisfy(h -> assertThat(h).contains("AGREE").contains("Vietnam → Singapore").contains("date unknown"));
        assertThat(home.select("#active-pairs .pair a").eachText()).containsExactly("Singapore – Vietnam");
        assertThat(home.select("#active-pairs .pair a").attr("href")).isEqualTo("/relations/SGP-VNM");
        assertThat(home.select("nav a").eachText()).contains("Home", "Search", "Graph", "Feed");
    }

    @Test
    void articlePageShowsItsPartsLinkedMentionsAnchoredEvidenceAndRails() {
        Document doc = page("/articles/" + VNA);
        assertThat(doc.select("h1#title").text()).isEqualTo("Vietnam, Singapore pledge closer digital ties");
        assertThat(doc.select("#outlet").text()).isEqualTo("VNA");
        assertThat(doc.select("#dateline").text()).isEqualTo("HANOI");
        assertThat(doc.select("#published").text()).isEqualTo("2025-01-08");
        assertThat(doc.select("#captions .caption").text()).startsWith("Lê Hoài Trung and Vivian Balakrishnan");
        assertThat(doc.select("#body p")).hasSize(3);
        assertThat(doc.select("#body").text()).contains(VNA_BODY.get(2));
        Element vivian = doc.selectFirst("#body a.mention[href=/entities/" + VIVIAN + "]");
        assertThat(vivian).isNotNull();
        assertThat(vivian.text()).isEqualTo("Vivian Balakrishnan");
        assertThat(doc.select("#body a.mention").eachText())
                .containsExactly("Lê Hoài Trung", "Vivian Balakrishnan", "Singapore");
        // the first sentence is evidence of the visit: anchored by its body offset
        assertThat(doc.select("#body span#s0").text()).isEqualTo(VNA_BODY.get(0));
        int second = String.join("\n\n", VNA_BODY).indexOf(VNA_BODY.get(1));
        assertThat(doc.select("#body #s" + second).text()).isEqualTo(VNA_BODY.get(1));

        List<Element> events = doc.select("#events .event");
        assertThat(events).hasSize(2);
        Element visit = events.getFirst();
        assertThat(visit.select(".type").text()).isEqualTo("CONSULT");
        assertThat(visit.select(".cameo").text()).isEqualTo("042");
        assertThat(visit.select(".mode").text()).isEqualTo("visit");
        assertThat(visit.select(".status").text()).isEqualTo("occurred");
        assertThat(visit.select(".date").text()).isEqualTo("2025-01-07");
        assertThat(visit.select(".event-actors").text()).contains("Lê Hoài Trung", "Vivian Balakrishnan");
        assertThat(visit.select("mark").text()).isEqualTo(VNA_BODY.get(0));
        assertThat(visit.select(".event-evidence a").attr("href")).isEqualTo("/articles/" + VNA + "#s0");
        assertThat(events.get(1).select(".date").text()).isEqualTo("date unknown");

        Map<String, String> rails = Map.of("#rail-related", "Related News", "#rail-latest", "Latest News",
                "#rail-more", "More News", "#rail-foryou", "For you");
        rails.forEach((id, heading) -> assertThat(doc.select("section" + id + " > h2").text()).as(id).isEqualTo(heading));
        assertThat(doc.select("#rail-latest a").eachAttr("href")).contains("/articles/" + ST)
                .doesNotContain("/articles/" + VNA);
    }

    @Test
    void aStoryReportedByTwoOutletsHasAPageTheArticlesAndTheHomePageLinkTo() throws Exception {
        Document article = page("/articles/" + VNA);
        assertThat(article.select("#story-link").text()).contains("One of 2 articles from 2 outlets");
        String href = article.select("#story-link a").attr("href");
        assertThat(href).startsWith("/stories/");
        assertThat(page("/").select("#top-stories .story-head a").eachAttr("href")).contains(href);
        assertThat(page("/articles/" + ST).select("#story-link")).as("a story of one article").isEmpty();

        Document story = page(href);
        assertThat(story.select("#story-headline").text()).isEqualTo("Vietnam, Singapore pledge closer digital ties");
        // the span holds the meeting (January 7) and both reports (January 8 and 9)
        assertThat(story.select("#story-counts .when").text()).isEqualTo("2025-01-07 – 2025-01-09");
        assertThat(story.select("#story-counts").text()).startsWith("2 sources · 2 articles · 2 events");
        assertThat(story.select("#story-dates .happened").text()).isEqualTo("2025-01-07");
        assertThat(story.select("#story-dates .reported").text()).isEqualTo("2025-01-08 – 2025-01-09");
        assertThat(story.select("#story-reports time").eachAttr("datetime")).allSatisfy(day ->
                assertThat(day).isBetween("2025-01-07", "2025-01-09"));
        assertThat(story.select("#story-reports a").eachAttr("href")).as("first published first")
                .containsExactly("/articles/" + VNA, "/articles/" + TODAY);
        assertThat(story.select("#story-events .evidence q").eachText())
                .containsExactlyInAnyOrder(VNA_BODY.get(0), TODAY_BODY.get(0));

        HttpResponse<String> missing = get("/stories/s-nothing-here");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).select("h1").text()).isEqualTo("Story not found");
    }

    @Test
    void anUndatedArticleSaysSoAndUnknownArticlesAre404() throws Exception {
        Document doc = page("/articles/" + ST);
        assertThat(doc.select("#published").text()).isEqualTo("date not printed");
        assertThat(doc.select("#events .event .date").text()).isEqualTo("2025-02");
        HttpResponse<String> missing = get("/articles/nosucharticle");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(missing.body()).text()).contains("No article nosucharticle");
    }

    @Test
    void unknownPagesGetTheErrorPageWithThePathEscaped() throws Exception {
        HttpResponse<String> missing = get("/no-such-page%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        Document doc = Jsoup.parse(missing.body());
        assertThat(doc.select("h1").text()).isEqualTo("Not Found");
        assertThat(doc.select("#error-message").text()).contains("/no-such-page").containsIgnoringCase("not found");
        assertThat(doc.select("script").eachAttr("src")).allSatisfy(src -> assertThat(src).startsWith("/"));
        assertThat(missing.body()).doesNotContain("<script>alert(1)");
    }

    @Test
    void entityPageShowsOfficesWithEvidenceTimelineCoMentionsAndArticles() {
        Document doc = page("/entities/" + VIVIAN);
        assertThat(doc.select("h1#entity-name").text()).isEqualTo("Vivian Balakrishnan");
        assertThat(doc.select("#aliases")).hasSize(1);
        Element office = doc.selectFirst("#offices .office");
        assertThat(office).isNotNull();
        assertThat(office.select(".office-title").text()).isEqualTo("Minister of Foreign Affairs");
        assertThat(office.select(".first-seen").text()).isEqualTo("2025-01-08");
        assertThat(office.select(".last-seen").text()).isEqualTo("2025-01-08");
        String evidence = office.select("a.evidence-link").attr("href");
        int start = String.join("\n\n", VNA_BODY).indexOf("Minister of Foreign Affairs");
        assertThat(evidence).startsWith("/articles/" + VNA).endsWith("#s" + start);
        // the link lands: the article marks the office's words with that anchor
        Document article = page(evidence.substring(0, evidence.indexOf('#')));
        assertThat(article.select("#s" + start).text()).isEqualTo("Minister of Foreign Affairs");
        assertThat(article.select("#s" + start).hasClass("claim")).isTrue();
        assertThat(article.select("#s0").text()).as("the sentence keeps its own anchor")
                .startsWith("Lê Hoài Trung, head of the Commission");

        assertThat(doc.select("table#timeline tr.event")).hasSize(2);
        assertThat(doc.select("table#timeline tr.event .date").eachText()).containsExactly("2025-01-07", "2025-02");
        assertThat(doc.select("#co-mentioned a").eachText()).contains("Lê Hoài Trung", "Singapore");
        assertThat(doc.select("#articles a").eachAttr("href")).contains("/articles/" + VNA, "/articles/" + ST);
        assertThat(doc.select("form#follow[method=post][action=/follows] button#follow-button").text())
                .isEqualTo("Follow Vivian Balakrishnan");
        assertThat(send("/entities/nobody").statusCode()).isEqualTo(404);
    }

    @Test
    void entityPagesSayWhenTheEntityAndItsOfficesWereSeenFromArticleDates() {
        // named in VNA (8 January), The Straits Times (undated) and the third page (9 January)
        Document vivian = page("/entities/" + VIVIAN);
        assertThat(vivian.select("#entity-seen").text()).isEqualTo("first seen 2025-01-08, last seen 2025-01-09");
        assertThat(page("/entities/" + HOST).select("#entity-seen").text()).isEqualTo("no dated article");
        // an office recorded without a day takes its article's date; its text is tidied of stray spaces
        Element office = page("/entities/" + EVIL_ENTITY).selectFirst("#offices .office");
        assertThat(office).isNotNull();
        assertThat(office.select(".seen").text()).isEqualTo("seen 2025-01-09");
        assertThat(office.select(".office-title").text()).isEqualTo("press office");
        assertThat(office.select(".organization").text()).isEqualTo(", Hanoi agency, Vietnam");
        assertThat(office.text()).doesNotContain(" ,").doesNotContain("undated");
        // an office whose only article is undated says so, in those words
        assertThat(page("/entities/" + VIVIAN).select(".office .seen").eachText()).doesNotContain("undated");
    }

    @Test
    void tidyRemovesStraySpacesAroundPunctuation() {
        assertThat(Pages.tidy("Minister of Foreign Affairs , Singapore")).isEqualTo("Minister of Foreign Affairs, Singapore");
        assertThat(Pages.tidy("  head\n of the ( central ) commission ;  acting . ")).isEqualTo(
                "head of the (central) commission; acting.");
        assertThat(Pages.tidy("Ministre des Affaires étrangères , France")).isEqualTo("Ministre des Affaires étrangères, France");
        assertThat(Pages.tidy("Außenminister ,Deutschland")).isEqualTo("Außenminister,Deutschland");
        assertThat(Pages.tidy(null)).isNull();
    }

    @Test
    void entityPageGroupsAnOfficeWrittenTwoWaysAndListsFormerOfficesApart() {
        Document vivian = page("/entities/" + VIVIAN);
        // "Minister of Foreign Affairs" (VNA) and "Foreign Minister" (The Straits Times) are one office
        assertThat(vivian.select("#offices .office")).hasSize(1);
        assertThat(vivian.select("#former-offices")).isEmpty();

        Document trung = page("/entities/" + TRUNG);
        assertThat(trung.select("#offices .empty").text()).isEqualTo("No current office reported.");
        Element former = trung.selectFirst("#former-offices .office");
        assertThat(former).isNotNull();
        assertThat(former.select(".office-title").text())
                .isEqualTo("head of the Commission for External Relations of the Communist Party of Vietnam");
        // the title names its body: no second ", Communist Party of Vietnam", and no space before a comma
        assertThat(former.select(".organization")).isEmpty();
        assertThat(former.text()).doesNotContain(" ,");
    }

    @Test
    void relationPageWorksInBothOrdersWithEventsPeopleAndChart() {
        for (String pair : List.of("VNM-SGP", "SGP-VNM", "vnm-sgp")) {
            Document doc = page("/relations/" + pair);
            String[] codes = pair.toUpperCase().split("-");
            String a = codes[0].equals("VNM") ? "Vietnam" : "Singapore";
            String b = codes[0].equals("VNM") ? "Singapore" : "Vietnam";
            assertThat(doc.select("h1").text()).isEqualTo(a + " – " + b);
            Element chart = doc.selectFirst("#relation-chart");
            assertThat(chart).isNotNull();
            assertThat(chart.attr("data-src")).isEqualTo("/api/relations/" + codes[0] + "-" + codes[1]);
            List<Element> rows = doc.select("table#relation-events tr.event");
            assertThat(rows).hasSize(5);
            assertThat(rows.stream().map(r -> r.select(".date").text())).containsExactly("2025-01-07", "2025-01-07",
                    "2025-02", "date unknown reported on 2025-01-08", "date unknown reported on 2025-01-09");
            Element visit = doc.selectFirst("table#relation-events tr#e-ev-visit");
            assertThat(visit).isNotNull();
            assertThat(visit.select(".type .code").text()).isEqualTo("CONSULT");
            assertThat(visit.select(".status").text()).isEqualTo("occurred");
            assertThat(visit.select(".mode").text()).isEqualTo("visit");
            assertThat(visit.select(".precision").text()).isEqualTo("day");
            assertThat(visit.select(".evidence a").attr("href")).isEqualTo("/articles/" + VNA + "#s0");
            // the sentence is plain text; only a small "source" link leads to it
            assertThat(visit.select(".evidence .sentence").text()).isEqualTo(VNA_BODY.get(0));
            assertThat(visit.select(".evidence a").text()).isEqualTo("source");
            String vietnamSide = codes[0].equals("VNM") ? "#people-a" : "#people-b";
            String singaporeSide = codes[0].equals("VNM") ? "#people-b" : "#people-a";
            assertThat(doc.select(vietnamSide + " a").eachText()).as("weak context makes no one a country's")
                    .containsExactly("Lê Hoài Trung");
            Element plan = doc.selectFirst("table#relation-events tr#e-ev-plan");
            assertThat(plan.select("abbr.weak")).as("the weak country is marked").hasSize(1);
            assertThat(plan.select("abbr.country").eachAttr("title")).contains("Vietnam", "Singapore");
            assertThat(doc.select(singaporeSide + " a").eachText()).as("people only, not the place")
                    .containsExactly("Vivian Balakrishnan");
            assertThat(doc.select("form#follow input[name=key]").val()).isEqualTo("SGP-VNM");
            assertThat(doc.select("script[src]").eachAttr("src"))
                    .containsExactly("/assets/echarts/5.3.1/dist/echarts.min.js", "/static/relations.js");
        }
        assertThat(send("/relations/VNM").statusCode()).isEqualTo(400);
        assertThat(send("/relations/VNM-VNM").statusCode()).isEqualTo(400);
    }

    @Test
    void searchFindsWithoutDiacriticsHighlightsAndOffersFacets() {
        Document doc = page("/search?q=" + enc("Le Hoai Trung"));
        assertThat(doc.select("form#search input[name=q]").val()).isEqualTo("Le Hoai Trung");
        List<Element> results = doc.select("#results .result");
        assertThat(results).isNotEmpty();
        Element first = results.getFirst();
        assertThat(first.select("h2 a").attr("href")).isEqualTo("/articles/" + VNA);
        assertThat(first.select(".outlet").text()).isEqualTo("VNA");
        assertThat(first.select("time").text()).isEqualTo("2025-01-08");
        assertThat(first.select(".snippet mark")).isNotEmpty();
        assertThat(doc.select("#facets a")).isNotEmpty();
        // a facet link narrows the search and shows as a removable filter
        String outletLink = doc.select("#facets [data-facet=outlet] a").stream()
                .filter(a -> a.text().equals("VNA")).findFirst().orElseThrow().attr("href");
        Document narrowed = page(outletLink);
        assertThat(narrowed.select("#results .result h2 a").eachAttr("href")).containsExactly("/articles/" + VNA);
        assertThat(narrowed.select(".filters a.filter").eachText()).contains("outlet: VNA ×");
        assertThat(narrowed.select("form#search input[type=hidden][name=outlet]").val()).isEqualTo("VNA");
    }

    @Test
    void searchRejectsBadFiltersWithAMessage() throws Exception {
        HttpResponse<String> bad = get("/search?q=trade&type=MEET");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".error").text()).contains("unknown type MEET");
        assertThat(get("/search?q=trade&from=2025-13-01").statusCode()).isEqualTo(400);
    }

    @Test
    void graphAndEventsPages() {
        Document graph = page("/graph?level=country&from=2025-01-01&to=2025-12-31");
        Element el = graph.selectFirst("#graph");
        assertThat(el).isNotNull();
        assertThat(el.attr("data-level")).isEqualTo("country");
        assertThat(el.attr("data-from")).isEqualTo("2025-01-01");
        assertThat(graph.select("input[name=level][value=country]").hasAttr("checked")).isTrue();
        assertThat(graph.select("script[src]").eachAttr("src")).contains("/static/graph.js");
        assertThat(page("/graph").selectFirst("#graph").attr("data-level")).isEqualTo("person");

        Document events = page("/events?ids=ev-visit,ev-plan,nosuch&title=" + enc("Meetings of A and B"));
        assertThat(events.select("h1").text()).isEqualTo("Meetings of A and B");
        assertThat(events.select("tr.event")).hasSize(2);
    }

    @Test
    void eventsExplorerPagesTheWholeTimelineWithCursorsAndCountsByType() {
        Document first = page("/events?limit=2");
        assertThat(first.select("#total").text()).isEqualTo("5");
        assertThat(first.select("#range").text()).isEqualTo("1–2");
        // timeline order: the two reports of January 7 (by publication day), February, then the undated two
        assertThat(first.select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-visit", "e-ev-today");
        assertThat(first.select("#first-page")).isEmpty();
        Document second = page(first.select("#next-page").attr("href"));
        assertThat(second.select("#range").text()).isEqualTo("3–4");
        assertThat(second.select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-plan", "e-ev-agree");
        assertThat(second.select("#first-page").attr("href")).isEqualTo("/events?limit=2");
        Document third = page(second.select("#next-page").attr("href"));
        assertThat(third.select("#range").text()).isEqualTo("5–5");
        assertThat(third.select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-evil");
        assertThat(third.select("#next-page")).isEmpty();
        // counts of the whole selection, most first, ties by name; each adds its type to the filter
        assertThat(first.select("#type-counts .type-count").eachText())
                .containsExactly("CONSULT 3", "ACCUSE 1", "AGREE 1");
        assertThat(first.select("#type-counts a").first().attr("href")).isEqualTo("/events?type=CONSULT");
        Document consult = page("/events?type=CONSULT");
        assertThat(consult.select("#total").text()).isEqualTo("3");
        assertThat(consult.select("#type-counts a[aria-current]").attr("href")).as("removes the type").isEqualTo("/events");
        assertThat(consult.select("select[name=type] option[selected]").text()).isEqualTo("CONSULT");
        // page sizes are capped
        assertThat(page("/events?limit=100000").select("input[name=limit]").attr("value")).isEqualTo("100");
        assertThat(page("/events").select("nav a").eachAttr("href")).contains("/events");
    }

    @Test
    void eventsExplorerHoldsEveryFilterInItsUrlAndExportsIt() throws Exception {
        Document doc = page("/events?country=Vietnam&country=sgp&type=consult&mode=visit&status=occurred&text="
                + enc("january 7") + "&from=2025-01-01&to=2025-01-31");
        assertThat(doc.select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-visit", "e-ev-today");
        assertThat(doc.select("#total").text()).isEqualTo("2");
        assertThat(doc.select("#selection").text()).contains("Vietnam – Singapore", "type CONSULT", "status occurred",
                "mode visit", "2025-01-01 to 2025-01-31", "evidence containing “january 7”");
        String share = "/events?country=VNM&country=SGP&type=CONSULT&status=occurred&mode=visit&from=2025-01-01"
                + "&to=2025-01-31&text=january%207";
        assertThat(doc.select("#share").attr("href")).isEqualTo(share);
        assertThat(page(share).select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-visit", "e-ev-today");
        assertThat(doc.select("input[name=country]").eachAttr("value")).containsExactly("VNM", "SGP");
        assertThat(doc.select("input[name=text]").attr("value")).isEqualTo("january 7");
        assertThat(doc.select("#export .export").eachAttr("data-format")).containsExactly("plover", "cameo-tsv", "jsonl",
                "csv");
        assertThat(doc.select("#export .export[data-format=csv] code").text()).isEqualTo("attache export --format csv"
                + " --country VNM --country SGP --type CONSULT --status occurred --mode visit --from 2025-01-01"
                + " --to 2025-01-31 --text 'january 7' events.csv");
        HttpResponse<String> json = get(doc.select("#export-json").attr("href"));
        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":\"ev-visit\"", "\"id\":\"ev-today\"").doesNotContain("ev-plan");
        // the entity filter names the entity; the evidence text is matched literally
        Document vivian = page("/events?entity=" + VIVIAN);
        assertThat(vivian.select("#selection").text()).contains("with Vivian Balakrishnan");
        assertThat(vivian.select("#event-list tr.event").eachAttr("id")).containsExactly("e-ev-visit", "e-ev-plan");
        assertThat(page("/events?text=" + enc("%")).select("#total").text()).isEqualTo("0");
        assertThat(page("/events?text=" + enc("%")).select("p.empty").text()).isEqualTo("No events.");
    }

    @Test
    void eventsExplorerRejectsBadFiltersWithAMessage() throws Exception {
        for (Map.Entry<String, String> bad : Map.of("/events?type=NOPE", "'type'", "/events?country=Atlantis", "Atlantis",
                "/events?from=2025-02-01&to=2025-01-01", "'from'", "/events?cursor=garbage", "cursor",
                "/events?limit=0", "'limit'", "/events?text=" + "x".repeat(201), "'text'",
                "/events?country=VNM&country=SGP&country=THA", "two").entrySet()) {
            HttpResponse<String> r = get(bad.getKey());
            assertThat(r.statusCode()).as(bad.getKey()).isEqualTo(400);
            assertThat(Jsoup.parse(r.body()).select("main").text()).as(bad.getKey()).contains(bad.getValue());
        }
        assertNoActiveContent(Jsoup.parse(get("/events?text=" + enc(SCRIPT) + "&mode=" + enc(IMG)).body()));
    }

    @Test
    void entityIndexFiltersByTypeCountryAndNameMostMentionedFirstAndPages() throws Exception {
        Document all = page("/entities");
        assertThat(all.select("#total").text()).isEqualTo("5");
        // Vivian Balakrishnan is named in three articles; the others in one, by name; the context-only host in none
        assertThat(all.select("#entity-list tr.entity .name").eachText()).containsExactly("Vivian Balakrishnan",
                SVG + " Agency", "Lê Hoài Trung", "Singapore", "Nguyen Minh");
        assertThat(all.select("#entity-list tr.entity .mentions").eachText()).containsExactly("3", "1", "1", "1", "0");
        assertThat(all.select("#entity-list tr.entity .country").first().text()).isEqualTo("Singapore SGP");
        assertThat(all.select("#entity-list a").first().attr("href")).isEqualTo("/entities/" + VIVIAN);
        assertThat(page("/entities?type=person").select("#entity-list .name").eachText())
                .containsExactly("Vivian Balakrishnan", "Lê Hoài Trung", "Nguyen Minh");
        assertThat(page("/entities?type=PERSON&country=Vietnam").select("#entity-list .name").eachText())
                .containsExactly("Lê Hoài Trung", "Nguyen Minh");
        assertThat(page("/entities?q=hoai%20TRUNG").select("#entity-list .name").eachText()).containsExactly("Lê Hoài Trung");
        assertThat(page("/entities?q=" + enc("%_")).select("#total").text()).isEqualTo("5"); // no letters: no filter
        Document first = page("/entities?limit=2&type=person");
        assertThat(first.select("#range").text()).isEqualTo("1–2");
        Document second = page(first.select("#next-page").attr("href"));
        assertThat(second.select("#range").text()).isEqualTo("3–3");
        assertThat(second.select("#entity-list .name").eachText()).containsExactly("Nguyen Minh");
        assertThat(second.select("#next-page")).isEmpty();
        assertThat(second.select("#first-page").attr("href")).isEqualTo("/entities?type=PERSON&limit=2");
        assertThat(second.select("script[src]").eachAttr("src")).contains("/static/entities.js");
        for (String bad : List.of("/entities?type=DATE", "/entities?country=Atlantis", "/entities?cursor=nope",
                "/entities?limit=-1", "/stories?order=oldest", "/pairs?cursor=" + enc("b:1"))) {
            HttpResponse<String> r = get(bad);
            assertThat(r.statusCode()).as(bad).isEqualTo(400);
        }
        assertThat(get("/static/entities.js").statusCode()).isEqualTo(200);
    }

    @Test
    void storyAndPairIndexesListMostSourcesMostRecentAndMostActiveFirst() {
        Document stories = page("/stories");
        long total = Long.parseLong(stories.select("#total").text());
        assertThat(stories.select("#story-list tr.story")).hasSize((int) total);
        List<Integer> sources = stories.select("#story-list .sources").eachText().stream().map(Integer::parseInt).toList();
        assertThat(sources.getFirst()).as("the January 7 meeting, from VNA and Today").isEqualTo(2);
        assertThat(sources).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(stories.select("#story-list a").first().attr("href")).startsWith("/stories/");
        Document recent = page("/stories?order=recent");
        assertThat(recent.select("#story-order strong").text()).isEqualTo("most recent");
        List<String> days = recent.select("#story-list .days").eachText().stream()
                .filter(d -> !d.equals("date unknown")).map(d -> d.substring(d.length() - 10)).toList();
        assertThat(days).isNotEmpty().isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(recent.select("#story-list .days").last().text()).isEqualTo("date unknown");
        Document onePerPage = page("/stories?limit=1");
        assertThat(onePerPage.select("#story-list tr.story")).hasSize(1);
        assertThat(page(onePerPage.select("#next-page").attr("href")).select("#range").text()).isEqualTo("2–2");

        Document pairs = page("/pairs");
        assertThat(pairs.select("#total").text()).isEqualTo("1");
        assertThat(pairs.select("#pair-list .label").eachText()).containsExactly("Singapore – Vietnam");
        assertThat(pairs.select("#pair-list .label a").attr("href")).isEqualTo("/relations/SGP-VNM");
        assertThat(pairs.select("#pair-list .events").text()).isEqualTo("5");
        assertThat(page(pairs.select("#pair-list .events a").attr("href")).select("#total").text()).isEqualTo("5");
        assertThat(pairs.select("nav a").eachText()).contains("Events", "Entities", "Stories", "Pairs");
        for (String path : List.of("/entities", "/stories", "/pairs", "/events")) {
            assertThat(page("/").select("nav a[href=" + path + "]")).as(path).hasSize(1);
        }
    }

    @Test
    void followingAnEntityFillsTheFeedTheRailAndTheAtomFeed() throws Exception {
        Document before = page("/articles/" + ST);
        assertThat(before.select("#rail-foryou a")).isEmpty();
        assertThat(before.select("#rail-foryou .hint").text()).contains("Follow");
        assertThat(page("/feed").select("#feed .feed-item")).isEmpty();

        HttpResponse<String> follow = post("/follows", Map.of("kind", "entity", "key", VIVIAN, "action", "follow",
                "return", "/entities/" + VIVIAN));
        assertThat(follow.statusCode()).isEqualTo(303);
        assertThat(follow.headers().firstValue("Location")).hasValue("/entities/" + VIVIAN);
        assertThat(page("/entities/" + VIVIAN).select("#follow-button").text()).isEqualTo("Following");

        Document feed = page("/feed");
        List<Element> items = feed.select("#feed .feed-item");
        assertThat(items).hasSize(3);
        assertThat(items.getFirst().select("a").attr("href")).as("newest first").isEqualTo("/articles/" + EVIL);
        assertThat(items.get(1).select(".reason").text()).isEqualTo("Vivian Balakrishnan");
        assertThat(feed.select("a.atom").attr("href")).isEqualTo("/feed.atom");
        assertThat(page("/articles/" + ST).select("#rail-foryou a").eachAttr("href")).contains("/articles/" + VNA);

        HttpResponse<String> atom = get("/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertThat(atom.headers().firstValue("Content-Type").orElse("")).startsWith("application/atom+xml");
        Document xml = Jsoup.parse(atom.body(), "", Parser.xmlParser());
        assertThat(xml.select("feed > entry")).hasSize(3);
        assertThat(xml.select("entry > title").eachText()).contains(SCRIPT + " Harmless headline");
        assertThat(atom.body()).doesNotContain("<script>").contains("&lt;script&gt;");

        // and the pair, from the relationship page's form; then unfollow both
        assertThat(post("/follows", Map.of("kind", "pair", "key", "VNM-SGP", "return", "/relations/VNM-SGP"))
                .statusCode()).isEqualTo(303);
        assertThat(page("/relations/VNM-SGP").select("#follow-button").text()).isEqualTo("Following");
        assertThat(page("/feed").select("#following li a").eachText())
                .containsExactlyInAnyOrder("Vivian Balakrishnan", "Singapore – Vietnam");
        post("/follows", Map.of("kind", "entity", "key", VIVIAN, "action", "unfollow", "return", "/feed"));
        post("/follows", Map.of("kind", "pair", "key", "SGP-VNM", "action", "unfollow", "return", "/feed"));
        assertThat(page("/feed").select("#following li")).isEmpty();
    }

    @Test
    void followFormRejectsBadInputAndNeverRedirectsOffSite() throws Exception {
        assertThat(post("/follows", Map.of("kind", "planet", "key", "x")).statusCode()).isEqualTo(400);
        assertThat(post("/follows", Map.of("kind", "entity", "key", "nobody-at-all")).statusCode()).isEqualTo(400);
        HttpResponse<String> offsite = post("/follows", Map.of("kind", "entity", "key", TRUNG, "return",
                "//evil.example/phish"));
        assertThat(offsite.statusCode()).isEqualTo(303);
        assertThat(offsite.headers().firstValue("Location")).hasValue("/feed");
        post("/follows", Map.of("kind", "entity", "key", TRUNG, "action", "unfollow"));
        assertThat(Pages.localPath("https://evil.example/")).isEqualTo("/feed");
        assertThat(Pages.localPath("/\\evil.example")).isEqualTo("/feed");
        assertThat(Pages.localPath("/relations/VNM-SGP")).isEqualTo("/relations/VNM-SGP");
    }

    // ------------------------------------------------------------------ safety

    @Test
    void untrustedArticleTextIsEscapedEverywhere() {
        Document doc = page("/articles/" + EVIL);
        assertNoActiveContent(doc);
        assertThat(doc.select("h1#title").text()).isEqualTo(SCRIPT + " Harmless headline");
        assertThat(doc.select("#outlet").text()).isEqualTo(IMG);
        assertThat(doc.select("#dateline").text()).isEqualTo("<b onmouseover=alert(1)>HANOI</b>");
        assertThat(doc.select("#captions").text()).contains(SVG + " caption", "javascript:alert(1)");
        assertThat(doc.select("#body").text()).contains(SCRIPT, IMG, SVG, JS_LINK);
        assertThat(doc.select("#body a.mention").eachText()).contains(SCRIPT);
        assertThat(doc.select(".byline").text()).isEqualTo(SCRIPT);
        assertThat(doc.select("p.source")).as("a javascript: URL is not linked").isEmpty();
        assertThat(doc.select("#events .event mark").text()).isEqualTo(EVIL_BODY.get(1));
        assertThat(doc.select("#events .event .event-actors").text()).contains(SVG + " Agency", IMG);

        for (String path : List.of("/", "/entities/" + EVIL_ENTITY, "/entities/" + VIVIAN, "/relations/VNM-SGP",
                "/search?q=alert", "/events?ids=ev-evil&title=" + enc(SCRIPT), "/articles/" + VNA, "/feed", "/events",
                "/entities", "/stories", "/pairs")) {
            assertNoActiveContent(page(path));
        }
        // a query holding markup comes back in the search box as text (400 or 200, whatever the parser makes of it)
        Document echoed = Jsoup.parse(send("/search?q=" + enc(SCRIPT + IMG)).body());
        assertNoActiveContent(echoed);
        assertThat(echoed.select("form#search input[name=q]").val()).isEqualTo(SCRIPT + IMG);
        assertThat(page("/entities/" + EVIL_ENTITY).select("h1#entity-name").text()).isEqualTo(SVG + " Agency");
        assertThat(page("/events?ids=ev-evil&title=" + enc(SCRIPT)).select("h1").text()).isEqualTo(SCRIPT);
        Document search = page("/search?q=alert");
        assertThat(search.select("#results .result h2 a").eachText()).contains(SCRIPT + " Harmless headline");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndStaticFilesAreServed() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(home.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        for (String path : List.of("/static/style.css", "/static/relations.js", "/static/graph.js",
                "/assets/echarts/5.3.1/dist/echarts.min.js")) {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(200);
            assertThat(r.body()).as(path).isNotBlank();
        }
    }

    /** No script but our own files, no event handler attribute, no SVG, image, frame or javascript: URL. */
    private static void assertNoActiveContent(Document doc) {
        assertThat(doc.select("script").eachAttr("src")).as(doc.location())
                .allMatch(src -> src.startsWith("/static/") || src.startsWith("/assets/"));
        assertThat(doc.select("script:not([src])")).as("inline scripts in " + doc.location()).isEmpty();
        assertThat(doc.select("svg, img, iframe, object, embed, b, style")).as(doc.location()).isEmpty();
        assertThat(doc.select("[style]")).as("style attributes in " + doc.location()).isEmpty();
        List<String> handlers = new ArrayList<>();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                if (a.getKey().toLowerCase().startsWith("on")
                        || a.getValue().strip().toLowerCase().startsWith("javascript:")) {
                    handlers.add(e.tagName() + " " + a.getKey() + "=" + a.getValue());
                }
            }
        }
        assertThat(handlers).as(doc.location()).isEmpty();
    }

    // ------------------------------------------------------------------ helpers

    private Document page(String path) {
        try {
            HttpResponse<String> r = get(path);
            assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
            return Jsoup.parse(r.body(), uri(path).toString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }

    private HttpResponse<String> send(String path) {
        try {
            return get(path);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(path, e);
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return http.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The server's port (for a throwaway harness that looks at the pages in a browser). */
    int port() {
        return server.port();
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static Article article(String id, String outlet, String day, String dateline, String title,
                                   List<String> body, List<String> captions) {
        return new Article(id, "test#" + id, "https://news.example/" + id, outlet, title, false, body, captions, null,
                dateline, day == null ? null : new PublishedDate(day, DateProvenance.JSON_LD), "en", List.of(), null,
                null);
    }

    private static int mention(EntityRegistry registry, String entity, String article, String bodyText, String text,
                               MentionType type, int sentence) {
        int start = bodyText.indexOf(text);
        assertThat(start).as(text).isNotNegative();
        registry.recordMention(entity, article, new Mention(type, text, start, start + text.length(), sentence, text,
                null));
        return start;
    }

    private static EventActor actor(String id, String name, String country, String sector) {
        return new EventActor(id, name, country, sector);
    }

    private static Event event(String id, String article, String bodyText, String sentence, PloverType type,
                               String cameo, String mode, EventStatus status, List<EventActor> source,
                               List<EventActor> target, EventDate date) {
        int start = bodyText.indexOf(sentence);
        return new Event(id, article, type, cameo, mode, "diplomatic", status, cameo, source, target, null, date,
                new Evidence(article, start, start + sentence.length(), sentence), 0.9, null);
    }
}
