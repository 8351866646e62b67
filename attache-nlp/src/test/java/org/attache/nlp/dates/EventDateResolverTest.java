package org.attache.nlp.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.attache.api.Article;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;
import org.attache.api.events.DatePrecision;
import org.attache.api.events.EventDate;
import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

class EventDateResolverTest {
    private final EventDateResolver resolver = new EventDateResolver();
    /** A Wednesday. */
    private static final LocalDate WED = LocalDate.of(2025, 4, 30);

    private String iv(String phrase, LocalDate anchor) {
        Optional<EventDate> d = resolver.resolve(phrase, anchor);
        return d.map(x -> x.start() + ".." + x.end() + " " + x.precision().label()).orElse("none");
    }

    @Test
    void dayAndMonthWithoutYearTakeTheAnchorsYearOrStayUnknown() {
        assertThat(iv("April 29", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("on April 29", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("29 April", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("the 29th of April", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("April 29", null)).isEqualTo("--04-29..--04-29 day");
        assertThat(resolver.resolve("on April 29", null).orElseThrow().text()).isEqualTo("on April 29");
    }

    @Test
    void yearRuleAllowsPlannedDatesUpToTwoMonthsAhead() {
        // published 5 January: "January 7-11" is this week, planned
        assertThat(iv("from January 7-11", LocalDate.of(2025, 1, 5))).isEqualTo("2025-01-07..2025-01-11 day");
        // published in March: a December date is last December
        assertThat(iv("December 20", LocalDate.of(2025, 3, 10))).isEqualTo("2024-12-20..2024-12-20 day");
        // published late November: mid-January is the coming one
        assertThat(iv("January 15", LocalDate.of(2025, 11, 20))).isEqualTo("2026-01-15..2026-01-15 day");
        // published in March: an October date is last October, not seven months ahead
        assertThat(iv("October 3", LocalDate.of(2025, 3, 10))).isEqualTo("2024-10-03..2024-10-03 day");
        // a range over the new year
        assertThat(iv("December 29 - January 3", LocalDate.of(2025, 1, 6))).isEqualTo("2024-12-29..2025-01-03 day");
        assertThat(iv("December 29 - January 3", null)).isEqualTo("--12-29..--01-03 day");
    }

    @Test
    void printedYearWins() {
        assertThat(iv("January 7-11, 2024", WED)).isEqualTo("2024-01-07..2024-01-11 day");
        assertThat(iv("Friday, October 9, 2026", null)).isEqualTo("2026-10-09..2026-10-09 day");
        assertThat(iv("7-11 January 2023", null)).isEqualTo("2023-01-07..2023-01-11 day");
        assertThat(iv("Dec. 29, 2024 to Jan. 3, 2025", null)).isEqualTo("2024-12-29..2025-01-03 day");
        assertThat(iv("December 29 to January 3, 2025", null)).isEqualTo("2024-12-29..2025-01-03 day");
    }

    @Test
    void ranges() {
        assertThat(iv("April 1-2", WED)).isEqualTo("2025-04-01..2025-04-02 day");
        assertThat(iv("between 3 and 5 March", WED)).isEqualTo("2025-03-03..2025-03-05 day");
        assertThat(iv("Jan. 7 to Jan. 11", null)).isEqualTo("--01-07..--01-11 day");
        assertThat(iv("April 29 to May 2", null)).isEqualTo("--04-29..--05-02 day");
        assertThat(iv("April 29 – May 2", WED)).isEqualTo("2025-04-29..2025-05-02 day");
        assertThat(iv("2021-2025", null)).isEqualTo("2021..2025 year");
        assertThat(iv("the 1990s", null)).isEqualTo("1990..1999 year");
        assertThat(iv("April 5-2", WED)).isEqualTo("none");
    }

    @Test
    void monthsAndYears() {
        assertThat(iv("March 2025", null)).isEqualTo("2025-03..2025-03 month");
        assertThat(iv("in mid-March 2025", null)).isEqualTo("2025-03..2025-03 month");
        assertThat(iv("in June", WED)).isEqualTo("2025-06..2025-06 month");
        assertThat(iv("in September", WED)).isEqualTo("2024-09..2024-09 month");
        assertThat(iv("2025", null)).isEqualTo("2025..2025 year");
        assertThat(iv("2025-02-03", null)).isEqualTo("2025-02-03..2025-02-03 day");
        assertThat(iv("25/12/2024", null)).isEqualTo("2024-12-25..2024-12-25 day");
        assertThat(iv("03/02/2025", null)).as("day/month order unknown").isEqualTo("none");
    }

    @Test
    void deicticAndWeekdays() {
        assertThat(iv("yesterday", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("Today", WED)).isEqualTo("2025-04-30..2025-04-30 day");
        assertThat(iv("tomorrow", WED)).isEqualTo("2025-05-01..2025-05-01 day");
        assertThat(iv("on Friday", WED)).isEqualTo("2025-04-25..2025-04-25 day");
        assertThat(iv("Wednesday", WED)).isEqualTo("2025-04-30..2025-04-30 day");
        assertThat(iv("on Monday morning", WED)).isEqualTo("2025-04-28..2025-04-28 day");
        assertThat(iv("last Wednesday", WED)).isEqualTo("2025-04-23..2025-04-23 day");
        assertThat(iv("next Monday", WED)).isEqualTo("2025-05-05..2025-05-05 day");
        assertThat(iv("this Friday", WED)).isEqualTo("2025-05-02..2025-05-02 day");
        assertThat(iv("three days ago", WED)).isEqualTo("2025-04-27..2025-04-27 day");
    }

    @Test
    void relativePeriods() {
        assertThat(iv("last week", WED)).isEqualTo("2025-04-21..2025-04-27 day");
        assertThat(iv("this week", WED)).isEqualTo("2025-04-28..2025-05-04 day");
        assertThat(iv("earlier this week", WED)).isEqualTo("2025-04-28..2025-04-30 day");
        assertThat(iv("later this week", WED)).isEqualTo("2025-04-30..2025-05-04 day");
        assertThat(iv("next week", WED)).isEqualTo("2025-05-05..2025-05-11 day");
        assertThat(iv("the past week", WED)).isEqualTo("2025-04-24..2025-04-30 day");
        assertThat(iv("last weekend", WED)).isEqualTo("2025-04-26..2025-04-27 day");
        assertThat(iv("next month", WED)).isEqualTo("2025-05..2025-05 month");
        assertThat(iv("next month", LocalDate.of(2025, 12, 3))).isEqualTo("2026-01..2026-01 month");
        assertThat(iv("last year", WED)).isEqualTo("2024..2024 year");
        assertThat(iv("earlier this year", WED)).isEqualTo("2025..2025 year");
        assertThat(iv("last March", WED)).isEqualTo("2025-03..2025-03 month");
        assertThat(iv("next March", WED)).isEqualTo("2026-03..2026-03 month");
    }

    @Test
    void partsOfTheDayAndTheWeekend() {
        assertThat(iv("last night", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("late last night", WED)).isEqualTo("2025-04-29..2025-04-29 day");
        assertThat(iv("early this morning", WED)).isEqualTo("2025-04-30..2025-04-30 day");
        assertThat(iv("this evening", WED)).isEqualTo("2025-04-30..2025-04-30 day");
        assertThat(iv("tonight", WED)).isEqualTo("2025-04-30..2025-04-30 day");
        assertThat(iv("Friday night", WED)).isEqualTo("2025-04-25..2025-04-25 day");
        // "over the weekend": the one before a weekday report, the current one on a Sunday, ahead when planned
        assertThat(iv("over the weekend", WED)).isEqualTo("2025-04-26..2025-04-27 day");
        assertThat(iv("over the weekend", LocalDate.of(2025, 5, 4))).isEqualTo("2025-05-03..2025-05-04 day");
        assertThat(resolver.resolve("over the weekend", WED, true).map(x -> x.start() + ".." + x.end()))
                .contains("2025-05-03..2025-05-04");
        assertThat(iv("last night", null)).isEqualTo("none");
    }

    private String tensed(String phrase, LocalDate anchor, EventDateResolver.Tense tense) {
        return resolver.resolve(phrase, anchor, tense).map(x -> x.start() + ".." + x.end() + " "
                + x.precision().label()).orElse("none");
    }

    @Test
    void theClausesTenseDecidesTheYearAndTheWeek() {
        LocalDate june1 = LocalDate.of(1987, 6, 1); // a Monday
        // a past act is never dated after the report, a planned one never before its week
        assertThat(tensed("May 17", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-05-17..1987-05-17 day");
        assertThat(tensed("May 17", june1, EventDateResolver.Tense.FUTURE)).isEqualTo("1988-05-17..1988-05-17 day");
        assertThat(tensed("June 20", june1, EventDateResolver.Tense.PAST)).isEqualTo("1986-06-20..1986-06-20 day");
        assertThat(tensed("June 20", june1, EventDateResolver.Tense.UNKNOWN)).isEqualTo("1987-06-20..1987-06-20 day");
        assertThat(tensed("in July", june1, EventDateResolver.Tense.PAST)).isEqualTo("1986-07..1986-07 month");
        assertThat(tensed("on June 1", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-06-01..1987-06-01 day");
        // a printed year is never moved
        assertThat(tensed("June 20, 1987", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-06-20..1987-06-20 day");
        assertThat(tensed("on Friday", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-05-29..1987-05-29 day");
        assertThat(tensed("on Friday", june1, EventDateResolver.Tense.FUTURE)).isEqualTo("1987-06-05..1987-06-05 day");
        // honest precision: a year phrase is a year, a month phrase a month
        assertThat(tensed("in 1987", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987..1987 year");
        assertThat(tensed("last month", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-05..1987-05 month");
        assertThat(tensed("earlier this month", june1, EventDateResolver.Tense.PAST)).isEqualTo("1987-06..1987-06 month");
    }

    @Test
    void vagueOrAnchorlessRelativeGivesNothing() {
        for (String vague : List.of("recent", "recently", "the past years", "in the coming time", "in recent years",
                "the following week", "soon", "")) {
            assertThat(iv(vague, WED)).as(vague).isEqualTo("none");
        }
        for (String rel : List.of("yesterday", "on Friday", "last week", "next month", "last year", "this week",
                "three days ago")) {
            assertThat(iv(rel, null)).as(rel).isEqualTo("none");
        }
        assertThat(iv("February 30", WED)).isEqualTo("none");
        assertThat(iv("February 29", null)).isEqualTo("--02-29..--02-29 day");
        assertThat(iv("the 7 ministers", WED)).isEqualTo("none");
    }

    @Test
    void anchorIsThePublicationDay() {
        assertThat(EventDateResolver.anchorOf(article("2025-01-07T10:16:00+07:00"))).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDateResolver.anchorOf(article("2025-01-07"))).isEqualTo(LocalDate.of(2025, 1, 7));
        assertThat(EventDateResolver.anchorOf(article("2025-01"))).isNull();
        assertThat(EventDateResolver.anchorOf(article(null))).isNull();
    }

    @Test
    void resolvedIntervalsNeverEndBeforeTheyStartAndStayNearTheAnchor() {
        String[] months = {"January", "Feb.", "March", "April", "May", "June", "July", "Aug.", "September", "Oct.",
                "November", "December"};
        RandomTexts.forAll(300, random -> {
            LocalDate anchor = LocalDate.of(2000 + random.nextInt(40), 1, 1).plusDays(random.nextInt(366));
            int m = random.nextInt(12);
            int d1 = 1 + random.nextInt(28);
            int d2 = d1 + random.nextInt(29 - d1);
            String phrase = months[m] + " " + d1 + (d2 > d1 ? "-" + d2 : "");
            EventDate e = resolver.resolve(phrase, anchor).orElseThrow();
            LocalDate s = e.start().toLocalDate();
            assertThat(s).as(phrase + " @ " + anchor).isBeforeOrEqualTo(e.end().toLocalDate())
                    .isBeforeOrEqualTo(anchor.plusDays(EventDateResolver.PLANNED_DAYS))
                    .isAfter(anchor.minusYears(1).plusDays(EventDateResolver.PLANNED_DAYS - 1));
            assertThat(e.precision()).isEqualTo(DatePrecision.DAY);
        });
    }

    private static Article article(String published) {
        return new Article("a1", "test", null, null, null, false, List.of("Body."), List.of(), null, null,
                published == null ? null : new PublishedDate(published, DateProvenance.values()[0]), "en", List.of(),
                null, null);
    }
}
