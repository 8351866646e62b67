package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.nlp.events.CodedText.of;

import java.util.List;
import org.attache.api.events.Event;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.junit.jupiter.api.Test;

/**
 * The status an act takes from a report around it (denied, unconfirmed), from the verb after a relative clause
 * that interrupts a process noun, and from a time ahead named after a meeting noun. Sentences written for these
 * tests, through the real annotator chain and the shipped coder (English: the coder's lexicon is English).
 */
class ReportedStatusTest {
    private static List<Event> code(String... paragraphs) {
        return CodedText.code("1991-05-14", paragraphs);
    }

    private static EventStatus statusOf(List<Event> events) {
        assertThat(events).isNotEmpty();
        return events.get(0).status();
    }

    @Test
    void anActADeniedReportTellsOfIsDenied() {
        assertThat(statusOf(of(code("Bolivia denied reports that it had imposed sanctions on Peru."),
                PloverType.COERCE))).isEqualTo(EventStatus.DENIED);
        assertThat(statusOf(of(code("The Chilean foreign minister denied an earlier report that Chile had attacked "
                + "Peru."), PloverType.ASSAULT))).isEqualTo(EventStatus.DENIED);
    }

    @Test
    void anActNoOneConfirmsMayHaveHappened() {
        assertThat(statusOf(of(code("The spokesman said he could not confirm reports that Peru has attacked Chile."),
                PloverType.ASSAULT))).isEqualTo(EventStatus.POSSIBLE);
        assertThat(statusOf(of(code("There were unconfirmed reports that Peru attacked Chile on Monday."),
                PloverType.ASSAULT))).isEqualTo(EventStatus.POSSIBLE);
    }

    @Test
    void aReportThatIsConfirmedOrNotDeniedLeavesTheActAsItIs() {
        assertThat(statusOf(of(code("The spokesman confirmed reports that Peru attacked Chile on Monday."),
                PloverType.ASSAULT))).isEqualTo(EventStatus.OCCURRED);
        // the denial is of something else than the report the act stands in
        assertThat(statusOf(of(code("Peru attacked Chile on Monday, and the general denied nothing."),
                PloverType.ASSAULT))).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void theVerbAfterARelativeClauseTellsWhetherTalksAreUnderWay() {
        assertThat(statusOf(of(code("She said bilateral negotiations between Canada and Mexico, which must be "
                + "concluded by October, are progressing well."), PloverType.CONSULT))).isEqualTo(EventStatus.ONGOING);
        // the relative clause's own "will" does not plan talks already held
        assertThat(statusOf(of(code("Talks between Canada and Mexico, which will resume in June, ended on Monday."),
                PloverType.CONSULT))).isEqualTo(EventStatus.OCCURRED);
    }

    @Test
    void aMeetingNamedWithATimeAheadIsPlanned() {
        assertThat(statusOf(of(code("Delegates shelved the dispute until the talks between Chile and Peru in two "
                + "weeks' time."), PloverType.CONSULT))).isEqualTo(EventStatus.PLANNED);
        assertThat(statusOf(of(code("The talks between Chile and Peru next week are crucial, officials said."),
                PloverType.CONSULT))).isEqualTo(EventStatus.PLANNED);
        // a duration or a past time leaves the talks held
        assertThat(statusOf(of(code("The talks between Chile and Peru in two weeks of bargaining ended without a "
                + "deal."), PloverType.CONSULT))).isEqualTo(EventStatus.OCCURRED);
        assertThat(statusOf(of(code("The talks between Chile and Peru last week ended without a deal."),
                PloverType.CONSULT))).isEqualTo(EventStatus.OCCURRED);
    }
}
