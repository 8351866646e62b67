package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.config.PageLimits;
import org.junit.jupiter.api.Test;

/**
 * Pages over the extraction caps are refused with the cap they broke, quickly and before the stages that would
 * pay for them; pages within them are read as before.
 */
class PageLimitsTest {
    private static final String PROSE = "The ministers of the two countries met in Hanoi on Monday and agreed to widen "
            + "trade in rice, coffee and electronics, officials said after the talks.";
    private static final PageLimits SMALL = new PageLimits(200, 40, 5_000, 1_000, Duration.ofSeconds(5));
    private static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor(SMALL);

    private static Article html(DefaultArticleExtractor extractor, String html) throws ExtractionException {
        return extractor.extract(new Page("page.html", null, null, html.getBytes(StandardCharsets.UTF_8),
                ContentKind.HTML, null, null, null));
    }

    private static Article text(String text) throws ExtractionException {
        return EXTRACTOR.extract(new Page("page.txt", null, null, text.getBytes(StandardCharsets.UTF_8),
                ContentKind.TEXT, null, null, null));
    }

    @Test
    void aPageWithinTheCapsIsRead() throws Exception {
        Article a = html(EXTRACTOR, "<html><body><article><h1>Talks in Hanoi</h1><p>" + PROSE + "</p><p>" + PROSE
                + " Again.</p></article></body></html>");

        assertThat(a.title()).isEqualTo("Talks in Hanoi");
        assertThat(a.body()).hasSize(2);
    }

    @Test
    void aPageNestedDeeperThanTheCapIsRefusedForItsDepth() {
        String deep = "<div>".repeat(41) + "<p>" + PROSE + "</p>" + "</div>".repeat(41);

        assertThatThrownBy(() -> html(EXTRACTOR, "<html><body>" + deep + "</body></html>"))
                .isInstanceOf(ExtractionException.class)
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo("nested deeper than 40 levels");
    }

    @Test
    void aHundredThousandLevelsDeepIsRefusedInSecondsWithTheDefaultCaps() {
        String deep = "<html><body>" + "<div>".repeat(100_000) + PROSE + "</body></html>";
        DefaultArticleExtractor defaults = new DefaultArticleExtractor();
        long start = System.nanoTime();

        assertThatThrownBy(() -> html(defaults, deep)).isInstanceOf(ExtractionException.class)
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo("nested deeper than 512 levels");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(30));
    }

    @Test
    void aPageWithMoreElementsThanTheCapIsRefusedBeforeItIsParsed() {
        String many = "<p>" + PROSE + "</p>" + "<b>x</b>".repeat(300);

        assertThatThrownBy(() -> html(EXTRACTOR, "<html><body>" + many + "</body></html>"))
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo("more than 200 elements");
    }

    @Test
    void lessThanSignsThatOpenNoTagAreNotCountedAsElements() throws Exception {
        String comparisons = "<p>" + PROSE + " Growth was 3 < 4 and 1 <= 2 " + "< 5 ".repeat(400) + "</p>";

        assertThat(html(EXTRACTOR, "<html><body>" + comparisons + "</body></html>").body()).isNotEmpty();
    }

    @Test
    void aTextPageLongerThanTheCapIsRefusedBeforeItIsSegmented() {
        String book = (PROSE + "\n\n").repeat(50);

        assertThatThrownBy(() -> text(book)).extracting(e -> ((ExtractionException) e).reason())
                .isEqualTo("text longer than 5000 characters");
    }

    @Test
    void anHtmlPageWhoseArticleBodyIsLongerThanTheCapIsRefused() {
        String paragraphs = ("<p>" + PROSE + "</p>").repeat(40);

        assertThatThrownBy(() -> html(EXTRACTOR, "<html><body><article>" + paragraphs + "</article></body></html>"))
                .extracting(e -> ((ExtractionException) e).reason()).isEqualTo("text longer than 5000 characters");
    }
}
