package org.attache.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DateParserTest {
    @Test
    void dayFirstPageReads0302AsThirdOfFebruary() {
        String page = "Updated: 10:16 | 03/02/2025\nOther story\n16:21 | 19/01/2025 Politics";
        assertThat(DayOrder.of(page)).isEqualTo(DayOrder.DAY_FIRST);
        assertThat(DateParser.findInText("03/02/2025", DayOrder.of(page))).isEqualTo("2025-02-03");
    }

    @Test
    void monthFirstPageReads0302AsSecondOfMarch() {
        String page = "Posted 03/02/2025\nEarlier: 12/25/2024";
        assertThat(DayOrder.of(page)).isEqualTo(DayOrder.MONTH_FIRST);
        assertThat(DateParser.findInText("03/02/2025", DayOrder.of(page))).isEqualTo("2025-03-02");
    }

    @Test
    void ambiguousNumericDateWithoutEvidenceIsUnknown() {
        assertThat(DayOrder.of("03/02/2025")).isEqualTo(DayOrder.UNKNOWN);
        assertThat(DateParser.findInText("03/02/2025", DayOrder.UNKNOWN)).isNull();
        assertThat(DateParser.findInText("27/08/2024", DayOrder.UNKNOWN)).isEqualTo("2024-08-27");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2025-01-07                 | 2025-01-07",
        "2025-01-07T10:16           | 2025-01-07T10:16",
        "1987-02-26T15:01:01Z       | 1987-02-26T15:01:01Z",
        "2025-01-07T10:16:00+0700   | 2025-01-07T10:16:00+07:00",
        "2025-01-07 10:16           | 2025-01-07T10:16",
        "2025-01                    | 2025-01",
        "2025                       | 2025",
        "Tue, 07 Jan 2025 10:16:00 GMT | 2025-01-07T10:16:00Z",
        "Tue, 07 Jan 2025 23:16:00 -0500 | 2025-01-07T23:16:00-05:00",
        "January 7, 2025            | 2025-01-07",
        "not a date                 | ",
        "2025-13-45                 | ",
    })
    void normalisesRecordDatesKeepingPrecision(String in, String expected) {
        assertThat(DateParser.normalise(in)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Updated: 10:16 | 27/08/2024         ; 2024-08-27T10:16",
        "January 7, 2025                     ; 2025-01-07",
        "Tuesday, Jan. 7th, 2025 - 9:30 pm   ; 2025-01-07T21:30",
        "7 January 2025                      ; 2025-01-07",
        "Posted 2025/01/07                   ; 2025-01-07",
        "31.12.2024 08:00                    ; 2024-12-31T08:00",
    })
    void readsPrintedDates(String in, String expected) {
        assertThat(DateParser.findInText(in, DayOrder.UNKNOWN)).isEqualTo(expected);
    }
}
