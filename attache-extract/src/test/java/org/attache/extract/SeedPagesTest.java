package org.attache.extract;

import org.attache.testkit.SharedData;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.api.Article;
import org.attache.api.ContentKind;
import org.attache.api.Page;
import org.attache.api.RailLink;
import org.junit.jupiter.api.Test;

/**
 * The two shared seed pages against the article part of their gold reading. Expected values are read
 * from {@code gold.json}, never copied here. Skipped when the shared folder is absent
 * (system property {@code attache.shared}, default {@code ../../shared}).
 */
class SeedPagesTest {
    private static final DefaultArticleExtractor EXTRACTOR = new DefaultArticleExtractor();

    private static Path seeds() {
        return SharedData.resolve("fixtures/seeds");
    }

    private static JsonNode gold(String filePrefix) throws IOException {
        Path goldFile = seeds().resolve("gold.json");
        assumeTrue(Files.isRegularFile(goldFile), "no shared seeds at " + seeds().toAbsolutePath());
        for (JsonNode doc : new ObjectMapper().readTree(goldFile.toFile()).get("documents")) {
            if (doc.get("file").asText().startsWith(filePrefix)) {
                return doc;
            }
        }
        throw new AssertionError("no gold entry for " + filePrefix);
    }

    private static Article extract(JsonNode doc) throws Exception {
        Path file = seeds().resolve("pages").resolve(doc.get("file").asText());
        return EXTRACTOR.extract(new Page(file.toString(), null, null, Files.readAllBytes(file), ContentKind.TEXT,
                null, null, null));
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    private static void assertCommon(Article a, JsonNode gold) {
        assertThat(a.outlet()).isEqualTo(text(gold.get("outlet")));
        assertThat(a.dateline()).isEqualTo(text(gold.get("dateline")));
        if (gold.get("published").isNull()) {
            assertThat(a.published()).isNull();
        }
        assertThat(a.bodyText()).startsWith(text(gold.get("body_first_words")));
        assertThat(a.bodyText()).endsWith(text(gold.get("body_last_words")));
        for (JsonNode banned : gold.path("body_must_not_contain")) {
            assertThat(a.bodyText()).doesNotContain(banned.asText());
        }
    }

    @Test
    void seed000WholePageDump() throws Exception {
        JsonNode gold = gold("000_").get("article");
        Article a = extract(gold("000_"));
        assertCommon(a, gold);
        assertThat(a.title()).isEqualTo(text(gold.get("title")));
        assertThat(a.titleDerived()).isFalse();
        List<String> captions = new ArrayList<>();
        gold.get("captions").forEach(c -> captions.add(c.asText()));
        assertThat(a.captions()).containsExactlyElementsOf(captions);
        for (JsonNode marker : gold.path("credit_markers_removed")) {
            assertThat(a.bodyText()).doesNotContain(marker.asText());
        }
        Map<String, Integer> rails = new LinkedHashMap<>();
        for (RailLink l : a.links()) {
            rails.merge(l.rail(), 1, Integer::sum);
        }
        Map<String, Integer> expected = new LinkedHashMap<>();
        gold.get("rails").properties().forEach(e -> expected.put(e.getKey(), e.getValue().asInt()));
        assertThat(rails).containsExactlyEntriesOf(expected);
    }

    @Test
    void seed001PlainBodyWithDatelineAndTag() throws Exception {
        JsonNode gold = gold("001_").get("article");
        Article a = extract(gold("001_"));
        assertCommon(a, gold);
        if (gold.get("title").isNull()) {
            assertThat(a.title() == null || a.titleDerived()).isTrue();
            assertThat(a.titleDerived()).isTrue();
        }
        assertThat(a.links()).isEmpty();
    }
}
