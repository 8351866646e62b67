package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A nominal act named inside another clause is an event of its own when its phrase names both sides ("Tass
 * denounced a U.S. attack on an Iranian platform": an accusation and an attack); without its own actor or
 * counterpart it is only the topic of the clause. Sentences written for these tests, through the real annotator
 * chain and the shipped coder.
 */
class NamedActsInsideClausesTest {
    private static List<Event> code(String text) {
        return CodedText.code("1991-05-14", text);
    }

    @Test
    void anActWithBothSidesInsideAnotherClauseIsAnEventOfItsOwn() {
        List<Event> events = code("The Egyptian government condemned the Israeli attack on Lebanon.");
        List<Event> accuse = CodedText.of(events, PloverType.ACCUSE);
        assertThat(accuse).hasSize(1);
        assertThat(countries(accuse.get(0).source())).containsExactly("EGY");
        List<Event> attack = CodedText.of(events, PloverType.ASSAULT);
        assertThat(attack).hasSize(1);
        assertThat(countries(attack.get(0).source())).containsExactly("ISR");
        assertThat(countries(attack.get(0).target())).containsExactly("LBN");

        List<Event> talks = CodedText.of(code("Brazil welcomed the Argentine talks with Chile."),
                PloverType.CONSULT);
        assertThat(talks).hasSize(1);
        assertThat(countries(talks.get(0).source())).containsExactly("ARG");
        assertThat(countries(talks.get(0).target())).containsExactly("CHL");
    }

    @Test
    void anActWithoutItsOwnActorOrCounterpartIsOnlyTheTopic() {
        // no actor in the act's own phrase: the attack is what Egypt condemned, not a second event
        assertThat(CodedText.of(code("The Egyptian government condemned the attack on Lebanon."),
                PloverType.ASSAULT)).isEmpty();
        // no counterpart after it
        assertThat(CodedText.of(code("The Egyptian government condemned the Israeli attack yesterday."),
                PloverType.ASSAULT)).isEmpty();
        // a possessive pronoun is not the act's named actor
        assertThat(CodedText.of(code("The Egyptian government condemned its attack on Lebanon."),
                PloverType.ASSAULT)).isEmpty();
    }
}
