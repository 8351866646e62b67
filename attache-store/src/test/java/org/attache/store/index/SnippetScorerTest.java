package org.attache.store.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The snippet scorer gives Lucene's passage scores, term repeats and all, without its per-passage hash. */
class SnippetScorerTest {
    @Test
    void scoresEqualLucenesDefaultOnRandomPassages() {
        PassageScorer lucene = new PassageScorer();
        PassageScorer ours = new FacetedSearch.SnippetScorer();
        String[] words = {"trade", "talks", "vietnam", "singapore", "minister", "oil"};
        Random random = new Random(20261128);
        for (int round = 0; round < 2_000; round++) {
            Passage p = new Passage();
            int start = random.nextInt(5_000);
            int length = 20 + random.nextInt(400);
            p.setStartOffset(start);
            p.setEndOffset(start + length);
            int matches = random.nextInt(12);
            int at = start;
            for (int m = 0; m < matches && at < start + length - 5; m++) {
                String w = words[random.nextInt(words.length)];
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + random.nextInt(9));
                at += w.length() + 1 + random.nextInt(20);
            }
            int contentLength = start + length + random.nextInt(3_000);
            assertThat(ours.score(p, contentLength)).as("round %d", round).isEqualTo(lucene.score(p, contentLength));
        }
    }
}
