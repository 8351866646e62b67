package org.attache.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attache.api.events.PloverType;
import org.attache.api.events.QuadClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;

/**
 * Journeys in headless Chromium over {@link AnalystRoom}: the relationship page (paged, filtered, one row per
 * sentence, the time axis and the cooperation–conflict line), home (top stories by outlets then relevance, no
 * ticker codes, the pairs' week), the feed (by publication date, only items about the followed pair, reasons in
 * names) and the graph (labels inside, legend apart, one mark per country, type and time filters). Expected
 * numbers follow from the generation rule. Saves screenshots at 1,280 and 390 px under {@code target/screenshots/}.
 */
@ExtendWith(ReadingRoomExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystJourneysTest implements WebBackend.Journeys {
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final Dimension PHONE = new Dimension(390, 844);

    AnalystRoom room;
    Browser browser;

    @BeforeAll
    void open(Browser browser) {
        this.browser = browser;
        room = AnalystRoom.start(backend());
    }

    @AfterAll
    void close() {
        if (room != null) {
            room.close();
        }
    }

    @Test
    void relationshipPagesOneRowPerSentenceFiltersAndChartsOnATimeAxis() throws Exception {
        browser.open(room.url("/relations/USA-JPN?limit=10"));
        browser.waitFor(LOAD, () -> browser.find("#relation-chart").getDomAttribute("data-ready") != null);
        shots("relation");
        int rows = AnalystRoom.pairRows();
        assertThat(text("#total")).isEqualTo(String.valueOf(rows));
        assertThat(text("#undated")).isEqualTo("1");
        // the report dated to 1985 comes first in the timeline
        assertThat(rowIds()).hasSize(10).first().isEqualTo("e-ev-year-only-1");
        assertThat(text("#range")).isEqualTo("1–10");
        assertNoSidewaysOverflow();

        // walk the pages: every row once, the sentences naming two counterparts as one row each
        List<String> seen = new ArrayList<>(rowIds());
        int twoCounterparts = coded(2);
        while (!browser.driver().findElements(By.id("next-page")).isEmpty() && seen.size() < 100) {
            click("#next-page");
            seen.addAll(rowIds());
            twoCounterparts += coded(2);
        }
        assertThat(seen).hasSize(rows).doesNotHaveDuplicates();
        assertThat(text("#range")).isEqualTo((rows - rows % 10 + 1) + "–" + rows);
        assertThat(twoCounterparts).isEqualTo(AnalystRoom.REPORTS.stream().filter(r -> r.counterparts() == 2).count());

        browser.open(room.url("/relations/USA-JPN"));
        WebElement first = browser.find("#e-ev-p" + "0".repeat(31) + "-1");
        assertThat(first.findElement(By.cssSelector(".whom")).getText()).contains("Haruto Sato").contains("Yui Tanaka");
        assertThat(first.findElement(By.cssSelector(".who")).getText()).contains("Alex Carter");
        assertThat(first.findElement(By.cssSelector(".type .code")).getText()).isEqualTo("CONSULT");
        assertThat(first.findElement(By.cssSelector(".type .label")).getText()).isEqualTo("meet, visit, hold talks");
        assertThat(first.findElement(By.cssSelector(".cameo .label")).getText()).isNotBlank();
        assertThat(first.findElement(By.cssSelector("abbr.country")).getDomAttribute("title")).isEqualTo("United States");
        assertThat(first.findElement(By.cssSelector("abbr.sector")).getDomAttribute("title")).isEqualTo("government");
        assertThat(text("#year-only .when")).isEqualTo("1985");
        assertThat(text("#year-only .count")).isEqualTo("1");
        assertThat(text("#no-year .when")).isEqualTo("Apr");

        // the axis holds every month from the first to the last dated one, empty months included
        Map<String, List<PloverType>> months = AnalystRoom.monthsOfThePair();
        YearMonth lo = YearMonth.parse(months.keySet().iterator().next());
        YearMonth hi = YearMonth.parse(new ArrayList<>(months.keySet()).getLast());
        browser.waitFor(LOAD, () -> "chart".equals(browser.find("#relation-chart").getDomAttribute("data-ready")));
        assertThat(browser.find("#relation-chart").getDomAttribute("data-axis")).isEqualTo("month");
        assertThat(browser.find("#relation-chart").getDomAttribute("data-buckets"))
                .isEqualTo(String.valueOf(lo.until(hi, java.time.temporal.ChronoUnit.MONTHS) + 1));
        // the line: each month's mean QuadClass weight
        JsonNode api = json("/api/relations/USA-JPN");
        for (JsonNode tone : api.path("tone")) {
            String month = tone.path("month").asText();
            if (month.length() == 4) {
                continue;
            }
            List<PloverType> types = months.get(month);
            double mean = types.stream().mapToInt(t -> QuadClass.of(t).weight()).average().orElseThrow();
            assertThat(tone.path("score").asDouble()).as(month).isEqualTo(Math.round(mean * 100) / 100.0);
            assertThat(tone.path("events").asInt()).as(month).isEqualTo(types.size());
        }
        assertThat(api.path("total").asInt()).isEqualTo(rows);

        // filter by a type from its count, then by dates with the form
        long sanctions = AnalystRoom.REPORTS.stream().filter(r -> r.type() == PloverType.SANCTION).count();
        browser.driver().findElements(By.cssSelector("#type-counts a")).stream()
                .filter(a -> a.getText().startsWith("SANCTION")).findFirst().orElseThrow().click();
        browser.waitFor(LOAD, () -> browser.driver().getCurrentUrl().contains("type=SANCTION"));
        assertThat(text("#total")).isEqualTo(String.valueOf(sanctions));
        assertThat(column("#relation-events td.type .code")).hasSize((int) sanctions).allMatch("SANCTION"::equals);
        browser.open(room.url("/relations/JPN-USA?from=2025-01-01&to=2025-12-31"));
        long since = AnalystRoom.REPORTS.stream().filter(r -> r.date() != null && r.date().start().year() != null
                && r.date().start().month() != null && r.date().start().year() == 2025).count() + 1; // and same-side
        assertThat(text("#total")).isEqualTo(String.valueOf(since));
        assertThat(text("#selection")).contains("2025-01-01 to 2025-12-31");

        // an unknown code is a 404 naming it
        browser.open(room.url("/relations/USA-QQQ"));
        assertThat(browser.driver().getPageSource()).contains("unknown country code QQQ");
        assertThat(http("/api/relations/USA-QQQ").statusCode()).isEqualTo(404);
    }

    @Test
    void homeRanksStoriesByOutletsThenRelevanceWithoutTickersAndDatesTheWeek() {
        browser.open(room.url("/"));
        shots("home");
        List<Object[]> ranked = new ArrayList<>(Arrays.asList(AnalystRoom.STORIES));
        ranked.sort(Comparator.<Object[], Integer>comparing(s -> (Integer) s[1]).reversed()
                .thenComparing(s -> -(Double) s[3]));
        List<String> expected = ranked.stream().map(s -> ((String) s[0]).replace(" <JAPN.T>", "")).toList();
        assertThat(column("#top-stories .story-head").subList(0, 3)).containsExactlyElementsOf(expected);
        assertThat(column("#top-stories .sources").subList(0, 3)).containsExactly(
                ranked.get(0)[1] + " sources", ranked.get(1)[1] + " sources", ranked.get(2)[1] + " sources");
        assertThat(browser.driver().getPageSource()).doesNotContain("JAPN.T");
        assertNoSidewaysOverflow();
        // the newest dated article is the trade report of 2025-02-21
        assertThat(text("#pairs-week")).startsWith("2025-02-15 to 2025-02-21");
        // that week: report 29 (17 Feb), the same-side report (20 Feb), and the article printing no date, which
        // counts by its own clock (stored within the week before the last undated article was)
        assertThat(column("#active-pairs .pair a").getFirst()).isEqualTo("Japan – United States");
        assertThat(column("#active-pairs .pair .count").getFirst()).isEqualTo("3 events");
    }

    @Test
    void feedFollowsThePairByPublicationDateWithReasonsInNames() {
        browser.open(room.url("/relations/USA-JPN"));
        if (browser.find("#follow-button").getText().startsWith("Follow ")) {
            browser.find("#follow-button").click();
            browser.waitFor(LOAD, () -> browser.find("#follow-button").getText().equals("Following"));
        }
        browser.open(room.url("/feed"));
        shots("feed");
        assertNoSidewaysOverflow();
        List<String> titles = new ArrayList<>(column("#feed .feed-item > a"));
        List<String> dates = new ArrayList<>(column("#feed .feed-item time"));
        List<String> reasons = new ArrayList<>(column("#feed .reasons"));
        while (!browser.driver().findElements(By.cssSelector("a[rel=next]")).isEmpty() && titles.size() < 100) {
            click("a[rel=next]");
            titles.addAll(column("#feed .feed-item > a"));
            dates.addAll(column("#feed .feed-item time"));
            reasons.addAll(column("#feed .reasons"));
        }
        // every report with an event between the two, and the article naming a place of each; not the same-side one
        assertThat(titles).hasSize(AnalystRoom.REPORTS.size() + 1).doesNotContain("Joint criticism");
        assertThat(titles.getFirst()).isEqualTo("Trade grows");
        assertThat(titles.getLast()).as("the article without a date comes last").isEqualTo("Report no-year");
        assertThat(dates).hasSize(titles.size() - 1).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(reasons).allMatch("because you follow Japan – United States"::equals);
    }

    @Test
    void graphKeepsLabelsInsideTheLegendApartAndOneMarkPerCountry() {
        Set<String> countries = new LinkedHashSet<>(List.of("USA", "JPN"));
        Arrays.stream(AnalystRoom.VISITORS).forEach(v -> countries.add(v[0]));
        for (Dimension size : List.of(Browser.DESKTOP, PHONE)) {
            browser.driver().manage().window().setSize(size);
            browser.open(room.url("/graph"));
            WebElement graph = drawn();
            assertThat(graph.getDomAttribute("data-countries")).as("countries at %s", size)
                    .isEqualTo(String.valueOf(countries.size()));
            assertThat(graph.getDomAttribute("data-marks")).as("one colour and shape per country")
                    .isEqualTo(String.valueOf(countries.size()));
            assertThat(graph.getDomAttribute("data-overflow")).as("labels outside the canvas at %s", size).isEqualTo("0");
            assertThat(graph.getDomAttribute("data-under-legend")).as("nodes under the legend at %s", size).isEqualTo("0");
            assertThat(browser.horizontalOverflow()).as("sideways overflow at %s: %s", size, wide()).isLessThanOrEqualTo(0);
        }
        // drawn at the desktop size, then narrowed: laid out again in the new width
        browser.driver().manage().window().setSize(Browser.DESKTOP);
        browser.open(room.url("/graph"));
        drawn();
        browser.screenshot("graph-1280", Browser.DESKTOP);
        browser.driver().manage().window().setSize(PHONE);
        browser.waitFor(LOAD, () -> String.valueOf(((Number) browser.script(
                "return document.getElementById('graph').clientWidth")).longValue())
                .equals(browser.find("#graph").getDomAttribute("data-width")));
        assertThat(browser.find("#graph").getDomAttribute("data-overflow")).as("labels outside after narrowing").isEqualTo("0");
        browser.screenshot("graph-390", PHONE);
        browser.driver().manage().window().setSize(Browser.DESKTOP);

        // by type: the people of the sanctions
        Set<String> sanctioned = new HashSet<>(List.of("Alex Carter", "Haruto Sato"));
        if (AnalystRoom.REPORTS.stream().anyMatch(r -> r.type() == PloverType.SANCTION && r.counterparts() == 2)) {
            sanctioned.add("Yui Tanaka");
        }
        browser.open(room.url("/graph?type=SANCTION"));
        assertThat(drawn().getDomAttribute("data-nodes")).isEqualTo(String.valueOf(sanctioned.size()));
        // by time window: January 2025 holds the visitors' meetings (1 January) and the reports of that month
        Set<String> january = new HashSet<>(List.of("Alex Carter"));
        Arrays.stream(AnalystRoom.VISITORS).forEach(v -> january.add(v[1]));
        AnalystRoom.REPORTS.stream().filter(r -> r.type() == PloverType.CONSULT && r.date() != null
                        && r.date().start().year() != null && r.date().start().month() != null
                        && YearMonth.of(r.date().start().year(), r.date().start().month()).equals(YearMonth.of(2025, 1)))
                .forEach(r -> {
                    january.add("Haruto Sato");
                    if (r.counterparts() == 2) {
                        january.add("Yui Tanaka");
                    }
                });
        browser.open(room.url("/graph?from=2025-01-01&to=2025-01-31"));
        assertThat(drawn().getDomAttribute("data-nodes")).isEqualTo(String.valueOf(january.size()));
        assertThat(browser.find("#window-year").getDomAttribute("href")).contains("from=2024-02-22&to=2025-02-21");
    }

    private void assertNoSidewaysOverflow() {
        browser.driver().manage().window().setSize(PHONE);
        try {
            assertThat(browser.horizontalOverflow()).as("sideways overflow at 390 px on %s: %s",
                    browser.driver().getCurrentUrl(), wide()).isLessThanOrEqualTo(0);
        } finally {
            browser.driver().manage().window().setSize(Browser.DESKTOP);
        }
    }

    /** The elements reaching past the viewport's right edge, to name them when a page overflows. */
    private Object wide() {
        return browser.script("const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                + ".filter(e => e.getBoundingClientRect().right > w + 1).slice(0, 8)"
                + ".map(e => e.tagName + '.' + e.className + '#' + e.id + ':' + Math.round(e.getBoundingClientRect().right))"
                + ".join(' ')");
    }

    private WebElement drawn() {
        browser.waitFor(LOAD, () -> "graph".equals(browser.find("#graph").getDomAttribute("data-ready")));
        return browser.find("#graph");
    }

    private void shots(String name) {
        browser.screenshot(name + "-1280", Browser.DESKTOP);
        browser.screenshot(name + "-390", PHONE);
        browser.driver().manage().window().setSize(Browser.DESKTOP);
    }

    private int coded(int n) {
        return browser.driver().findElements(By.cssSelector("#relation-events tr.event[data-coded='" + n + "']")).size();
    }

    private List<String> column(String css) {
        return browser.driver().findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private String text(String css) {
        return browser.find(css).getText();
    }

    private List<String> rowIds() {
        return browser.driver().findElements(By.cssSelector("#relation-events tr.event")).stream()
                .map(e -> e.getDomAttribute("id")).toList();
    }

    private void click(String css) {
        String before = browser.driver().getCurrentUrl();
        browser.find(css).click();
        browser.waitFor(LOAD, () -> !browser.driver().getCurrentUrl().equals(before)
                && "complete".equals(browser.script("return document.readyState")));
    }

    private HttpResponse<String> http(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(room.url(path))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private JsonNode json(String path) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(http(path).body());
    }
}
