package org.attache.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.api.Annotated;
import org.attache.api.MentionType;
import org.attache.nlp.offices.Docs;
import org.junit.jupiter.api.Test;

class DateLayerTest {
    private final DateLayer layer = new DateLayer();

    private java.util.List<String> dates(String text) {
        Annotated a = layer.apply(Docs.of(text).build());
        Docs.assertExact(a);
        return a.mentions().stream().filter(m -> m.type() == MentionType.DATE).map(m -> m.text()).toList();
    }

    @Test
    void calendarDates() {
        assertThat(dates("Talks on March 3 and 14 June, then on Friday, October 9, 2026 and Sept. 5."))
                .containsExactly("March 3", "14 June", "Friday, October 9, 2026", "Sept. 5");
    }

    @Test
    void rangesAndNumeric() {
        assertThat(dates("A visit from February 2-6, forms dated 11/05/2024 and 2024-05-11, plans for 2030-2035."))
                .containsExactly("February 2-6", "11/05/2024", "2024-05-11", "2030-2035");
    }

    @Test
    void yearsNotNumbers() {
        assertThat(dates("Trade rose 2024 percent? No: it rose 12.5% in 2024, to 2,500 tonnes, by 1,999 units."))
                .containsExactly("2024");
    }

    @Test
    void relativeAndDeictic() {
        assertThat(dates("Yesterday he said that last week and over the past years, and three days ago, "
                + "things moved; next month and earlier this year too. He left on Tuesday."))
                .containsExactly("Yesterday", "last week", "the past years", "three days ago", "next month",
                        "earlier this year", "Tuesday");
    }

    @Test
    void partsOfTheDayAndTheWeekend() {
        assertThat(dates("The minister met him late last night. Talks resumed early this morning and over the "
                + "weekend; Friday night they ended. Overnight rates and last nightclubs are no dates."))
                .containsExactly("late last night", "early this morning", "over the weekend", "Friday night");
        assertThat(dates("He left last night, before this evening's vote.")).containsExactly("last night",
                "this evening");
    }

    @Test
    void modalMayIsNotADate() {
        assertThat(dates("May the talks go well; they may meet in May 2027.")).containsExactly("May 2027");
    }

    @Test
    void idempotentAndRespectsExistingMentions() {
        Annotated a = layer.apply(Docs.of("The SRED 2025 forum opened on 4 May.").mark(MentionType.EVENT, "SRED 2025").build());
        assertThat(a.mentions()).extracting(m -> m.text()).containsExactly("SRED 2025", "4 May");
        assertThat(layer.apply(a)).isEqualTo(a);
    }

    @Test
    void phrasesTheEventDateResolverReads() {
        assertThat(dates("He paid a working visit from January 7-11 and returned on Friday; talks ran Jan. 7 to Jan. 11."))
                .containsExactly("January 7-11", "Friday", "Jan. 7 to Jan. 11");
        assertThat(dates("The fair runs between 3 and 5 March, the forum between April 1 and 2, 2026, "
                + "and the tour from 29 April to 2 May; yesterday the minister spoke."))
                .containsExactly("between 3 and 5 March", "between April 1 and 2, 2026", "29 April to 2 May",
                        "yesterday");
    }

    @Test
    void everySpanTheLayerMarksAsACalendarDateResolves() {
        EventDateResolver resolver = new EventDateResolver();
        java.time.LocalDate anchor = java.time.LocalDate.of(2025, 4, 30);
        for (String d : dates("Talks between 3 and 5 March, on April 1-2, on 29 April to 2 May, in March 2025, "
                + "on Friday, last week, yesterday, next month, three days ago, in 2021-2025 and Sept. 5.")) {
            assertThat(resolver.resolve(d, anchor)).as(d).isPresent();
        }
    }
}
