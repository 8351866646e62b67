package org.attache.store.index;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.testkit.RandomTexts;
import org.attache.store.read.FacetCount;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facet counts from the in-memory facet ordinals equal a plain count over the matching articles: one segment or
 * several, with articles replaced and deleted between commits.
 */
class FacetCountsTest {
    private static final String[] WORDS = {"trade", "talks", "oil", "wheat", "bank", "summit", "visit"};
    private static final String[] OUTLETS = {"VNA", "Reuters", "Straits Times"};
    private static final String[] COUNTRIES = {"VNM", "SGP", "USA", "CHN", "MYS", "LAO"};
    private static final String[] TYPES = {"CONSULT", "COOPERATE", "AID", "ACCUSE"};
    private static final String[] STATUSES = {"OCCURRED", "PLANNED", "DENIED"};
    private static final String[] RELEVANCES = {"political", "business", "sport"};

    @TempDir
    Path dir;

    private record Indexed(long seq, Article article, ArticleFacets facets, Set<String> words) {
    }

    @Test
    void countsEqualAPlainCountAcrossSegmentsReplacementsAndDeletions() {
        RandomTexts.forAll(12, random -> {
            Map<String, Indexed> live = new LinkedHashMap<>();
            try (ArticleIndex index = ArticleIndex.open(Files.createTempDirectory(dir, "index"))) {
                long seq = 0;
                for (int batch = 0, batches = 1 + random.nextInt(5); batch < batches; batch++) {
                    for (int i = 0, n = 1 + random.nextInt(60); i < n; i++) {
                        Indexed doc = randomDoc(random, ++seq);
                        index.put(doc.seq(), doc.article(), doc.facets());
                        live.put(doc.article().id(), doc);
                    }
                    if (random.nextInt(4) == 0) {
                        long keep = seq - random.nextInt(10);
                        index.deleteAbove(keep);
                        live.values().removeIf(d -> d.seq() > keep);
                    }
                    index.commit(seq);
                    for (String query : List.of("", WORDS[random.nextInt(WORDS.length)])) {
                        String country = random.nextBoolean() ? null : COUNTRIES[random.nextInt(COUNTRIES.length)];
                        SearchPage page = index.search(new SearchRequest(query, null, country, null, null, null, null,
                                null, null, 5), ids -> Map.of());
                        List<Indexed> matches = live.values().stream()
                                .filter(d -> query.isEmpty() || d.words().contains(query))
                                .filter(d -> country == null || d.facets().countries().contains(country))
                                .toList();
                        assertThat(page.totalHits()).as("hits of '%s' in %s", query, country).isEqualTo(matches.size());
                        assertThat(page.facets()).as("facets of '%s' in %s", query, country)
                                .isEqualTo(expectedFacets(matches));
                    }
                }
            }
        });
    }

    private static Indexed randomDoc(Random random, long seq) {
        String id = "a" + random.nextInt(150); // ids repeat: the article is replaced
        Set<String> words = new HashSet<>();
        StringBuilder body = new StringBuilder();
        for (int w = 0, n = 1 + random.nextInt(6); w < n; w++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            words.add(word);
            body.append(word).append(' ');
        }
        String published = random.nextInt(5) == 0 ? null
                : "198" + random.nextInt(3) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
        String outlet = random.nextInt(6) == 0 ? null : OUTLETS[random.nextInt(OUTLETS.length)];
        Article article = new Article(id, "test#" + id, null, outlet, "Article " + id, false,
                List.of(body.toString().strip() + "."), List.of(), null, null,
                published == null ? null : new PublishedDate(published, DateProvenance.META), "en", List.of(), null,
                null);
        Set<String> entities = new HashSet<>();
        for (int e = 0, n = random.nextInt(8); e < n; e++) {
            entities.add("E" + random.nextInt(40));
        }
        ArticleFacets facets = new ArticleFacets(subset(random, COUNTRIES), entities, subset(random, TYPES),
                subset(random, STATUSES), random.nextInt(4) == 0 ? null : RELEVANCES[random.nextInt(RELEVANCES.length)]);
        return new Indexed(seq, article, facets, words);
    }

    private static Set<String> subset(Random random, String[] values) {
        Set<String> out = new HashSet<>();
        for (String v : values) {
            if (random.nextInt(3) == 0) {
                out.add(v);
            }
        }
        return out;
    }

    /** Counts by value; the 20 largest (ties by value), months the 36 newest. */
    private static Map<String, List<FacetCount>> expectedFacets(List<Indexed> matches) {
        Map<String, Function<Indexed, Set<String>>> fields = new LinkedHashMap<>();
        fields.put("outlet", d -> d.article().outlet() == null ? Set.of() : Set.of(d.article().outlet()));
        fields.put("country", d -> d.facets().countries());
        fields.put("entity", d -> d.facets().entityIds());
        fields.put("event_type", d -> d.facets().eventTypes());
        fields.put("status", d -> d.facets().statuses());
        fields.put("relevance", d -> d.facets().relevance() == null ? Set.of() : Set.of(d.facets().relevance()));
        fields.put("month", d -> d.article().published() == null ? Set.of()
                : Set.of(d.article().published().value().substring(0, 7)));
        Map<String, List<FacetCount>> out = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            Map<String, Long> counts = new TreeMap<>();
            matches.forEach(d -> values.apply(d).forEach(v -> counts.merge(v, 1L, Long::sum)));
            List<Map.Entry<String, Long>> entries = new ArrayList<>(counts.entrySet());
            if (name.equals("month")) {
                entries.sort(Map.Entry.<String, Long>comparingByKey().reversed());
                entries = entries.subList(0, Math.min(36, entries.size()));
            } else {
                entries.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.naturalOrder())));
                entries = entries.subList(0, Math.min(20, entries.size()));
            }
            out.put(name, entries.stream().map(e -> new FacetCount(e.getKey(), e.getKey(), e.getValue())).toList());
        });
        return out;
    }
}
