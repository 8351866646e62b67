package org.attache.store.index;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.attache.api.Article;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets with one postings enum per term for a page of hits are the snippets Lucene's own postings strategy
 * gives, for plain terms and for the queries it leaves to Lucene (phrases, wildcards), across segments.
 */
class SequentialPostingsOffsetsTest {
    private static final String[] WORDS = {"trade", "talks", "oil", "wheat", "bank", "summit", "visit", "Hà", "Nội",
        "minister", "prices"};

    @TempDir
    Path dir;

    @Test
    void snippetsEqualLucenesPostingsStrategy() {
        RandomTexts.forAll(8, random -> {
            try (ArticleIndex index = ArticleIndex.open(Files.createTempDirectory(dir, "index"))) {
                long seq = 0;
                for (int batch = 0, batches = 1 + random.nextInt(3); batch < batches; batch++) {
                    for (int i = 0, n = 5 + random.nextInt(40); i < n; i++) {
                        seq++;
                        index.put(seq, article("a" + random.nextInt(60), body(random)));
                    }
                    index.commit(seq);
                }
                IndexSearch search = new IndexSearch(index.analyzer());
                for (int q = 0; q < 12; q++) {
                    String text = query(random);
                    Query query = search.toLucene(SearchQuery.parse(text), text);
                    index.withSearcher(searcher -> {
                        TopDocs top = searcher.search(query, 1 + random.nextInt(20));
                        if (top.scoreDocs.length == 0) {
                            return null;
                        }
                        Map<Integer, HitFields> docs = HitFields.read(searcher,
                                Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray());
                        String[] ours = FacetedSearch.highlighter(searcher, index.analyzer(), docs, true)
                                .highlight(ArticleIndex.BODY, query, top, 2);
                        String[] lucene = FacetedSearch.highlighter(searcher, index.analyzer(), docs, false)
                                .highlight(ArticleIndex.BODY, query, top, 2);
                        assertThat(ours).as("snippets of [%s]", text).containsExactly(lucene);
                        assertThat(Arrays.stream(ours).filter(s -> s != null && s.contains("<mark>")).count())
                                .as("[%s] marks its hits", text).isPositive();
                        return null;
                    });
                }
            }
        });
    }

    private static String query(Random random) {
        String a = WORDS[random.nextInt(WORDS.length)];
        String b = WORDS[random.nextInt(WORDS.length)];
        return switch (random.nextInt(5)) {
            case 0, 1 -> a;
            case 2 -> a + " OR " + b;
            case 3 -> "\"" + a + " " + b + "\"";
            default -> a.substring(0, 2) + "*";
        };
    }

    private static String body(Random random) {
        StringBuilder sb = new StringBuilder();
        for (int s = 0, sentences = 1 + random.nextInt(8); s < sentences; s++) {
            for (int w = 0, words = 3 + random.nextInt(12); w < words; w++) {
                String word = WORDS[random.nextInt(WORDS.length)];
                sb.append(w == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word).append(' ');
            }
            sb.setLength(sb.length() - 1);
            sb.append(". ");
        }
        return sb.toString().strip();
    }

    private static Article article(String id, String body) {
        return new Article(id, "test#" + id, null, "VNA", "Article " + id, false, List.of(body), List.of(), null, null,
                null, "en", List.of(), null, null);
    }
}
