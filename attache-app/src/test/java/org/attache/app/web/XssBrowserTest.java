package org.attache.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Proof that article text cannot run in the reader's browser. Two hostile pages (test resources
 * {@code xss/}: a text dump and an HTML page whose title, captions, body, rail headlines and canonical
 * link carry script tags, {@code onerror}/{@code onload} handlers, {@code javascript:} links, attribute
 * break-outs and a {@code </script>} meant to end a JSON block) are ingested through the CLI; every page
 * that shows their text is opened in headless Chromium, which must end with {@code window.__xss}
 * undefined, no alert, no live handler or {@code javascript:} link in the DOM, and the payloads readable
 * as text. The server's HTML must carry them escaped (so the proof does not rest on the CSP alone), and
 * every response must carry the Content-Security-Policy.
 */
@ExtendWith(ReadingRoomExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssBrowserTest implements WebBackend.Journeys {
    /** Payloads as they appear in the pages' text; none may reach the HTML unescaped. */
    static final List<String> PAYLOADS = List.of(
            "<script>window.__xss=1</script>",
            "<img src=x onerror=\"window.__xss=1",
            "<svg onload=\"window.__xss=1\">",
            "<a href=\"javascript:window.__xss=1\">x</a>",
            "\"><script>window.__xss=1</script>",
            "</script><script>window.__xss=1</script>");

    ReadingRoom room;
    Browser browser;
    String textArticle;
    String htmlArticle;

    @BeforeAll
    void open(ReadingRoom room, Browser browser) {
        this.room = room;
        this.browser = browser;
        textArticle = room.article("the hostile text page", a -> a.path("title").asText().startsWith("Chile and Peru sign port deal"))
                .get("id").asText();
        htmlArticle = room.article("the hostile HTML page", a -> a.path("title").asText().startsWith("Bolivia and Paraguay"))
                .get("id").asText();
    }

    @Test
    void articlePagesShowEveryPayloadAsTextAndRunNone() {
        for (String id : List.of(textArticle, htmlArticle)) {
            String path = "/articles/" + id;
            assertInert(path);
            String title = browser.find("h1#title").getText();
            assertThat(title).containsAnyOf("<script>window.__xss=1</script>", "<img src=x onerror=\"window.__xss=1\">");
            String text = browser.find("#captions").getText() + "\n" + browser.find("#body").getText();
            assertThat(text).contains("<script>window.__xss=1</script>", "<svg onload=\"window.__xss=1\">",
                    "<a href=\"javascript:window.__xss=1\">x</a>", "\"><script>window.__xss=1</script>",
                    "</script><script>window.__xss=1</script>");
            String html = room.get(path).body();
            assertThat(html).contains("&lt;script&gt;window.__xss=1&lt;/script&gt;");
        }
        assertThat(browser.find("#captions").getText()).contains("<script>window.__xss=1</script>");
        browser.screenshots("xss-article");
    }

    @Test
    void searchResultsEscapeTheSnippets() {
        for (String q : List.of("shipping costs", "frank and constructive", "Arica", "soybeans", "rail link",
                "port workers", "window")) {
            String path = "/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
            assertInert(path);
            List<WebElement> results = browser.driver().findElements(By.cssSelector("#results .result"));
            if (!q.equals("port workers")) { // a rail headline only, not an article
                assertThat(results).as("results for " + q).isNotEmpty();
            }
            // only the store's highlighting may be markup inside a snippet
            Object foreign = browser.script("return [...document.querySelectorAll('#results .snippet *')]"
                    + ".filter(e => e.tagName !== 'MARK').map(e => e.tagName)");
            assertThat((List<?>) foreign).as("elements other than <mark> in snippets for " + q).isEmpty();
        }
        assertInert("/search?q=" + URLEncoder.encode("shipping costs", StandardCharsets.UTF_8));
        assertThat(browser.find("#results").getText()).contains("<script>window.__xss=1</script>");
        browser.screenshots("xss-search");
    }

    @Test
    void entityRelationGraphAndHomePagesRunNothing() {
        Set<String> entityIds = new LinkedHashSet<>();
        for (String id : List.of(textArticle, htmlArticle)) {
            JsonNode article = room.getJson("/api/articles/" + id);
            article.path("mentions").forEach(m -> entityIds.add(m.path("entity_id").asText()));
        }
        assertThat(entityIds).as("entities named in the hostile pages").isNotEmpty();
        for (String entity : entityIds.stream().limit(8).toList()) {
            assertInert("/entities/" + entity);
        }
        for (String path : List.of("/", "/relations/CHL-PER", "/relations/BOL-PRY", "/graph",
                "/graph?level=country", "/events?country=CHL")) {
            assertInert(path);
        }
        if (room.hasSeeds()) { // seed 000's rails (Latest, More from VNA) list the hostile titles
            assertInert("/articles/" + room.seed000().get("id").asText());
        }
    }

    @Test
    void feedOfAFollowedEntityRunsNothing() {
        JsonNode quispe = room.getJson("/api/entities?q=Tomas%20Quispe").get("items").get(0);
        browser.open(room.url("/entities/" + quispe.get("id").asText()));
        WebElement button = browser.find("#follow-button");
        if (!button.getText().startsWith("Following")) {
            button.click();
            browser.waitFor(Duration.ofSeconds(10), () -> browser.find("#follow-button").getText().startsWith("Following"));
        }
        assertInert("/feed");
        assertThat(browser.find("#feed").getText()).contains("<script>window.__xss=1</script>");
        HttpResponse<String> atom = room.get("/feed.atom");
        assertThat(atom.statusCode()).isEqualTo(200);
        assertNoRawPayload("/feed.atom", atom.body());
        assertThat(atom.body()).contains("&lt;script&gt;window.__xss=1&lt;/script&gt;");
    }

    @Test
    void everyResponseCarriesTheContentSecurityPolicy() {
        List<String> paths = new ArrayList<>(List.of("/", "/articles/" + textArticle, "/search?q=port", "/graph",
                "/feed", "/api/articles", "/api/search?q=port", "/api/openapi.yaml", "/static/style.css",
                "/no/such/page", "/api/no-such-endpoint"));
        for (String path : paths) {
            HttpResponse<String> response = room.get(path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse(null);
            assertThat(csp).as("CSP on " + path).isNotNull()
                    .contains("default-src 'self'", "script-src 'self'", "object-src 'none'", "base-uri 'none'",
                            "frame-ancestors 'none'")
                    .doesNotContain("unsafe-inline", "unsafe-eval");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).as("nosniff on " + path).contains("nosniff");
        }
    }

    /**
     * Opens the page and checks that nothing ran: no {@code window.__xss}, not the HTML page's own script,
     * no alert, no inline handler, {@code javascript:} URL or script carrying a payload in the DOM, JSON
     * data blocks intact, and the server's HTML free of raw payloads.
     */
    private void assertInert(String path) {
        HttpResponse<String> response = room.get(path);
        assertThat(response.statusCode()).as("GET " + path).isEqualTo(200);
        assertNoRawPayload(path, response.body());
        browser.open(room.url(path));
        // give scripts (charts, graph) a moment to run and any injected handler a chance to fire
        browser.script("return new Promise(r => setTimeout(r, 300))");
        assertThat(browser.openAlert()).as("alert open on " + path).isNull();
        assertThat(browser.script("return window.__xss === undefined")).as("window.__xss on " + path).isEqualTo(true);
        assertThat(browser.script("return window.__pageScriptRan === undefined")).as("page script on " + path).isEqualTo(true);
        Object live = browser.script("""
                const bad = [];
                for (const e of document.querySelectorAll('*')) {
                  for (const a of e.attributes) {
                    const v = a.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
                    if (a.name.startsWith('on') || v.startsWith('javascript:') || v.startsWith('data:text/html'))
                      bad.push(e.tagName + ' ' + a.name + '=' + a.value);
                  }
                }
                for (const s of document.scripts) {
                  if (s.type !== 'application/json' && s.text.includes('__xss')) bad.push('script ' + s.text);
                }
                return bad;
                """);
        assertThat((List<?>) live).as("live markup from article text on " + path).isEmpty();
        Object brokenJson = browser.script("""
                const bad = [];
                for (const s of document.querySelectorAll('script[type="application/json"]')) {
                  try { JSON.parse(s.textContent); } catch (e) { bad.push(s.id + ': ' + e.message); }
                }
                return bad;
                """);
        assertThat((List<?>) brokenJson).as("JSON data blocks broken on " + path).isEmpty();
        // chart and graph tooltips are built as HTML by echarts: show each one, then look again
        browser.script("""
                if (!window.echarts) return;
                for (const el of document.querySelectorAll('#graph, #relation-chart')) {
                  const chart = echarts.getInstanceByDom(el);
                  if (!chart) continue;
                  (chart.getOption().series || []).forEach((s, si) => {
                    const n = (s.data || s.nodes || []).length;
                    for (let i = 0; i < Math.min(n, 50); i++) chart.dispatchAction({type: 'showTip', seriesIndex: si, dataIndex: i});
                  });
                }
                """);
        assertThat(browser.script("return window.__xss === undefined")).as("window.__xss after tooltips on " + path)
                .isEqualTo(true);
        assertThat(browser.openAlert()).as("alert open after tooltips on " + path).isNull();
    }

    /** The raw response must not hold any payload as markup (text between tags may keep its quotes). */
    private static void assertNoRawPayload(String path, String body) {
        for (String payload : PAYLOADS) {
            int at = body.indexOf(payload);
            if (at >= 0) {
                throw new AssertionError("raw payload " + payload + " in " + path + ": …"
                        + body.substring(Math.max(0, at - 200), Math.min(body.length(), at + payload.length() + 100)) + "…");
            }
        }
    }
}
