package org.attache.store.dedup;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import static org.assertj.core.api.Assertions.assertThat;

class BodyKeysTest {
    @Test
    void normalisesCaseCompositionAndWhitespace() {
        String composed = "Việt Nam\u00A0and  LAOS\n\nagree";
        String decomposed = java.text.Normalizer.normalize("vie\u0323\u0302t nam and laos agree", java.text.Normalizer.Form.NFD);
        assertThat(BodyKeys.normalise(List.of(composed))).isEqualTo("việt nam and laos agree");
        assertThat(BodyKeys.of(List.of(composed)).bodyHash()).isEqualTo(BodyKeys.of(List.of(decomposed)).bodyHash());
        assertThat(BodyKeys.of(List.of("Straße")).bodyHash()).isEqualTo(BodyKeys.of(List.of("STRASSE")).bodyHash());
        assertThat(BodyKeys.of(List.of("a", "b")).bodyHash()).isEqualTo(BodyKeys.of(List.of("a b")).bodyHash());
    }

    @Test
    void emptyBodyHasNoKeys() {
        assertThat(BodyKeys.of(List.of())).isEqualTo(new BodyKeys(null, null, 0));
        assertThat(BodyKeys.of(List.of(" \n ", ""))).isEqualTo(new BodyKeys(null, null, 0));
    }

    @Test
    void shortBodyHasNoSimHash() {
        BodyKeys keys = BodyKeys.of(List.of(words(new SplittableRandom(1), BodyKeys.MIN_WORDS_FOR_SIMHASH - 1)));
        assertThat(keys.bodyHash()).isNotNull();
        assertThat(keys.simhash()).isNull();
        assertThat(BodyKeys.of(List.of(words(new SplittableRandom(1), BodyKeys.MIN_WORDS_FOR_SIMHASH))).simhash()).isNotNull();
    }

    @Test
    void punctuationAndCaseDoNotMoveTheSimHash() {
        String text = words(new SplittableRandom(3), 80);
        long a = BodyKeys.of(List.of(text)).simhash();
        long b = BodyKeys.of(List.of(text.toUpperCase(java.util.Locale.ROOT).replace(" ", ", "))).simhash();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void unrelatedBodiesAreFarApartAndSmallEditsAreClose() {
        SplittableRandom random = new SplittableRandom(42);
        int far = 0;
        int close = 0;
        for (int i = 0; i < 200; i++) {
            String text = words(random, 300);
            String other = words(random, 300);
            String edited = text.replaceFirst("\\S+$", "changed");
            long h = BodyKeys.of(List.of(text)).simhash();
            if (SimHash.distance(h, BodyKeys.of(List.of(other)).simhash()) > 16) {
                far++;
            }
            if (SimHash.distance(h, BodyKeys.of(List.of(edited)).simhash()) <= 3) {
                close++;
            }
        }
        assertThat(far).isEqualTo(200);
        assertThat(close).isGreaterThan(180);
    }

    @Test
    void bandsCoverAllBits() {
        long h = 0x1234_5678_9ABC_DEF0L;
        assertThat(List.of(SimHash.band(h, 0), SimHash.band(h, 1), SimHash.band(h, 2), SimHash.band(h, 3)))
                .containsExactly(0xDEF0, 0x9ABC, 0x5678, 0x1234);
        assertThat(SimHash.band(-1L, 3)).isEqualTo(0xFFFF);
    }

    @Test
    void hashSpreadsSimilarInputs() {
        int total = 0;
        for (int i = 0; i < 1000; i++) {
            total += Long.bitCount(SimHash.hash64("shingle " + i) ^ SimHash.hash64("shingle " + (i + 1)));
        }
        assertThat(total / 1000.0).isBetween(30.0, 34.0);
    }

    private static String words(SplittableRandom random, int n) {
        List<String> words = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            words.add(Integer.toString(random.nextInt(5000), 36));
        }
        return String.join(" ", words);
    }
}
