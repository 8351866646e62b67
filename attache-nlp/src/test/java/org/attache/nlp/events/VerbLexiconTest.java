package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

class VerbLexiconTest {
    private final VerbLexicon lexicon = VerbLexicon.bundled();

    @Test
    void inflectedFormsReachTheirLemma() {
        for (String form : List.of("agree", "agreed", "agrees", "agreeing")) {
            assertThat(lexicon.lemmasOf(form)).as(form).contains("agree");
        }
        assertThat(lexicon.lemmasOf("met")).contains("meet");
        assertThat(lexicon.lemmasOf("held")).contains("hold");
        assertThat(lexicon.lemmasOf("banned")).contains("ban");
        assertThat(lexicon.lemmasOf("withdrew")).contains("withdraw");
        assertThat(lexicon.lemmasOf("criticised")).contains("criticise");
        assertThat(lexicon.lemmasOf("talks")).contains("talks");
        assertThat(lexicon.lemmasOf("zzzz")).isEmpty();
    }

    @Test
    void coversEveryCameoRootButStatementsAndEveryPloverType() {
        Set<String> roots = new TreeSet<>();
        EnumSet<PloverType> types = EnumSet.noneOf(PloverType.class);
        for (VerbLexicon.Entry e : lexicon.entries()) {
            String cameo = e.pattern().cameo();
            roots.add(cameo.substring(0, 2));
            PloverType t = CameoPlover.standard().typeOf(cameo);
            assertThat(t).as(e.toString()).isNotNull();
            types.add(t);
        }
        assertThat(roots).containsAll(List.of("02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12",
                "13", "14", "15", "16", "17", "18", "19", "20"));
        assertThat(types).containsExactlyInAnyOrder(PloverType.values());
    }

    @Test
    void plusAddsUserPatternsWithoutChangingTheBundledLexicon() {
        int before = lexicon.size();
        VerbLexicon more = lexicon.plus(List.of(new VerbLexicon.VerbPattern(List.of("Parley", "with"), "040")));
        assertThat(more.size()).isEqualTo(before + 1);
        assertThat(more.withHead("parley")).hasSize(1);
        assertThat(more.lemmasOf("parleyed")).contains("parley");
        assertThat(lexicon.withHead("parley")).isEmpty();
    }
}
