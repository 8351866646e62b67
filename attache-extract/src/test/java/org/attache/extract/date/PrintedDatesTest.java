package org.attache.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Month names from CLDR, printed days in many languages, and machine timestamps in their own offset. */
class PrintedDatesTest {
    private static List<LocalDate> days(String text, String language) {
        return PrintedDates.findAll(text, language, DayOrder.UNKNOWN, false).stream().map(PrintedDates.Found::day).toList();
    }

    @Test
    void monthNamesComeFromCldrInThePagesLanguage() {
        MonthNames names = MonthNames.shared();
        assertThat(names.month("lutego", "pl")).isEqualTo(2);
        assertThat(names.month("Jänner", "de")).isEqualTo(1);
        assertThat(names.month("Sept.", "en")).isEqualTo(9);
        assertThat(names.month("févr.", "fr")).isEqualTo(2);
        assertThat(names.month("февраля", "ru")).isEqualTo(2);
        assertThat(names.month("červen", "cs")).isEqualTo(6);
        assertThat(names.month("červenec", "cs")).isEqualTo(7);
        // "listopad" is November in Polish and Czech but October in Croatian: only the page's language decides
        assertThat(names.month("listopad", "pl")).isEqualTo(11);
        assertThat(names.month("listopad", "hr")).isEqualTo(10);
        assertThat(names.month("listopad", null)).isEqualTo(-1);
        assertThat(names.month("Haus", "de")).isEqualTo(-1);
    }

    @Test
    void printedDaysInManyLanguages() {
        LocalDate d = LocalDate.of(2022, 2, 3);
        assertThat(days("Veröffentlicht am 3. Februar 2022 um 10:15 Uhr", "de")).containsExactly(d);
        assertThat(days("le jeudi 3 février 2022", "fr")).containsExactly(d);
        assertThat(days("3 de febrero de 2022", "es")).containsExactly(d);
        assertThat(days("3 lutego 2022 r.", "pl")).containsExactly(d);
        assertThat(days("3 февраля 2022 г.", "ru")).containsExactly(d);
        assertThat(days("Thursday, February 3rd, 2022", "en")).containsExactly(d);
        assertThat(days("2022. február 3.", "hu")).containsExactly(d);
        assertThat(days("2022年2月3日", "zh")).containsExactly(d);
        assertThat(days("2022년 2월 3일", "ko")).containsExactly(d);
        assertThat(days("ngày 3 tháng 2 năm 2022", "vi")).containsExactly(d);
        assertThat(days("03.02.2022", "de")).containsExactly(d);
        assertThat(days("2022/02/03", "ja")).containsExactly(d);
        assertThat(days("٣ فبراير ٢٠٢٢", "ar")).containsExactly(d);
    }

    @Test
    void slashedDatesNeedTheirOrder() {
        assertThat(days("03/02/2022", "fr")).containsExactly(LocalDate.of(2022, 2, 3));
        assertThat(days("03/02/2022", "en")).isEmpty();
        assertThat(days("03/22/2022", "en")).containsExactly(LocalDate.of(2022, 3, 22));
        assertThat(PrintedDates.findAll("03/02/2022", "en", DayOrder.MONTH_FIRST, false))
                .extracting(PrintedDates.Found::day).containsExactly(LocalDate.of(2022, 3, 2));
    }

    @Test
    void twoDigitYearsOnlyWhereADateIsExpectedAndNoDayOfTheFuture() {
        assertThat(days("Stand 03.02.22", "de")).isEmpty();
        assertThat(PrintedDates.findAll("Stand 03.02.22", "de", DayOrder.UNKNOWN, true))
                .extracting(PrintedDates.Found::day).containsExactly(LocalDate.of(2022, 2, 3));
        assertThat(days("am 3. Februar 2999", "de")).isEmpty();
        assertThat(days("am 3. Februar 1875", "de")).isEmpty();
    }

    @Test
    void onlyDottedDaysWithTwoDigitYearsAreReadWhenNoYearIsPrintedInFull() {
        // every other form ends in a run of exactly four digits: texts without one are read for the dotted form only
        assertThat(PrintedDates.findAll("Ausgabe 20221, 3. Februar, 03.02.22", "de", DayOrder.UNKNOWN, true))
                .extracting(PrintedDates.Found::day).containsExactly(LocalDate.of(2022, 2, 3));
        assertThat(PrintedDates.findAll("n° 120224, le 3 février 22", "fr", DayOrder.UNKNOWN, true)).isEmpty();
        assertThat(PrintedDates.findAll("03.02.22 i 4 lutego 2022", "pl", DayOrder.UNKNOWN, true))
                .extracting(PrintedDates.Found::day)
                .containsExactly(LocalDate.of(2022, 2, 3), LocalDate.of(2022, 2, 4));
        assertThat(days("2022年2月3日 und 2022년 2월 4일", "zh"))
                .containsExactly(LocalDate.of(2022, 2, 3), LocalDate.of(2022, 2, 4));
    }

    @Test
    void timestampsKeepTheirOwnOffset() {
        Stamp s = Stamp.parse("2023-11-08T20:09:55-0500", null);
        assertThat(s.day()).isEqualTo(LocalDate.of(2023, 11, 8));
        assertThat(s.value()).isEqualTo("2023-11-08T20:09:55-05:00");
        Stamp utc = Stamp.parse("2023-11-09T01:09:55.000Z", null);
        assertThat(utc.utc()).isTrue();
        assertThat(utc.inOffset(ZoneOffset.ofHours(-5)).value()).isEqualTo("2023-11-08T20:09:55-05:00");
        assertThat(Stamp.parse("Wed, 08 Nov 2023 20:09:55 -0500", null).value()).isEqualTo("2023-11-08T20:09:55-05:00");
        assertThat(Stamp.parse("06-08-2009T14:12:32+0200", null).day()).isEqualTo(LocalDate.of(2009, 8, 6));
        assertThat(Stamp.parse("2020-07-05 10:12", null).value()).isEqualTo("2020-07-05T10:12");
        assertThat(Stamp.parse("20200705", null).value()).isEqualTo("2020-07-05");
        assertThat(Stamp.parse("27. Januar 2022", "de").value()).isEqualTo("2022-01-27");
        assertThat(Stamp.parse("soon", null)).isNull();
        assertThat(Stamp.parse("2020-13-45", null)).isNull();
    }

    @Test
    void yearFirstDatesWithDotsAndSpacesAsHungarianPrintsThem() {
        assertThat(days("Olvasói szavazás 2020. 06. 04. 11:27", "hu")).containsExactly(LocalDate.of(2020, 6, 4));
        assertThat(days("2020. 6. 4. 오전 11:27", "ko")).containsExactly(LocalDate.of(2020, 6, 4));
        // "06. 04. 11:27" is a day, a month and an hour, never 6 April 2011
        assertThat(PrintedDates.findAll("06. 04. 11:27", "de", DayOrder.UNKNOWN, true)).isEmpty();
        assertThat(PrintedDates.findAll("06.04.11 um 9 Uhr", "de", DayOrder.UNKNOWN, true))
                .extracting(PrintedDates.Found::day).containsExactly(LocalDate.of(2011, 4, 6));
    }

    @Test
    void numericDaysWithSpacedBarsSlashesOrHyphensAreRead() {
        LocalDate d = LocalDate.of(2022, 1, 26);
        assertThat(days("26 | 01 | 2022   Schweiz | Praxis", "de")).containsExactly(d);
        assertThat(days("Publicado: 26 / 01 / 2022", "es")).containsExactly(d);
        assertThat(days("26 - 01 - 2022", "it")).containsExactly(d);
        // the separator must be the same both times, and a page range or a score is no date
        assertThat(days("26 | 01 / 2022", "de")).isEmpty();
        assertThat(days("Seiten 12 - 14 | 2022", "de")).isEmpty();
    }
}
