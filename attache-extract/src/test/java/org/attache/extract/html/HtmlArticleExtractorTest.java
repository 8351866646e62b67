package org.attache.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.RailLink;
import org.junit.jupiter.api.Test;

class HtmlArticleExtractorTest {
    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    static String fixture(String name) throws IOException {
        try (InputStream in = HtmlArticleExtractorTest.class.getResourceAsStream("/html/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void keepsBodyHeadingsAndListItemsInReadingOrder() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("article-basic.html"), "https://lantern.example/story/library");
        assertThat(x.paragraphs()).containsExactly(
                "The small harbour town of Pellowick opened a floating library on Tuesday, moored beside the old "
                        + "fish market, where residents can borrow books, maps and sea charts.",
                "Volunteers spent two winters converting the barge, replacing its engine room with reading benches "
                        + "and a children's corner that smells, they say, of varnish and salt.",
                "A library that travels",
                "In summer the barge will visit three neighbouring villages, staying a week in each, so that readers "
                        + "along the coast can return books without crossing the estuary.",
                "Opening hours are from nine until dusk.",
                "Membership is free for residents of the district.",
                "\"We wanted the library to go where the people are,\" said the harbour master, who donated the "
                        + "mooring fees for the first year.");
    }

    @Test
    void dropsNavigationShareNewsletterCommentsAndFooter() throws IOException {
        String body = HtmlArticleExtractor.bodyText(extractor.extract(fixture("article-basic.html"), null));
        assertThat(body).doesNotContain("Share this story", "newsletter", "grandchildren", "Copyright",
                "World news", "By Mira Quell", "Harbour town opens floating library");
    }

    @Test
    void railsBecomeLinksNotBody() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("article-basic.html"), "https://lantern.example/story/library");
        assertThat(HtmlArticleExtractor.bodyText(x)).doesNotContain("Lighthouse museum", "ferry timetable");
        assertThat(x.links()).containsExactly(
                new RailLink("Related News", "Lighthouse museum doubles its visitor numbers", "14:05", "2024-02-20",
                        "Culture", "https://lantern.example/2024/02/20/lighthouse-museum"),
                new RailLink("Related News", "Winter ferry timetable extended to weekends", "08:40", "2024-01-11",
                        "Coast", "https://lantern.example/2024/01/11/ferry-timetable"));
    }

    @Test
    void captionsWithoutPhotoCredit() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("article-basic.html"), null);
        assertThat(x.captions()).containsExactly("The converted barge at its mooring, painted in the town's colours.");
        assertThat(HtmlArticleExtractor.bodyText(x)).doesNotContain("converted barge at its mooring");
    }

    @Test
    void creditPhrasesAreStrippedFromCaptionText() {
        assertThat(BlockCollector.stripCredit("Boats in the bay at dawn. (Photo: A. Person/Agency)"))
                .isEqualTo("Boats in the bay at dawn.");
        assertThat(BlockCollector.stripCredit("Boats in the bay at dawn. Credit: A. Person"))
                .isEqualTo("Boats in the bay at dawn.");
        assertThat(BlockCollector.stripCredit("Boats in the bay at dawn © Agency")).isEqualTo("Boats in the bay at dawn");
    }

    @Test
    void metadataFromJsonLdAndOpenGraph() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("article-basic.html"), null);
        assertThat(x.title()).isEqualTo("Harbour town opens floating library");
        assertThat(x.outlet()).isEqualTo("The Daily Lantern");
        assertThat(x.language()).isEqualTo("en");
        assertThat(x.byline()).isEqualTo("Mira Quell");
        assertThat(x.published()).isEqualTo(new PublishedDate("2024-03-05T09:30:00Z", DateProvenance.JSON_LD));
    }

    @Test
    void outletFallsBackToJsonLdPublisher() throws IOException {
        String html = fixture("article-basic.html").replace("<meta property=\"og:site_name\" content=\"The Daily Lantern\">", "");
        assertThat(extractor.extract(html, null).outlet()).isEqualTo("Lantern Media Group");
    }

    @Test
    void titleFromTitleTagLosesSiteSuffix() {
        HtmlExtraction x = extractor.extract("<html><head><title>Tides reach record height | Coast Weekly</title></head>"
                + "<body><p>Short.</p></body></html>", null);
        assertThat(x.title()).isEqualTo("Tides reach record height");
    }

    @Test
    void metaDateWins() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("date-meta.html"), "https://echo.example/2020/01/02/fete");
        assertThat(x.published()).isEqualTo(new PublishedDate("2023-07-14T18:02:00+02:00", DateProvenance.META));
        assertThat(x.language()).isEqualTo("fr");
        assertThat(x.byline()).isEqualTo("Odile Brun");
        assertThat(x.title()).isEqualTo("Fête au village");
    }

    @Test
    void timeElementInsideTheArticle() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("date-time-element.html"), null);
        assertThat(x.published()).isEqualTo(new PublishedDate("2022-10-21T16:45", DateProvenance.TIME_ELEMENT));
        assertThat(x.paragraphs()).hasSize(2);
    }

    @Test
    void urlDateIsTheLastResort() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("date-only-in-rail.html"), "https://farm.example/2019/11/26/pears");
        assertThat(x.published()).isEqualTo(new PublishedDate("2019-11-26", DateProvenance.URL));
    }

    @Test
    void datesOnlyInARelatedListAreNotThePublicationDate() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("date-only-in-rail.html"), null);
        assertThat(x.published()).isNull();
        assertThat(x.paragraphs()).hasSize(3);
        assertThat(x.links()).extracting(RailLink::rail).containsOnly("Latest News");
        assertThat(x.links()).extracting(RailLink::date).containsExactly("2021-05-02", "2021-04-28");
    }

    @Test
    void bodySplitIntoChunksIsReadWhole() throws IOException {
        HtmlExtraction x = extractor.extract(fixture("split-body.html"), null);
        assertThat(x.paragraphs()).hasSize(4);
        assertThat(HtmlArticleExtractor.bodyText(x)).doesNotContain("Advertisement");
    }

    @Test
    void jsonLdBodyIsUsedWhenTheDomPickMissesTheArticle() {
        String story = "The regional choir won the national contest on Saturday with a programme of old sea songs. ".repeat(8);
        String html = "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + story + "\"}</script></head><body><div><p>" + "Subscribe now for unlimited access to every page. ".repeat(6)
                + "</p></div></body></html>";
        assertThat(HtmlArticleExtractor.bodyText(extractor.extract(html, null))).contains("regional choir");
    }

    @Test
    void whitespaceIsFoldedAndTextIsNfc() {
        HtmlExtraction x = extractor.extract("<html><body><article><p>Cafe\u0301   au\n\t lait, served   warm at the "
                + "corner shop every morning before the market opens.</p></article></body></html>", null);
        assertThat(x.paragraphs()).containsExactly(
                "Caf\u00e9 au lait, served warm at the corner shop every morning before the market opens.");
    }

    @Test
    void inlineRelatedTeasersAreNotBody() {
        String prose = "<p>The council approved the new cycle lanes after a long evening debate, with a narrow majority of two votes.</p>";
        HtmlExtraction x = extractor.extract("<html><body><article>" + prose
                + "<p>Related: <a href=\"/other\">Bus fares to rise again in the spring</a></p>" + prose.replace("council", "mayor")
                + "</article></body></html>", null);
        assertThat(HtmlArticleExtractor.bodyText(x)).doesNotContain("Bus fares").contains("mayor approved");
    }

    @Test
    void emptyAndNullInputGiveEmptyExtraction() {
        assertThat(extractor.extract(null, null).paragraphs()).isEmpty();
        assertThat(extractor.extract("", "not a url").paragraphs()).isEmpty();
    }
}
