package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parser's larger cache ({@link Syntax#CACHED}) is a speed
 * setting only: on sentences written for this test, each parsed twice so the second pass reads the cache, every
 * head and relation is the one CoreNLP's parser gives with its default settings.
 */
class SyntaxSettingsTest {
    private static final String[] SENTENCES = {
            "The Prime Minister of Pakistan was received in Beijing by the Chinese president on Thursday.",
            "Rebels who had seized the town were driven out by government troops, a military spokesman said.",
            "Germany and France will ask the European Commission to delay the vote on farm subsidies.",
            "Ministers from the two countries, meeting in Geneva, failed to agree on the border dispute.",
            "The embassy said the ambassador had been summoned to explain remarks made by his deputy.",
            "Protesters in Manila burned flags outside the U.S. embassy and demanded the closure of the bases.",
            "Egypt's foreign minister, whose visit was postponed twice, arrives in Amman tomorrow.",
            "Oil prices fell after OPEC said it would not cut output before its next meeting in Vienna.",
    };

    @Test
    void largerCacheParsesAsTheDefaults() {
        Syntax syntax = Syntax.get();
        DependencyParser defaults = DependencyParser.loadFromModelFile(Syntax.PARSER);
        int compared = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (String s : SENTENCES) {
                Syntax.Analysis a = syntax.tag(s, 0, s.length(), false, List.of());
                syntax.parse(a);
                assertThat(a.parsed()).as(s).isTrue();
                List<String> expected = new ArrayList<>();
                for (TypedDependency d : defaults.predict(a.tokensForParse).typedDependencies()) {
                    expected.add((d.dep().index() - 1) + "<-" + (d.gov().index() - 1) + ":" + d.reln());
                }
                List<String> actual = new ArrayList<>();
                for (int k = 0; k < a.size(); k++) {
                    if (a.heads[k] >= 0 || a.rels[k].equals("root")) {
                        actual.add(k + "<-" + a.heads[k] + ":" + a.rels[k]);
                    }
                }
                assertThat(expected).as(s).hasSizeGreaterThan(5);
                assertThat(actual).as(s).containsExactlyInAnyOrderElementsOf(expected);
                compared++;
            }
        }
        assertThat(compared).isEqualTo(2 * SENTENCES.length);
    }
}
