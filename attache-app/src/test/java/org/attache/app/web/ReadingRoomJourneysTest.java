package org.attache.app.web;

import org.attache.testkit.RequiresSharedData;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The reading room's journeys in headless Chromium over the seed pages ingested through the CLI: the
 * article page with its four rails, a mention link to the entity's offices, the Vietnam–Singapore
 * relationship page with its chart and events, following a person and seeing the feed, diacritic-blind
 * search, and the meeting graph. Each journey saves desktop and narrow screenshots under
 * {@code target/screenshots/}.
 */
@RequiresSharedData("fixtures/seeds/pages")
@ExtendWith(ReadingRoomExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingRoomJourneysTest implements WebBackend.Journeys {
    private static final Duration CHART_WAIT = Duration.ofSeconds(15);

    ReadingRoom room;
    Browser browser;
    String seed000;
    String seed001;

    @BeforeAll
    void open(ReadingRoom room, Browser browser) {
        this.room = room;
        this.browser = browser;
        seed000 = room.seed000().get("id").asText();
        seed001 = room.seed001().get("id").asText();
    }

    @Test
    void seedArticlePageShowsTheArticleAndItsFourRails() {
        browser.open(room.url("/articles/" + seed000));
        browser.screenshots("article"); // before the assertions, so a failure leaves its picture
        assertThat(browser.find("h1#title").getText()).startsWith("Vietnam always treasures strategic partnership with Singapore");
        assertThat(browser.find("#outlet").getText()).isEqualTo("VNA");
        assertThat(browser.find("#dateline").getDomProperty("textContent")).isEqualTo("Hanoi"); // CSS may capitalise it
        assertThat(browser.find("#published").getText()).isEqualTo("date not printed");
        assertThat(browser.find("#captions").getText()).contains("The talks via videoconference on April 29");
        assertThat(browser.find("#body").getText()).contains("Vivian Balakrishnan").doesNotContain("Related News");
        assertThat(browser.driver().findElements(By.cssSelector("#body a.mention"))).hasSizeGreaterThan(3);
        assertThat(browser.driver().findElements(By.cssSelector("#events .event"))).isNotEmpty();

        assertRail("#rail-related", "Related News", true);
        assertRail("#rail-latest", "Latest News", true);
        assertRail("#rail-more", "More News", true);
        assertRail("#rail-foryou", "For you", false);
        // the other seed shares Lê Hoài Trung, Vivian Balakrishnan, the PAP and both countries
        assertThat(browser.find("#rail-related").findElements(By.cssSelector("a[href='/articles/" + seed001 + "']")))
                .as("seed 001 among the related articles").isNotEmpty();
        assertThat(browser.find("#rail-related").findElements(By.cssSelector("a[href='/articles/" + seed000 + "']")))
                .as("the article itself is not related to itself").isEmpty();
        assertNoSidewaysOverflow();
    }

    @Test
    void mentionLinkLeadsToTheMinistersOffices() {
        browser.open(room.url("/articles/" + seed000));
        WebElement mention = browser.find("#body").findElements(By.cssSelector("a.mention")).stream()
                .filter(a -> a.getText().equals("Vivian Balakrishnan")).findFirst()
                .orElseThrow(() -> new AssertionError("no mention link reads Vivian Balakrishnan"));
        mention.click();
        browser.waitFor(Duration.ofSeconds(10), () -> browser.driver().getCurrentUrl().contains("/entities/"));
        assertThat(browser.find("h1#entity-name").getText()).isEqualTo("Vivian Balakrishnan");
        browser.screenshots("entity"); // before the assertions, so a failure leaves its picture
        List<String> offices = browser.find("#offices").findElements(By.cssSelector(".office")).stream()
                .map(WebElement::getText).toList();
        assertThat(offices).anySatisfy(o -> assertThat(o).contains("Minister of Foreign Affairs"));
        // each office links to the sentence it was read from
        assertThat(browser.find("#offices").findElements(By.cssSelector(".office a[href^='/articles/']"))).isNotEmpty();
        assertNoSidewaysOverflow();
    }

    @Test
    void relationPageDrawsTheChartAndListsTheSeedEvents() {
        browser.open(room.url("/relations/VNM-SGP"));
        assertThat(browser.find("h1").getText()).contains("Vietnam").contains("Singapore");
        browser.waitFor(CHART_WAIT, () -> browser.find("#relation-chart").getDomAttribute("data-ready") != null);
        browser.screenshots("relation"); // before the assertions, so a failure leaves its picture
        if ("chart".equals(browser.find("#relation-chart").getDomAttribute("data-ready"))) {
            assertThat(seriesPoints("relation-chart")).as("bars in the chart").isPositive();
        } else {
            // nothing dated to a month with its year: no time axis, and the reports without a year are listed apart
            assertThat(browser.find("#relation-chart").getDomAttribute("data-ready")).isEqualTo("empty");
        }

        List<WebElement> rowElements = browser.find("#relation-events").findElements(By.cssSelector("tr.event"));
        List<String> rows = rowElements.stream().map(r -> r.getText().toLowerCase(Locale.ROOT)).toList();
        assertThat(rows).hasSize(Integer.parseInt(browser.find("#total").getText()));
        // one row per sentence, type and date: a sentence naming several counterparts is not repeated
        assertThat(rowElements.stream().map(r -> r.findElement(By.cssSelector(".evidence .sentence")).getText() + "|"
                + r.findElement(By.cssSelector(".type .code")).getText() + "|" + r.findElement(By.cssSelector(".date"))
                .getText()).toList()).doesNotHaveDuplicates();
        assertThat(rows).as("the video talks of April 29, year unknown")
                .anySatisfy(r -> assertThat(r).contains("--04-29").contains("consult").contains("video"));
        assertThat(browser.find("#no-year").getText()).as("the months without a year, apart from the axis")
                .contains("Apr").contains("Jan");
        assertThat(rows).as("the January visit")
                .anySatisfy(r -> assertThat(r).contains("--01-07").contains("visit"));
        assertThat(rows).as("the phone talks, undated")
                .anySatisfy(r -> assertThat(r).contains("date unknown").contains("phone"));
        assertThat(browser.find("#people-a").getText() + browser.find("#people-b").getText())
                .contains("Vivian Balakrishnan").contains("Lê Hoài Trung");
        assertNoSidewaysOverflow();
    }

    @Test
    void followingTheMinisterPutsHisArticlesInTheFeed() {
        JsonNode vivian = room.getJson("/api/entities?q=Vivian%20Balakrishnan").get("items").get(0);
        assertThat(vivian.get("name").asText()).isEqualTo("Vivian Balakrishnan");
        browser.open(room.url("/entities/" + vivian.get("id").asText()));
        WebElement button = browser.find("#follow-button");
        if (!button.getText().startsWith("Following")) {
            button.click();
            browser.waitFor(Duration.ofSeconds(10), () -> browser.find("#follow-button").getText().startsWith("Following"));
        }
        assertThat(browser.driver().getCurrentUrl()).as("back on his page after following")
                .contains("/entities/" + vivian.get("id").asText());

        browser.open(room.url("/feed"));
        browser.screenshots("feed"); // before the assertions, so a failure leaves its picture
        List<WebElement> items = browser.find("#feed").findElements(By.cssSelector(".feed-item"));
        assertThat(items).isNotEmpty();
        assertThat(items).as("a seed article listed because of him").anySatisfy(item -> {
            assertThat(item.findElements(By.cssSelector("a[href='/articles/" + seed000 + "'], a[href='/articles/"
                    + seed001 + "']"))).isNotEmpty();
            assertThat(item.getText()).contains("Vivian Balakrishnan");
        });
        assertThat(browser.find("a[href^='/feed.atom']").getText()).isNotBlank();

        // and the article page's "For you" rail now has something
        browser.open(room.url("/articles/" + seed001));
        assertThat(browser.find("#rail-foryou").findElements(By.cssSelector("a[href^='/articles/']"))).isNotEmpty();
        browser.open(room.url("/feed"));
        assertNoSidewaysOverflow();
    }

    @Test
    void searchWithoutDiacriticsFindsTheSeedThatPrintsThem() {
        browser.open(room.url("/search"));
        WebElement box = browser.find("form#search input[name=q]");
        box.sendKeys("Le Hoai Trung");
        browser.find("form#search button[type=submit]").click();
        browser.waitFor(Duration.ofSeconds(10), () -> browser.driver().getCurrentUrl().contains("q="));
        browser.screenshots("search"); // before the assertions, so a failure leaves its picture
        List<WebElement> results = browser.find("#results").findElements(By.cssSelector(".result"));
        assertThat(results).as("both seeds name him").hasSizeGreaterThanOrEqualTo(2);
        WebElement hit = results.stream()
                .filter(r -> !r.findElements(By.cssSelector("a[href='/articles/" + seed001 + "']")).isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("seed 001 (Lê Hoài Trung) not among the results"));
        List<String> marked = hit.findElements(By.cssSelector("mark")).stream().map(WebElement::getText).toList();
        assertThat(marked).as("highlighted words in seed 001's snippet").isNotEmpty()
                .anySatisfy(m -> assertThat(m).containsAnyOf("Lê", "Hoài", "Trung"));
        assertThat(browser.find("#facets").findElements(By.cssSelector("a"))).isNotEmpty();
        assertNoSidewaysOverflow();
    }

    @Test
    void graphPageDrawsTheMeetings() {
        browser.open(room.url("/graph"));
        browser.waitFor(CHART_WAIT, () -> !browser.driver()
                .findElements(By.cssSelector("#graph canvas, #graph svg")).isEmpty());
        browser.waitFor(CHART_WAIT, () -> seriesPoints("graph") > 0);
        browser.screenshots("graph"); // before the assertions, so a failure leaves its picture
        assertThat(seriesPoints("graph")).as("people who met in the seeds").isGreaterThanOrEqualTo(4);
        assertNoSidewaysOverflow();
    }

    @Test
    void homePageListsTheLatestArticlesAndActivePairs() {
        browser.open(room.url("/"));
        browser.screenshots("home"); // before the assertions, so a failure leaves its picture
        assertThat(browser.find("#latest").findElements(By.cssSelector("a[href^='/articles/']"))).hasSizeGreaterThanOrEqualTo(4);
        browser.find("#top-stories");
        assertThat(browser.find("#active-pairs").findElements(By.cssSelector("a[href='/relations/SGP-VNM'], a[href='/relations/VNM-SGP']")))
                .as("Vietnam–Singapore among the active pairs").isNotEmpty();
        assertThat(browser.driver().findElements(By.cssSelector("nav a")).stream().map(WebElement::getText).toList())
                .contains("Home", "Search", "Graph", "Feed");
        assertNoSidewaysOverflow();
    }

    private void assertRail(String css, String heading, boolean items) {
        WebElement rail = browser.find(css);
        assertThat(rail.findElement(By.tagName("h2")).getDomProperty("textContent").strip()).isEqualTo(heading);
        assertThat(rail.isDisplayed()).isTrue();
        if (items) {
            assertThat(rail.findElements(By.cssSelector("a[href^='/articles/']"))).as(heading + " items").isNotEmpty();
        }
    }

    /** Data points in the first series of the echarts instance on the element (bars or graph nodes), -1 without one. */
    private long seriesPoints(String elementId) {
        Object n = browser.script("""
                const el = document.getElementById(arguments[0]);
                if (!window.echarts || !el) return -1;
                const chart = echarts.getInstanceByDom(el);
                if (!chart) return -1;
                const series = chart.getOption().series || [];
                let n = 0;
                for (const s of series) { n += (s.data || s.nodes || []).filter(v => v !== null && v !== 0 && v !== '-').length; }
                return n;
                """, elementId);
        return ((Number) n).longValue();
    }

    /** At 375 px nothing sticks out sideways (the page-level scroll width stays the viewport's). */
    private void assertNoSidewaysOverflow() {
        browser.driver().manage().window().setSize(Browser.NARROW);
        try {
            assertThat(browser.horizontalOverflow()).as("sideways overflow at 375 px on " + browser.driver().getCurrentUrl())
                    .isLessThanOrEqualTo(0);
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }
}
