package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.DateProvenance;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.PublishedDate;
import org.junit.jupiter.api.Test;

/** A feed's title and date are hints: the page's own headline and date win, the feed's fill in what it lacks. */
class FeedHintsTest {
    private static final String BODY = "<p>Officials of the two countries met on Monday to discuss trade in rice and"
            + " agreed to meet again next year in the capital.</p><p>The talks covered port fees, customs and the"
            + " river commission's budget for the dry season.</p>";
    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();

    private Article extract(String html, String url, PageHints hints) throws Exception {
        return extractor.extract(new Page(url, null, url, html.getBytes(StandardCharsets.UTF_8), ContentKind.HTML,
                "utf-8", null, hints));
    }

    @Test
    void thePagesOwnHeadlineAndDateWin() throws Exception {
        Article a = extract("<html><head><title>Rice talks | Wire</title>"
                        + "<meta property=\"article:published_time\" content=\"2025-01-06T09:00:00Z\"></head><body>"
                        + "<article><h1>Rice talks end with a plan</h1>" + BODY + "</article></body></html>",
                "https://news.example/rice", PageHints.fromFeed("Wire", "Feed title", "2025-01-07T10:00:00Z"));
        assertThat(a.title()).isEqualTo("Rice talks end with a plan");
        assertThat(a.published()).isEqualTo(new PublishedDate("2025-01-06T09:00:00Z", DateProvenance.META));
        assertThat(a.outlet()).isEqualTo("Wire");
    }

    @Test
    void theFeedsDateFillsInWhenThePagePrintsNoneKeepingItsOffset() throws Exception {
        Article a = extract("<html><body><article><h1>Rice talks end with a plan</h1>" + BODY + "</article></body></html>",
                "https://news.example/rice", PageHints.fromFeed(null, "Feed title", "Tue, 07 Jan 2025 10:16:00 +0700"));
        assertThat(a.published()).isEqualTo(new PublishedDate("2025-01-07T10:16:00+07:00", DateProvenance.FEED));
        assertThat(a.title()).isEqualTo("Rice talks end with a plan");
    }

    @Test
    void aDateInThePagesUrlIsThePagesOwnAndBeatsTheFeed() throws Exception {
        Article a = extract("<html><body><article><h1>Rice talks</h1>" + BODY + "</article></body></html>",
                "https://news.example/2025/01/05/rice", PageHints.fromFeed(null, null, "2025-01-07"));
        assertThat(a.published()).isEqualTo(new PublishedDate("2025-01-05", DateProvenance.URL));
    }

    @Test
    void withoutAFeedThereIsNoFeedDate() throws Exception {
        Article a = extract("<html><body><article><h1>Rice talks</h1>" + BODY + "</article></body></html>",
                "https://news.example/rice", PageHints.NONE);
        assertThat(a.published()).isNull();
    }

    @Test
    void theFeedsDateBeatsATimestampThePageOnlyKeepsInItsMarkup() throws Exception {
        String html = "<html><head><script>var page = {\"firstSeen\": \"2025-01-02T08:30:00Z\"};</script></head><body>"
                + "<article><h1>Rice talks end with a plan</h1>" + BODY + "</article></body></html>";
        Article withFeed = extract(html, "https://news.example/rice", PageHints.fromFeed(null, null, "2025-01-07T10:00:00Z"));
        assertThat(withFeed.published()).isEqualTo(new PublishedDate("2025-01-07T10:00:00Z", DateProvenance.FEED));
        Article alone = extract(html, "https://news.example/rice", PageHints.NONE);
        assertThat(alone.published()).isEqualTo(new PublishedDate("2025-01-02T08:30:00Z", DateProvenance.MARKUP));
    }
}
