package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.testkit.RandomTexts.forAll;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.attache.api.Article;
import org.attache.api.config.StoreConfig;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Any well-formed Unicode text is stored and read back unchanged, and no query text breaks search. */
class UnicodeRoundTripTest {
    private static final AtomicLong IDS = new AtomicLong();
    private static final String EDGE = "Lê Hoài Trung \u0000 đ\u0301 \uFEFF \r\n\t";

    @TempDir
    Path dir;

    private static String text(Random random) {
        return random.nextInt(20) == 0 ? EDGE : RandomTexts.wellFormed(random, 60);
    }

    @Test
    void titlesAndBodiesRoundTrip() {
        try (ArticleStore store = ArticleStore.open(new StoreConfig(dir, 50, 3))) {
            forAll(300, random -> {
                String title = text(random);
                List<String> body = new ArrayList<>();
                for (int i = random.nextInt(7); i > 0; i--) {
                    body.add(text(random));
                }
                String id = IDS.incrementAndGet() + text(random);
                Article article = new Article(id, "src", null, title, title, false, body, List.of(title), null, null,
                        null, null, null, null, null);
                assertThat(store.store(article).written()).isTrue();
                Article back = store.get(id).orElseThrow();
                assertThat(back.title()).isEqualTo(title);
                assertThat(back.outlet()).isEqualTo(title);
                assertThat(back.body()).isEqualTo(body);
                assertThat(back.captions()).containsExactly(title);
                assertThat(back.id()).isEqualTo(id);
            });
        }
    }

    @Test
    void searchNeverFailsOnArbitraryText() {
        try (ArticleStore store = ArticleStore.open(new StoreConfig(dir, 50, 3))) {
            forAll(100, random -> {
                try {
                    store.search(RandomTexts.unicode(random, 60), 5);
                } catch (IllegalArgumentException expected) {
                    assertThat(expected.getMessage()).contains("search query");
                }
            });
        }
    }
}
