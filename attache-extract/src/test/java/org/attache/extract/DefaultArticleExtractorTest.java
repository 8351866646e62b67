package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.DateProvenance;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.PublishedDate;
import org.attache.extract.text.Fixtures;
import org.junit.jupiter.api.Test;

class DefaultArticleExtractorTest {
    private static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor();

    private static Article text(String fixture, PageHints hints) throws ExtractionException {
        return EXTRACTOR.extract(new Page(fixture, null, null, Fixtures.bytes(fixture), ContentKind.TEXT, null, null, hints));
    }

    @Test
    void agencyDumpWithRailsAndCaptions() throws Exception {
        Article a = text("/text/agency_dump_with_rails.txt", null);
        assertThat(a.title()).isEqualTo("Lao and Cambodian ministers agree to expand river transport links");
        assertThat(a.titleDerived()).isFalse();
        assertThat(a.outlet()).isEqualTo("KPL");
        assertThat(a.dateline()).isEqualTo("VIENTIANE");
        assertThat(a.published()).as("rail dates are not the article's").isNull();
        assertThat(a.captions()).hasSize(2);
        assertThat(a.links()).hasSize(5);
        assertThat(a.body().get(0)).startsWith("Transport ministers of Laos");
        assertThat(a.body().get(a.body().size() - 1)).endsWith("by about a fifth.");
        assertThat(a.language()).isEqualTo("en");
        assertThat(a.id()).matches("[0-9a-f]{16}");
    }

    @Test
    void apStyleDatelineAndTrailingTag() throws Exception {
        Article a = text("/text/ap_like.txt", null);
        assertThat(a.dateline()).isEqualTo("PARIS");
        assertThat(a.outlet()).isEqualTo("AP");
        assertThat(a.title()).startsWith("France and Germany pledged on Tuesday");
        assertThat(a.titleDerived()).isTrue();
        assertThat(a.bodyText()).doesNotContain("— AP", "PARIS (AP)");
    }

    @Test
    void recordHintsWinAndDatelineDayNeedsNoGuess() throws Exception {
        Article a = text("/text/reuters_like.txt", new PageHints("Reuters", "NORWAY HOLDS RATES", "1987-04-14T09:00:00Z"));
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.title()).isEqualTo("NORWAY HOLDS RATES");
        assertThat(a.titleDerived()).isFalse();
        assertThat(a.dateline()).isEqualTo("OSLO");
        assertThat(a.published()).isEqualTo(new PublishedDate("1987-04-14T09:00:00Z", DateProvenance.RECORD));
        assertThat(a.body()).hasSize(3);
        assertThat(a.body().get(0)).startsWith("Norway's central bank left its key lending rate unchanged");
        assertThat(a.bodyText()).doesNotContain("REUTER");
    }

    @Test
    void reportingCreditIsTheByline() throws Exception {
        Article a = text("/text/credit_tail.txt", null);
        assertThat(a.byline()).isEqualTo("Jane Doe in Washington");
        assertThat(a.outlet()).isEqualTo("Reuters");
        assertThat(a.dateline()).isEqualTo("WASHINGTON");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void visibleDateLineGivesVisibleTextDateReadDayFirst() throws Exception {
        Article a = text("/text/visible_date_dump.txt", null);
        assertThat(a.published()).isEqualTo(new PublishedDate("2025-02-03T10:16", DateProvenance.VISIBLE_TEXT));
        assertThat(a.title()).isEqualTo("Parliament approves new budget after marathon session");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void latin1FileIsDecoded() throws Exception {
        Article a = text("/text/latin1.txt", null);
        assertThat(a.body().get(0)).startsWith("Négociateurs from both delegations met at the café");
        assertThat(a.body().get(1)).contains("Zürich");
        assertThat(a.dateline()).isEqualTo("GENEVA");
    }

    @Test
    void bomFileIsDecodedWithoutTheMark() throws Exception {
        Article a = text("/text/utf8_bom.txt", null);
        assertThat(a.dateline()).isEqualTo("BRUSSELS");
        assertThat(a.body().get(0)).startsWith("Ministers from the bloc").contains("café owners’");
    }

    @Test
    void emptyOrBlankPageIsAnExtractionException() {
        Page empty = new Page("empty.txt", null, null, new byte[0], ContentKind.TEXT, null, null, null);
        assertThatThrownBy(() -> EXTRACTOR.extract(empty)).isInstanceOf(ExtractionException.class)
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo("no article text");
        Page blank = new Page("blank.txt", null, null, " \n\u0000\t\n".getBytes(StandardCharsets.UTF_8), ContentKind.TEXT,
                null, null, null);
        assertThatThrownBy(() -> EXTRACTOR.extract(blank)).isInstanceOf(ExtractionException.class);
    }

    @Test
    void idUsesOutletAndCanonicalUrlThenRecordId() throws Exception {
        byte[] bytes = Fixtures.bytes("/text/ap_like.txt");
        Article withUrl = EXTRACTOR.extract(new Page("a", "r1", "https://Example.org/x/?utm_source=t", bytes,
                ContentKind.TEXT, null, null, new PageHints("AP", null, null)));
        assertThat(withUrl.url()).isEqualTo("https://example.org/x");
        assertThat(withUrl.id()).isEqualTo(ArticleIds.id("AP", "https://example.org/x", null, null));
        Article withRecord = EXTRACTOR.extract(new Page("b", "r1", null, bytes, ContentKind.TEXT, null, null,
                new PageHints("AP", null, null)));
        assertThat(withRecord.id()).isEqualTo(ArticleIds.id("AP", null, "r1", null));
    }

    @Test
    void htmlPageGoesThroughTheHtmlExtractorThenWireConventions() throws Exception {
        String html = "<html lang=\"en\"><head><title>Leaders meet</title>"
                + "<meta property=\"og:site_name\" content=\"Example Times\">"
                + "<meta property=\"article:published_time\" content=\"2025-01-07T10:16:00Z\"></head><body><article>"
                + "<h1>Leaders meet in Jakarta to discuss regional trade</h1>"
                + "<p>JAKARTA (Antara) – Leaders of the two countries met on Tuesday to discuss regional trade and "
                + "investment, officials said after the meeting ended in the capital.</p>"
                + "<p>They agreed to set up a joint working group on customs procedures and digital payments, "
                + "which will report to ministers within six months of its first meeting.</p>"
                + "<p>The next round of talks will be held in Kuala Lumpur later this year, the statement added. — ANT</p>"
                + "</article></body></html>";
        Article a = EXTRACTOR.extract(new Page("p.html", null, "https://example.com/p", html.getBytes(StandardCharsets.UTF_8),
                ContentKind.HTML, null, null, null));
        assertThat(a.dateline()).isEqualTo("JAKARTA");
        assertThat(a.body()).isNotEmpty();
        assertThat(a.body().get(0)).startsWith("Leaders of the two countries");
        assertThat(a.bodyText()).doesNotContain("— ANT");
        assertThat(a.language()).isEqualTo("en");
    }
}
