package org.attache.extract.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testkit.RandomTexts.forAll;

import java.text.Normalizer;
import java.util.List;
import java.util.Random;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

/** Random Unicode soup with tags, and truncated real-looking pages: never a throw, always NFC. */
class HtmlArticleExtractorPropertiesTest {
    private static final List<String> TAGS = List.of("<p>", "</p>", "<div class=\"article-body\">", "</div>", "<br>",
            "<a href=\"/x\">", "</a>", "<h2>", "<figure><figcaption>", "<script>", "<!--", "<time datetime=\"",
            "<ul><li>", "\u0301", "\uD800", "\u0000", "e\u0301");

    private final HtmlArticleExtractor extractor = new HtmlArticleExtractor();

    private static String unicodeHtml(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int i = random.nextInt(61); i > 0; i--) {
            sb.append(random.nextBoolean() ? RandomTexts.unicode(random, 200) : RandomTexts.pick(random, TAGS));
        }
        return sb.toString();
    }

    @Test
    void randomUnicodeNeverThrowsAndIsNfc() {
        forAll(200, random -> assertNfc(extractor.extract(unicodeHtml(random), null)));
    }

    @Test
    void truncatedFixturesNeverThrow() throws Exception {
        String html = HtmlArticleExtractorTest.fixture("article-basic.html");
        forAll(60, random -> assertNfc(extractor.extract(RandomTexts.truncate(random, html), "https://x.example/")));
    }

    private static void assertNfc(HtmlExtraction x) {
        assertThat(x).isNotNull();
        for (String p : x.paragraphs()) {
            assertThat(Normalizer.isNormalized(p, Normalizer.Form.NFC)).isTrue();
        }
        for (String c : x.captions()) {
            assertThat(Normalizer.isNormalized(c, Normalizer.Form.NFC)).isTrue();
        }
        if (x.title() != null) {
            assertThat(Normalizer.isNormalized(x.title(), Normalizer.Form.NFC)).isTrue();
        }
    }
}
