package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * Trigger words that are no one's act (a noun naming a topic, a verb whose subject is a thing, a participle
 * modifying a noun, the exceptions of a list) code no event; the same words tied to an actor still do. Sentences
 * written for these tests, through the real annotator chain and the shipped coder.
 */
class TriggerReadingsTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1993-09-21", paragraphs);
    }

    @Test
    void aNounNamingATopicIsNoAct() {
        assertThat(of(code("Officials in Ottawa said global economic cooperation was weakening."),
                PloverType.COOPERATE)).isEmpty();
        assertThat(of(code("The subsidy offer remains dormant, Egyptian officials said on Monday."),
                PloverType.AGREE)).isEmpty();
        assertThat(code("The Portuguese minister said there were positive signs of growth in the economy."))
                .isEmpty();
        assertThat(of(code("Analysts in Caracas said OPEC could hold prices without another meeting."),
                PloverType.CONSULT)).isEmpty();
    }

    @Test
    void aNounTiedToAnActorStillCodes() {
        List<Event> attack = of(code("Iraq said its troops repelled an Iranian attack near the border town of Fao."),
                PloverType.ASSAULT);
        assertThat(attack).isNotEmpty();
        assertThat(countries(attack.get(0).source())).containsExactly("IRN");
        List<Event> talks = of(code("Ecuador's talks with Colombia ended in Quito on Tuesday."), PloverType.CONSULT);
        assertThat(talks).hasSize(1);
        assertThat(countries(talks.get(0).source())).containsExactly("ECU");
        assertThat(countries(talks.get(0).target())).containsExactly("COL");
        List<Event> held = of(code("Hungary and Austria held talks on the border crossings."), PloverType.CONSULT);
        assertThat(held).isNotEmpty();
    }

    @Test
    void aVerbWhoseSubjectIsAThingIsNoAct() {
        assertThat(of(code("The Greek finance minister said net export growth will provide most of the expansion."),
                PloverType.AGREE)).isEmpty();
        assertThat(code("The Kenyan minister praised the new grain scheme, which would allow Uganda to sell more maize."))
                .noneMatch(e -> e.trigger().equalsIgnoreCase("allow"));
        List<Event> aid = of(code("The Kenyan minister said Uganda would provide food aid to Tanzania."),
                PloverType.AGREE);
        assertThat(aid).isNotEmpty();
        assertThat(countries(aid.get(0).source())).containsExactly("UGA");
    }

    @Test
    void aParticipleModifyingANounIsTheAgentsActNotTheSubjects() {
        List<Event> events = code("Canada objected to a customs fee imposed by the United States.");
        assertThat(events).noneMatch(e -> countries(e.source()).contains("CAN") && e.trigger().equals("imposed"));
    }

    @Test
    void theExceptionsOfAListDoNotAct() {
        List<Event> agreed = of(code("All members of the tin pact except Bolivia and Zaire agreed to the new export "
                + "quotas."), PloverType.AGREE);
        for (Event e : agreed) {
            assertThat(countries(e.source())).doesNotContain("BOL", "COD", "ZAR");
        }
    }

    @Test
    void aDateInAnEarlierRelativeOrSinceClauseIsNotTheEvents() {
        List<Event> resigned = of(code("Novak, who underwent surgery in December, resigned as Czech foreign minister "
                + "last month."), PloverType.RETREAT);
        for (Event e : resigned) {
            assertThat(e.date() == null || !Integer.valueOf(12).equals(e.date().start().month())).isTrue();
        }
        List<Event> refused = code("The Danish premier repeated -- as he has done since the crisis broke last "
                + "November -- that he would not meet the Swedish envoy.");
        for (Event e : refused) {
            assertThat(e.date() == null || !Integer.valueOf(11).equals(e.date().start().month())).isTrue();
        }
    }

    @Test
    void anActLeftOpenIsNoAct() {
        assertThat(code("The Dutch premier reserved his reply on whether to accept the Belgian proposal."))
                .noneMatch(e -> e.type() == PloverType.AGREE);
        assertThat(of(code("The Kuwaiti minister said there were no plans for an emergency OPEC meeting."),
                PloverType.CONSULT)).isEmpty();
        assertThat(of(code("A Saudi official said no OPEC meeting was foreseen before June."), PloverType.CONSULT))
                .isEmpty();
        assertThat(code("Chile will receive a grant of 40 mln dlrs from Sweden during the year."))
                .noneMatch(e -> e.type() == PloverType.CONSULT);
        List<Event> guest = of(code("The Austrian chancellor received the Hungarian foreign minister in Vienna."),
                PloverType.CONSULT);
        assertThat(guest).isNotEmpty();
    }
}
