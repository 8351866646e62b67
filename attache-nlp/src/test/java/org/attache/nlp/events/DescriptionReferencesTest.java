package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A definite description as the subject of a trigger ("the Bank", "the Community", "the minister") stands for
 * the actor the article named earlier with that name or office; without such an actor it stays unread. Texts
 * written for these tests, through the real annotator chain and the shipped coder.
 */
class DescriptionReferencesTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    @Test
    void anInstitutionNamedByItsHeadNounIsTheOneNamedBefore() {
        List<Event> events = code("The World Bank opened its annual meeting in Washington on Monday.",
                "Kenya and Tanzania signed a border accord on Sunday.",
                "The Bank criticised Uganda for delays in its reform programme.");
        List<Event> accuse = CodedText.of(events, PloverType.ACCUSE);
        assertThat(accuse).hasSize(1);
        assertThat(accuse.get(0).source()).extracting(a -> a.name()).containsExactly("World Bank");
        assertThat(countries(accuse.get(0).target())).containsExactly("UGA");

        List<Event> community = CodedText.of(code("The European Community held talks with Japan on Monday.",
                "Japanese officials later met Korean trade negotiators.",
                "The Community condemned Japanese trade practices on Tuesday."), PloverType.ACCUSE);
        assertThat(community).hasSize(1);
        assertThat(community.get(0).source()).extracting(a -> a.name()).containsExactly("European Community");
    }

    @Test
    void anOfficeHolderNamedByTheOfficeIsThePersonNamedBefore() {
        List<Event> events = code("Egyptian Foreign Minister Amr Moussa arrived in Paris on Monday.",
                "French officials said the minister also criticised Israel during the visit.");
        List<Event> accuse = CodedText.of(events, PloverType.ACCUSE);
        assertThat(accuse).hasSize(1);
        assertThat(countries(accuse.get(0).source())).containsExactly("EGY");
        assertThat(countries(accuse.get(0).target())).containsExactly("ISR");
    }

    @Test
    void aDescriptionWithNothingNamedBeforeOrAsTheObjectIsNoSource() {
        // nothing named "… Bank" before: no actor is guessed for "the Bank"
        assertThat(CodedText.of(code("The Bank criticised Uganda for delays in its reform programme."),
                PloverType.ACCUSE)).allSatisfy(e -> assertThat(e.source()).extracting(a -> a.name())
                .doesNotContain("World Bank"));
        // a common noun is no institution: "the bank" of a river or a lender named by its trade
        List<Event> lender = CodedText.of(code("The World Bank opened its annual meeting in Washington on Monday.",
                "A local bank official said the bank criticised Uganda."), PloverType.ACCUSE);
        assertThat(lender).allSatisfy(e -> assertThat(e.source()).extracting(a -> a.name())
                .doesNotContain("World Bank"));
        // the description as the object is the target, not the source
        List<Event> object = CodedText.of(code("The World Bank opened its annual meeting in Washington on Monday.",
                "Brazil criticised the Bank for its lending policy."), PloverType.ACCUSE);
        assertThat(object).allSatisfy(e -> assertThat(countries(e.source())).containsExactly("BRA"));
    }
}
