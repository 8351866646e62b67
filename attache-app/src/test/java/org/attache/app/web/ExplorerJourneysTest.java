package org.attache.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.attache.app.export.ExportFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Journeys in headless Chromium over a store of generated articles ({@link GeneratedRoom}): the events
 * explorer, paged and filtered by clicks and the form, and the index pages. The expected counts follow from the
 * generation rule. Saves desktop and narrow screenshots under {@code target/screenshots/}.
 */
@ExtendWith(ReadingRoomExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerJourneysTest implements WebBackend.Journeys {
    private static final Duration LOAD = Duration.ofSeconds(10);

    GeneratedRoom room;
    Browser browser;

    @BeforeAll
    void open(Browser browser) {
        this.browser = browser;
        room = GeneratedRoom.start(backend());
    }

    @AfterAll
    void close() {
        if (room != null) {
            room.close();
        }
    }

    @Test
    void explorerPagesAPairFiltersByTypeAndTextAndOffersEveryExportFormat() {
        browser.open(room.url("/events?country=USA&country=JPN&limit=10"));
        browser.screenshots("events");
        long pair = GeneratedRoom.count(i -> i < 24);
        assertThat(text("#total")).isEqualTo(String.valueOf(pair));
        assertThat(text("#range")).isEqualTo("1–10");
        assertThat(rowIds()).hasSize(10).first().isEqualTo("e-gev000");
        assertThat(browser.driver().findElements(By.cssSelector("#type-counts .type-count")).stream()
                .map(WebElement::getText).toList())
                .containsExactly("AGREE " + GeneratedRoom.count(i -> i < 24 && i % 3 == 1),
                        "CONSULT " + GeneratedRoom.count(i -> i < 24 && i % 3 == 0),
                        "REQUEST " + GeneratedRoom.count(i -> i < 24 && i % 3 == 2));

        click("#next-page");
        assertThat(text("#range")).isEqualTo("11–20");
        assertThat(rowIds()).hasSize(10).first().isEqualTo("e-gev010");
        click("#next-page");
        assertThat(text("#range")).isEqualTo("21–24");
        assertThat(rowIds()).containsExactly("e-gev020", "e-gev021", "e-gev022", "e-gev023");
        assertThat(browser.driver().findElements(By.id("next-page"))).isEmpty();

        browser.driver().findElements(By.cssSelector("#type-counts a")).getFirst().click();
        browser.waitFor(LOAD, () -> browser.driver().getCurrentUrl().contains("type=AGREE"));
        assertThat(browser.driver().getCurrentUrl()).doesNotContain("cursor=");
        assertThat(text("#total")).isEqualTo(String.valueOf(GeneratedRoom.count(i -> i < 24 && i % 3 == 1)));
        assertThat(browser.driver().findElements(By.cssSelector("#event-list td.type .code")).stream().map(WebElement::getText)
                .toList()).isNotEmpty().allMatch("AGREE"::equals);

        WebElement text = browser.find("#event-filters input[name=text]");
        text.sendKeys("round 1");
        text.submit();
        browser.waitFor(LOAD, () -> browser.driver().getCurrentUrl().contains("text=round"));
        long expected = GeneratedRoom.count(i -> i < 24 && i % 3 == 1 && ("round " + i + ".").contains("round 1"));
        assertThat(text("#total")).isEqualTo(String.valueOf(expected));
        assertThat(rowIds()).hasSize((int) expected);
        assertThat(text("#selection")).contains("United States – Japan").contains("type AGREE")
                .contains("evidence containing “round 1”");
        // the shared link reproduces the selection
        String share = browser.find("#share").getDomAttribute("href");
        browser.open(room.url(share));
        assertThat(text("#total")).isEqualTo(String.valueOf(expected));

        List<String> formats = browser.driver().findElements(By.cssSelector("#export .export")).stream()
                .map(e -> e.getDomAttribute("data-format")).toList();
        assertThat(formats).as("every format of attache export")
                .containsExactlyElementsOf(Arrays.stream(ExportFormat.values()).map(ExportFormat::label).toList());
        assertThat(text("#export .export[data-format=jsonl] code"))
                .contains("--country USA --country JPN --type AGREE --text 'round 1'");
        assertNoSidewaysOverflow();
    }

    @Test
    void indexesListEntitiesPairsAndStoriesInTheirOrderAndSearchAsYouType() {
        browser.open(room.url("/"));
        browser.find("nav a[href='/entities']").click();
        browser.waitFor(LOAD, () -> browser.driver().getCurrentUrl().endsWith("/entities"));
        browser.screenshots("entities");
        // mentions: the US leader is in every US event, Japan's in every Japanese one, China's in every Chinese one
        assertThat(column("#entity-list .name")).containsExactly("Alex Carter", "Haruto Sato", "Li Wei");
        assertThat(column("#entity-list .mentions")).containsExactly(
                String.valueOf(GeneratedRoom.count(i -> i < 32)), String.valueOf(GeneratedRoom.count(i -> i < 24 || i >= 32)),
                String.valueOf(GeneratedRoom.count(i -> i >= 24)));
        browser.find("#entity-q").sendKeys("SAT");
        browser.waitFor(LOAD, () -> column("#entity-list .name").equals(List.of("Haruto Sato")));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/entities?q=SAT");
        assertThat(text("#total")).isEqualTo("1");
        assertNoSidewaysOverflow();

        browser.find("nav a[href='/pairs']").click();
        browser.waitFor(LOAD, () -> browser.driver().getCurrentUrl().endsWith("/pairs"));
        browser.screenshots("pairs");
        assertThat(column("#pair-list .label")).containsExactly("Japan – United States", "China – United States",
                "China – Japan");
        assertThat(column("#pair-list .events")).containsExactly(String.valueOf(GeneratedRoom.count(i -> i < 24)),
                String.valueOf(GeneratedRoom.count(i -> i >= 24 && i < 32)), String.valueOf(GeneratedRoom.count(i -> i >= 32)));
        click("#pair-list .events a");
        assertThat(text("#total")).isEqualTo(String.valueOf(GeneratedRoom.count(i -> i < 24)));
        assertNoSidewaysOverflow();

        browser.open(room.url("/stories?order=recent&limit=10"));
        browser.screenshots("stories");
        assertThat(text("#total")).isEqualTo(String.valueOf(GeneratedRoom.ARTICLES));
        // the last event happened on 4 April (reported on the 5th)
        assertThat(column("#story-list .days")).hasSize(10).first().isEqualTo("2025-04-04");
        click("#next-page");
        assertThat(text("#range")).isEqualTo("11–20");
        assertThat(column("#story-list .days").getFirst()).isEqualTo("2025-03-25");
        assertNoSidewaysOverflow();
    }

    @Test
    void storyDatesContainTheReportsAndEntityDatesComeFromArticles() {
        browser.open(room.url("/stories?order=recent"));
        click("#story-list .headline a");
        browser.screenshots("story");
        // round 35: the talks of 4 April, reported on 5 April
        assertThat(text("#story-dates .happened")).isEqualTo("2025-04-04");
        assertThat(text("#story-dates .reported")).isEqualTo("2025-04-05");
        assertThat(text("#story-counts .when")).isEqualTo("2025-04-04 – 2025-04-05");
        String reportDay = browser.find("#story-reports time").getDomAttribute("datetime");
        assertThat(reportDay).isBetween("2025-04-04", "2025-04-05");

        click("#story-events .who a");
        assertThat(text("h1#entity-name")).isEqualTo("Li Wei");
        // Li Wei is in rounds 24 to 35, published from 25 March to 5 April
        assertThat(text("#entity-seen")).isEqualTo("first seen 2025-03-25, last seen 2025-04-05");
        assertThat(text(".page-head .country")).isEqualTo("China");
        assertThat(browser.driver().findElements(By.cssSelector("#timeline abbr.country")).stream()
                .map(e -> e.getDomAttribute("title")).distinct().sorted().toList())
                .containsExactly("China", "Japan", "United States");
        assertNoSidewaysOverflow();
    }

    @Test
    void copiesOfAReportShowOnceInSearchAndRails() {
        browser.open(room.url("/search?q=" + "round%2035"));
        browser.screenshots("search-copies");
        List<WebElement> results = browser.driver().findElements(By.cssSelector("#results .result"));
        assertThat(results).as("the report and its two reprints as one result").hasSize(1);
        assertThat(results.getFirst().findElement(By.cssSelector(".copies")).getText()).isEqualTo("+2 copies");
        click("#results .result h2 a");
        assertThat(browser.driver().findElements(By.cssSelector(".rails a")).stream()
                .map(a -> a.getText()).toList()).as("no copy of the article beside it")
                .noneMatch(t -> t.startsWith("Round 35:"));
        browser.open(room.url("/articles/" + String.format("g%031d", 34)));
        List<WebElement> latest = browser.driver().findElements(By.cssSelector("#rail-latest li"));
        assertThat(latest.stream().filter(li -> li.getText().startsWith("Round 35:")).toList()).hasSize(1)
                .allSatisfy(li -> assertThat(li.getText()).contains("+2 copies"));
    }

    private List<String> column(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String text(String css) {
        return browser.find(css).getText();
    }

    private List<String> rowIds() {
        return browser.driver().findElements(By.cssSelector("#event-list tr.event")).stream()
                .map(e -> e.getDomAttribute("id")).toList();
    }

    private void click(String css) {
        String before = browser.driver().getCurrentUrl();
        browser.find(css).click();
        browser.waitFor(LOAD, () -> !browser.driver().getCurrentUrl().equals(before)
                && "complete".equals(browser.script("return document.readyState")));
    }

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
