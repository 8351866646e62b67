package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.countries;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * A trigger word is an act only when the sentence reports that act (issue 14, item 8): an accord that already
 * stands is no new agreement, and a reporter's question ("asked to comment", "was asked why …") is no request and
 * does not report what it asks about ({@link UnstatedActs}). Beside each, sentences where the act is real and must
 * stay. Sentences written for these tests (English: the coder's lexicon is English), through the real annotator
 * chain and the shipped coder.
 */
class ReferencedAccordsTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1987-04-20", paragraphs);
    }

    @Test
    void anAccordThatAlreadyStandsIsNoNewAgreement() {
        assertThat(of(code("Prospects for renewal of the Soviet-Canadian wheat agreement are unclear, a Canadian "
                + "official said."), PloverType.AGREE)).isEmpty();
        assertThat(of(code("Argentina's new package marks a sharp cut from its 1984 debt agreement with the "
                + "banks, bankers said."), PloverType.AGREE)).isEmpty();
        assertThat(of(code("Prices firmed as the impact of OPEC's November agreement on quotas was felt, traders "
                + "said."), PloverType.AGREE)).isEmpty();
        assertThat(of(code("Japanese exporters have complied with the Japanese-Australian beef agreement, an "
                + "industry spokesman said."), PloverType.AGREE)).isEmpty();
        assertThat(of(code("The existing French-Algerian gas agreement runs until 1990, officials said."),
                PloverType.AGREE)).isEmpty();
    }

    @Test
    void anAccordBeingMadeStays() {
        // signing an accord introduced as news is coded (the lexicon files "sign agreement" under CAMEO 057)
        assertThat(code("Egypt and Sudan signed an agreement on trade on Monday.")).anySatisfy(
                e -> assertThat(e.trigger()).contains("agreement"));
        assertThat(of(code("Brazil's agreement with its creditor banks, reached on Sunday, will reschedule 30 "
                + "billion dlrs of debt."), PloverType.AGREE)).isNotEmpty();
        // the dateline's month dates the report, not the accord
        assertThat(of(code("CARACAS, June 29 - Venezuela's agreement with Ecuador to raise oil exports "
                + "will boost output."), PloverType.AGREE)).isNotEmpty();
        assertThat(of(code("Mexico and Venezuela reached agreement on oil prices on Friday."), PloverType.AGREE))
                .isNotEmpty();
        assertThat(of(code("Peru agreed with Chile on Tuesday to open the border."), PloverType.AGREE)).isNotEmpty();
    }

    @Test
    void aReportersRequestForCommentIsNoRequest() {
        assertThat(of(code("The French Foreign Ministry spokesman, asked to comment on the dispute with Britain, "
                + "said Paris wanted calm."), PloverType.REQUEST)).isEmpty();
        assertThat(of(code("When asked for comment on the Soviet offer, the Norwegian minister said nothing."),
                PloverType.REQUEST)).isEmpty();
    }

    @Test
    void whatAQuestionAsksAboutIsNotReported() {
        // the attack is what the reporters asked about: the sentence reports the question, not the attack
        assertThat(of(code("Shultz was asked why the United States had decided to attack the Libyan camps."),
                PloverType.ASSAULT)).isEmpty();
        assertThat(of(code("The minister was asked how Italy would help Somalia."), PloverType.AID)).isEmpty();
    }

    @Test
    void aRealRequestAndARealActStay() {
        List<Event> asked = of(code("Washington asked Japan to open its rice market on Monday."), PloverType.REQUEST);
        assertThat(asked).isNotEmpty();
        assertThat(countries(asked.get(0).source())).containsExactly("USA");
        assertThat(of(code("Poland asked for more aid from West Germany."), PloverType.REQUEST)).isNotEmpty();
        assertThat(of(code("Iraqi forces attacked the Iranian town of Basra on Monday."), PloverType.ASSAULT))
                .isNotEmpty();
        // an object between "asked" and "to comment": the one asked is named, the request stays
        List<Event> toComment = of(code("Japan asked the United States to comment on the plan."),
                PloverType.REQUEST);
        assertThat(toComment).isNotEmpty();
        assertThat(countries(toComment.get(0).target())).containsExactly("USA");
        assertThat(of(code("Iran asked to join the talks with Iraq."), PloverType.REQUEST)).isNotEmpty();
    }
}
