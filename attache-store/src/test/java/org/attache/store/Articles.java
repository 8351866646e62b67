package org.attache.store;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Test articles. */
final class Articles {
    private static final String[] WORDS = ("minister talks trade agreement visit delegation economic cooperation "
            + "security summit ministry foreign relations partnership investment bilateral president government "
            + "agency conference official statement region border energy market export import policy meeting "
            + "regional development infrastructure climate defence dialogue strategic cultural exchange").split(" ");

    private static final String[] SYLLABLES = ("ba be bi bo bu da de di do du ka ke ki ko ku la le li lo lu ma me mi mo "
            + "mu na ne ni no nu ra re ri ro ru sa se si so su ta te ti to tu van nam hoa lan trung").split(" ");

    private Articles() {
    }

    static Article article(String id, String outlet, String title, String published, String language, String... body) {
        return new Article(id, "test.jsonl#" + id, "https://example.org/" + id, outlet, title, false, List.of(body),
                List.of(), null, null, published == null ? null : new PublishedDate(published, DateProvenance.META),
                language, List.of(), null, null);
    }

    static Article simple(String id, String title, String... body) {
        return article(id, "VNA", title, "2025-01-07", "en", body);
    }

    /** A pseudo-random body of {@code words} words, deterministic for a seed. */
    static String randomText(long seed, int words) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            if (random.nextInt(3) == 0) {
                sb.append(WORDS[random.nextInt(WORDS.length)]);
            } else {
                for (int s = 0, n = 1 + random.nextInt(3); s < n; s++) {
                    sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
                }
            }
        }
        return sb.toString();
    }

    static List<String> paragraphs(long seed, int count, int words) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paragraphs.add(randomText(seed * 31 + i, words) + ".");
        }
        return paragraphs;
    }
}
