package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * An attributive "visiting" names the visitor: the phrase it qualifies travels to the clause's subject (the facts
 * conventions: the visitor is the source, the host the target). Sentences written for these tests, through the
 * real annotator chain and the shipped coder (English: the coder's lexicon is English).
 */
class VisitingParticipleTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    @Test
    void thePhraseAVisitingParticipleQualifiesIsTheVisitor() {
        List<Event> told = of(code("Iranian President Ali Karimi told a visiting Nicaraguan delegation on Monday "
                + "that the war would go on."), PloverType.CONSULT);
        assertThat(told).isNotEmpty();
        assertThat(countries(told.get(0).source())).containsExactly("NIC");
        assertThat(countries(told.get(0).target())).containsExactly("IRN");
    }

    @Test
    void aVisitingVerbKeepsItsSubjectAsTheVisitor() {
        List<Event> visits = of(code("A Nicaraguan delegation is visiting Iran this week."), PloverType.CONSULT);
        assertThat(visits).isNotEmpty();
        assertThat(countries(visits.get(0).source())).containsExactly("NIC");
        assertThat(countries(visits.get(0).target())).containsExactly("IRN");
        List<Event> past = of(code("Peru's foreign minister, visiting Chile on Monday, met President Ana Rojas."),
                PloverType.CONSULT);
        assertThat(past).isNotEmpty().allSatisfy(e -> assertThat(countries(e.source())).containsExactly("PER"));
    }
}
