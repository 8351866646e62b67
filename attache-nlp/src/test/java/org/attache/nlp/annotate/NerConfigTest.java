package org.attache.nlp.annotate;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NerConfigTest {
    @Test
    void unknownKeysAreRejectedByName() {
        assertThatThrownBy(() -> NerConfig.fromMap(Map.of("casing", "auto", "ner.useSUTime", "false")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ner.useSUTime");
    }

    @Test
    void knownKeysOverrideDefaults() {
        NerConfig c = NerConfig.fromMap(Map.of("casing", "caseless", "ascii_fold", "false", "model", "all_3class"));
        assertThat(c).isEqualTo(new NerConfig(NerConfig.Model.ALL_3CLASS, NerConfig.Casing.CASELESS, false, true));
        assertThatThrownBy(() -> NerConfig.fromMap(Map.of("repairs", "yes"))).hasMessageContaining("repairs");
    }

    @Test
    void corenlpPropertiesHoldOnlyTokenizerAndSplitter() {
        assertThat(CoreNlpBackend.properties(NerConfig.defaults()).getProperty("annotators")).isEqualTo("tokenize,ssplit");
    }
}
