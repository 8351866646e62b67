package org.attache.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsGoldTest {
    private static final String TEXT = "ROME, May 2 - Italy and Greece signed a fisheries accord. Talks end today.";

    @TempDir
    Path dir;

    private String line(String id, String split, String sentenceHash) {
        return """
                {"id": "%s", "corpus": "test", "pool": "test-ir", "published": "1987-05-02T10:00:00Z", "split": "%s",
                 "text_hash": "%s", "sentences": [[0, 57], [58, 74]],
                 "events": [{"sentence": 0, "type": "SUPPORT", "status": "occurred", "also_types": ["AGREE"],
                   "either_direction": true, "date": {"value": null, "precision": "unknown", "text": null},
                   "source": [{"name": "Italy", "country": "ITA"}], "target": [{"name": "Greece", "country": "GRC"}],
                   "start": 0, "end": 57, "sentence_hash": "%s"}],
                 "entities": [{"name": "Italy", "type": "LOC", "country": "ITA"},
                              {"name": "Red Cross", "type": "ORG", "country": null}]}
                """.formatted(id, split, FactsGold.shortHash(TEXT), sentenceHash).replace("\n", " ") + "\n";
    }

    private String id(FactsGold.Split split) {
        for (int i = 0; ; i++) {
            if (FactsGold.Split.of("s" + i) == split) {
                return "s" + i;
            }
        }
    }

    @Test
    void readsAStoryAndAcceptsTheTextItWasAnnotatedOn() throws Exception {
        String id = id(FactsGold.Split.HELDOUT);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line(id, "heldout", FactsGold.shortHash(TEXT.substring(0, 57))));
        List<FactsGold.Story> stories = FactsGold.read(gold);
        FactsGold.Story s = stories.getFirst();
        assertThat(s.sentences()).hasSize(2);
        FactsGold.Event e = s.events().getFirst();
        assertThat(e.type()).isEqualTo(PloverType.SUPPORT);
        assertThat(e.alsoTypes()).containsExactly(PloverType.AGREE);
        assertThat(e.status()).isEqualTo(EventStatus.OCCURRED);
        assertThat(e.eitherDirection()).isTrue();
        assertThat(s.entities().get(1).country()).isNull();
        FactsGold.verify(s, TEXT);
    }

    @Test
    void aChangedSentenceIsReportedWithItsStory() throws Exception {
        String id = id(FactsGold.Split.TUNE);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line(id, "tune", FactsGold.shortHash(TEXT.substring(0, 57))));
        FactsGold.Story s = FactsGold.read(gold).getFirst();
        String edited = TEXT.replace("fisheries", "fishing");
        assertThatThrownBy(() -> FactsGold.verify(s, edited)).isInstanceOf(FactsGold.DriftException.class)
                .hasMessageContaining("story " + id).hasMessageContaining("sentence 0");
        String otherSentence = TEXT.replace("today", "tomorrow");
        assertThatThrownBy(() -> FactsGold.verify(s, otherSentence)).isInstanceOf(FactsGold.DriftException.class)
                .hasMessageContaining("story " + id).hasMessageContaining("text has hash");
    }

    @Test
    void aSplitThatDisagreesWithTheIdsHashIsRejected() throws Exception {
        String id = id(FactsGold.Split.TUNE);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line(id, "heldout", "000000000000"));
        assertThatThrownBy(() -> FactsGold.read(gold)).isInstanceOf(FactsGold.FormatException.class)
                .hasMessageContaining("gold.jsonl:1").hasMessageContaining("hashes to tune");
    }

    @Test
    void aBrokenLineIsNamed() throws Exception {
        String id = id(FactsGold.Split.TUNE);
        Path gold = dir.resolve("gold.jsonl");
        Files.writeString(gold, line(id, "tune", "000000000000") + "{\"id\": \"x\", \"split\"\n");
        assertThatThrownBy(() -> FactsGold.read(gold)).isInstanceOf(FactsGold.FormatException.class)
                .hasMessageContaining("gold.jsonl:2");
    }

    @Test
    void theSplitIsTheParityOfTheIdsHash() {
        // sha256("reuters21578-3464") ends in an even byte, sha256("reuters21578-17979") in an odd one: the
        // same values scripts/facts-devset/build.py computes with Python's int(hexdigest, 16) % 2
        assertThat(FactsGold.Split.of("reuters21578-3464")).isEqualTo(FactsGold.Split.TUNE);
        assertThat(FactsGold.Split.of("reuters21578-17979")).isEqualTo(FactsGold.Split.HELDOUT);
    }
}
