package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Words of force and threat the trigger lexicon reads ("stormed", "bombarded", "injured", "vowed revenge"), and the
 * same words where they are none ("stormed out of the meeting", "a tropical storm"). Sentences written for these
 * tests, through the real annotator chain and the shipped coder.
 */
class ForceWordsTest {
    private static List<Event> code(String text) {
        return CodedText.code("1994-03-02", text);
    }

    private static void assertAct(String text, PloverType type, String source, String target) {
        List<Event> of = CodedText.of(code(text), type);
        assertThat(of).as(text).isNotEmpty();
        assertThat(countries(of.get(0).source())).as(text).containsExactly(source);
        assertThat(countries(of.get(0).target())).as(text).containsExactly(target);
    }

    @Test
    void stormingBombardingAndInjuringAreForce() {
        assertAct("Israeli troops stormed Palestinian villages on Monday.", PloverType.ASSAULT, "ISR", "PSE");
        assertAct("Iraqi artillery bombarded Iranian positions near Basra.", PloverType.ASSAULT, "IRQ", "IRN");
        assertAct("Indian police injured 20 Kashmiri protesters in Srinagar.", PloverType.ASSAULT, "IND", "IND");
    }

    @Test
    void aVowOfRevengeIsAThreat() {
        assertAct("Hamas vowed revenge against Israel after the killing.", PloverType.THREATEN, "PSE", "ISR");
    }

    @Test
    void theSameWordsWithoutForceCodeNoAttack() {
        assertThat(code("The Iraqi delegation stormed out of the meeting in Geneva.")).isEmpty();
        assertThat(CodedText.of(code("A tropical storm hit the Philippines on Monday."), PloverType.ASSAULT)).isEmpty();
    }
}
