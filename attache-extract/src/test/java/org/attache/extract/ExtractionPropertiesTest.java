package org.attache.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testkit.RandomTexts.forAll;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.RailLink;
import org.attache.testkit.RandomTexts;
import org.attache.extract.lang.LanguageIdentifier;
import org.attache.extract.text.TextSegmenter;
import org.attache.extract.wire.WireConventions;
import org.junit.jupiter.api.Test;

/** Random Unicode, random line structures and truncated input: only ExtractionException, always NFC. */
class ExtractionPropertiesTest {
    private static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor(LanguageIdentifier.shared());
    private static final List<String> WIRE_LINES = List.of("10:16 | 27/08/2024 Politics", "Related News",
            "HANOI (VNA) – ", "— VNS", "/.", "(Photo: AFP)", "REUTER", "    ", "", "Updated: 03/02/2025",
            "By Jane Doe", "(Reporting by A; Editing by B)", "PARIS (AP) —", "\u0000\u0007\r");

    /** A page of random lines: arbitrary Unicode, wire-like fragments and prose. */
    private static String page(Random random) {
        return RandomTexts.lines(random, 40, r -> switch (r.nextInt(4)) {
            case 0 -> RandomTexts.unicode(r, 120);
            case 1 -> RandomTexts.fromAlphabet(r, "abcdeÀÉẠệ́̂ \t.-–—|/:()0123456789", 80);
            case 2 -> RandomTexts.pick(r, WIRE_LINES);
            default -> RandomTexts.words(r, 40);
        });
    }

    @Test
    void textPagesNeverThrowAnythingButExtractionExceptionAndAreNfc() {
        forAll(150, random -> {
            byte[] bytes = page(random).getBytes(StandardCharsets.UTF_8);
            byte[] truncated = Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
            for (ContentKind kind : ContentKind.values()) {
                for (byte[] b : List.of(bytes, truncated)) {
                    try {
                        assertNfc(EXTRACTOR.extract(new Page("prop", null, null, b, kind, null, null, null)));
                    } catch (ExtractionException e) {
                        assertThat(e.reason()).isNotBlank();
                    }
                }
            }
        });
    }

    @Test
    void segmenterAndWireConventionsThemselvesNeverThrow() {
        forAll(150, random -> {
            var s = new TextSegmenter().segment(org.attache.extract.charset.TextNormalizer.clean(page(random)), null);
            var w = new WireConventions().apply(s.paragraphs());
            assertThat(w.paragraphs()).allMatch(p -> !p.isBlank());
        });
    }

    @Test
    void randomBytesNeverThrowAnythingButExtractionException() {
        forAll(100, random -> {
            byte[] bytes = RandomTexts.bytes(random, 2000);
            try {
                assertNfc(EXTRACTOR.extract(new Page("bytes", null, null, bytes, ContentKind.TEXT, null, null, null)));
            } catch (ExtractionException e) {
                assertThat(e.source()).isEqualTo("bytes");
            }
        });
    }

    private static void assertNfc(Article a) {
        List<String> all = new ArrayList<>(a.body());
        all.addAll(a.captions());
        for (RailLink l : a.links()) {
            all.add(l.headline());
        }
        if (a.title() != null) {
            all.add(a.title());
        }
        for (String s : all) {
            assertThat(Normalizer.isNormalized(s, Normalizer.Form.NFC)).as(s).isTrue();
            assertThat(s.chars().noneMatch(c -> c == 0)).isTrue();
        }
    }
}
