package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A journey whose travellers are named by an aid trigger of the lexicon (peacekeepers, peacekeeping troops) is that
 * aid delivered to the place reached (CAMEO 074, PLOVER AID); troops that are no aid arriving are no visit, and a
 * minister arriving stays a visit. Sentences written for these tests.
 */
class TravellingAidTest {
    private static List<Event> code(String text) {
        return CodedText.code("1994-03-02", text);
    }

    @Test
    void peacekeepersArrivingAreAidToThePlace() {
        List<Event> aid = CodedText.of(code("Irish peacekeepers arrived in Lebanon on Tuesday."), PloverType.AID);
        assertThat(aid).isNotEmpty();
        assertThat(countries(aid.get(0).source())).containsExactly("IRL");
        assertThat(countries(aid.get(0).target())).containsExactly("LBN");
        assertThat(aid.get(0).cameo()).isEqualTo("074");

        List<Event> nato = CodedText.of(code("The first NATO peacekeeping troops have arrived in Bosnia."),
                PloverType.AID);
        assertThat(nato).isNotEmpty();
        assertThat(countries(nato.get(0).target())).containsExactly("BIH");
    }

    @Test
    void otherTravellersAreNoAid() {
        List<Event> troops = code("French troops arrived in Chad on Monday.");
        assertThat(CodedText.of(troops, PloverType.AID)).isEmpty();
        assertThat(CodedText.of(troops, PloverType.CONSULT)).isEmpty();

        List<Event> minister = code("The Egyptian foreign minister arrived in Paris on Monday.");
        assertThat(CodedText.of(minister, PloverType.AID)).isEmpty();
        assertThat(CodedText.of(minister, PloverType.CONSULT)).isNotEmpty();
    }
}
