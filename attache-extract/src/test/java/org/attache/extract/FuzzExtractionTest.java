package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

/**
 * Fuzzing of extraction with seeded random pages (markup soup, broken and deep nesting, script URLs, text dumps,
 * mutated bytes in several encodings): no input crashes the extractor (it returns an article or a skip with a
 * reason), none takes over two seconds, and none allocates more than a bound proportional to its size. 6,000
 * inputs in the normal run; {@code -Dfuzz.inputs=1000000} for the long run (see docs/SECURITY.md).
 */
class FuzzExtractionTest {
    private static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor();
    private static final Charset[] CHARSETS = {StandardCharsets.UTF_8, StandardCharsets.UTF_16LE,
        StandardCharsets.ISO_8859_1, Charset.forName("windows-1258")};

    @Test
    void randomPagesExtractOrSkipWithinTimeAndMemory() throws Exception {
        for (int i = 0; i < 20; i++) { // load and compile the extractor's classes before any input is timed
            java.util.Random warm = new java.util.Random(i);
            try {
                EXTRACTOR.extract(new Page("warm-up", null, null, FuzzInputs.html(warm).getBytes(StandardCharsets.UTF_8),
                        ContentKind.HTML, null, null, null));
            } catch (ExtractionException e) {
                // either outcome warms up
            }
        }
        int[] outcomes = new int[2];
        RandomTexts.forAll(FuzzInputs.count(0.6), random -> {
            boolean html = random.nextInt(3) != 0;
            String text = html ? FuzzInputs.html(random) : textPage(random);
            Charset charset = CHARSETS[random.nextInt(CHARSETS.length)];
            byte[] bytes = text.getBytes(charset);
            if (random.nextInt(4) == 0) {
                bytes = FuzzInputs.mutate(random, bytes);
            }
            Page page = new Page("fuzz", random.nextBoolean() ? "r1" : null,
                    random.nextBoolean() ? "https://news.example/2025/03/" + random.nextInt(1000) : null, bytes,
                    html ? ContentKind.HTML : ContentKind.TEXT, random.nextInt(3) == 0 ? charset.name() : null, null,
                    random.nextInt(4) == 0 ? new PageHints(FuzzInputs.words(random, 3), FuzzInputs.words(random, 6),
                            FuzzInputs.date(random)) : PageHints.NONE);
            long before = FuzzInputs.allocated();
            long start = System.nanoTime();
            try {
                Article article = EXTRACTOR.extract(page);
                assertThat(article.body()).isNotEmpty();
                assertThat(article.id()).matches("[0-9a-f]{16}");
                outcomes[0]++;
            } catch (ExtractionException e) {
                assertThat(e.reason()).isNotBlank();
                outcomes[1]++;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertThat(took).as("time for %d bytes", bytes.length).isLessThan(FuzzInputs.PER_INPUT);
            long allocated = FuzzInputs.allocated() - before;
            assertThat(allocated).as("bytes allocated for a page of %d bytes", bytes.length)
                    .isLessThan(64L * 1024 * 1024 + 2000L * bytes.length);
        });
        assertThat(outcomes[0]).as("some pages give articles").isPositive();
        assertThat(outcomes[1]).as("some pages are skipped").isPositive();
    }

    /** A whole-page text dump: headline, date line, paragraphs, captions, a rail, maybe very long lines. */
    private static String textPage(java.util.Random random) {
        StringBuilder out = new StringBuilder(FuzzInputs.words(random, 10)).append("\n");
        if (random.nextBoolean()) {
            out.append("Updated: ").append(FuzzInputs.date(random)).append("\n\n");
        }
        int paragraphs = random.nextInt(12);
        for (int i = 0; i < paragraphs; i++) {
            switch (random.nextInt(6)) {
                case 0 -> out.append("Photo: ").append(FuzzInputs.words(random, 6)).append(" (VNA)\n");
                case 1 -> out.append("Related news\n").append(FuzzInputs.words(random, 8)).append(" ")
                        .append(FuzzInputs.date(random)).append("\n");
                case 2 -> out.append(RandomTexts.unicode(random, 200)).append("\n\n");
                default -> out.append(random.nextBoolean() ? "HANOI — " : "").append(FuzzInputs.words(random, 80))
                        .append(".\n\n");
            }
        }
        return out.toString();
    }
}
