package org.attache.nlp.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.Resolved;
import org.attache.api.events.Event;
import org.attache.api.events.PloverType;
import org.attache.api.registry.InMemoryEntityRegistry;
import org.attache.nlp.Annotators;
import org.attache.nlp.annotate.CoreNlpAnnotator;
import org.attache.nlp.resolve.EntityResolver;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An event's date from its own clause, through the real annotator chain, tagger and parser: the sentence's own
 * time words ("late last night", "today", "over the weekend"), the tense deciding the year of a date printed
 * without one, and dates of another clause ("leaves on Wednesday, weeks after X imposed …"), or only the end of a
 * span ("until 1992"), left out. Sentences written for these tests.
 */
class EventDateClauseTest {
    private static CoreNlpAnnotator annotator;
    private final PatternEventCoder coder = PatternEventCoder.standard();

    @BeforeAll
    static void load() {
        annotator = Annotators.standard();
    }

    private List<Event> code(String published, String text) {
        Article article = new Article("d1", "test", null, "Wire", null, false, List.of(text), List.of(), null,
                null, new PublishedDate(published, DateProvenance.RECORD), "en", List.of(), null, null);
        InMemoryEntityRegistry registry = new InMemoryEntityRegistry();
        Resolved resolved = new EntityResolver().resolve(annotator.annotate(article), registry);
        return coder.code(resolved, registry);
    }

    /** The date of the one event of {@code type}, as "start..end precision", or "none". */
    private String date(String published, String text, PloverType type) {
        List<Event> all = code(published, text);
        List<Event> of = all.stream().filter(e -> e.type() == type).toList();
        assertThat(of).as("%s events of: %s (all: %s)", type, text, all.stream().map(e -> e.type() + " "
                + e.trigger() + " " + e.date()).toList()).hasSize(1);
        Event e = of.get(0);
        return e.date() == null ? "none"
                : e.date().start() + ".." + e.date().end() + " " + e.date().precision().label();
    }

    @Test
    void theSentencesOwnTimeWordsDateTheEvent() {
        // a Tuesday evening report: last night is Monday
        assertThat(date("1987-04-28T18:47:31Z", "European Community farm commissioner Frans Keller met Belgian "
                + "Agriculture Minister Paul Maes late last night.", PloverType.CONSULT))
                .isEqualTo("1987-04-27..1987-04-27 day");
        // a Monday report: over the weekend is the Saturday and Sunday before it
        assertThat(date("1987-05-04", "Syrian troops clashed with Druze militiamen in west Beirut over the weekend.",
                PloverType.ASSAULT)).isEqualTo("1987-05-02..1987-05-03 day");
    }

    @Test
    void aTimeBeforeTheAttributionsCommaIsTheReportedActs() {
        assertThat(date("1987-04-29", "Iraqi warplanes attacked an Iranian tanker in the Gulf today, an Iraqi "
                + "military spokesman said.", PloverType.ASSAULT)).isEqualTo("1987-04-29..1987-04-29 day");
    }

    @Test
    void aCoordinatedVerbSharesTheTriggersTime() {
        assertThat(date("1987-04-29", "Iraqi warplanes attacked and hit an Iranian tanker in the Gulf today, "
                + "an Iraqi military spokesman said.", PloverType.ASSAULT)).isEqualTo("1987-04-29..1987-04-29 day");
    }

    @Test
    void theTenseDecidesTheYearOfADatePrintedWithout() {
        // a past act reported on June 1 is not next year's, whatever its status reading
        assertThat(date("1987-06-01", "These fears were heightened by the May 17 Iraqi missile attack on the "
                + "U.S. frigate Stark.", PloverType.ASSAULT)).isEqualTo("1987-05-17..1987-05-17 day");
        // a bare weekday: past tense looks back, future tense forward (April 29, 1987 was a Wednesday)
        assertThat(date("1987-04-29", "Secretary of State George Shultz met Soviet Foreign Minister Eduard "
                + "Shevardnadze in Geneva on Monday.", PloverType.CONSULT)).isEqualTo("1987-04-27..1987-04-27 day");
        assertThat(date("1987-04-29", "Secretary of State George Shultz will meet Soviet Foreign Minister Eduard "
                + "Shevardnadze in Geneva on Monday.", PloverType.CONSULT)).isEqualTo("1987-05-04..1987-05-04 day");
    }

    @Test
    void aDateOfAnotherClauseDoesNotDateTheEvent() {
        // April 27, 1987 was a Monday: "leaves on Wednesday" is this week's, a scheduled act in the present tense
        String both = "Prime Minister Yasuhiro Nakasone leaves for Washington on Wednesday, only weeks after "
                + "President Reagan imposed sanctions on Japan.";
        assertThat(date("1987-04-27", both, PloverType.CONSULT)).isEqualTo("1987-04-29..1987-04-29 day");
        assertThat(code("1987-04-27", both).stream().filter(e -> e.date() != null
                && e.date().start().toString().equals("1987-04-22"))).isEmpty();
    }

    @Test
    void aDateInASubordinateClauseOfItsOwnIsThatClauses() {
        assertThat(date("1987-04-27", "President Reagan imposed sanctions on Japan after Prime Minister Yasuhiro "
                + "Nakasone left Washington on Wednesday.", PloverType.COERCE)).isEqualTo("none");
    }

    @Test
    void theEndOfASpanIsNoDateOfTheAct() {
        assertThat(date("1987-03-31", "Iraqi warplanes bombed Iranian oil installations until Friday, a military "
                + "spokesman said.", PloverType.ASSAULT)).isEqualTo("none");
        assertThat(date("1987-03-31", "Iraqi warplanes bombed Iranian oil installations on Friday, a military "
                + "spokesman said.", PloverType.ASSAULT)).isEqualTo("1987-03-27..1987-03-27 day");
    }
}
