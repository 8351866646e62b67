package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A group named by a common noun ("gunmen", "demonstrators") is an actor of its own unless it is one of the up to
 * three lower-case words a named phrase takes ("Israeli troops"): a named phrase further back ("The Egyptian
 * government in Cairo condemned the attack by gunmen") does not swallow it. Sentences written for these tests.
 */
class GroupsAfterNamesTest {
    private static List<Event> code(String text) {
        return CodedText.code("1994-03-02", text);
    }

    @Test
    void aGroupFourWordsAfterANameIsAnActorOfItsOwn() {
        List<Event> accuse = CodedText.of(code("The Egyptian government in Cairo condemned the attack by gunmen "
                + "on tourists."), PloverType.ACCUSE);
        assertThat(accuse).isNotEmpty();
        assertThat(countries(accuse.get(0).source())).containsExactly("EGY");
        assertThat(accuse.get(0).target()).extracting(a -> a.name().toLowerCase()).anyMatch(n -> n.contains("gunmen"));
    }

    @Test
    void aGroupWithinTheNamedPhraseStaysPartOfIt() {
        // "Israeli troops": the noun is the named phrase's own word, so the troops act for Israel, not as a group
        List<Event> assault = CodedText.of(code("Israeli troops shelled Lebanese villages on Monday."),
                PloverType.ASSAULT);
        assertThat(assault).isNotEmpty();
        assertThat(countries(assault.get(0).source())).containsExactly("ISR");
        assertThat(countries(assault.get(0).target())).containsExactly("LBN");
    }
}
