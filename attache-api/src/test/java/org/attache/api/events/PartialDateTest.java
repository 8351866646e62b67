package org.attache.api.events;

import org.attache.testkit.RandomTexts;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PartialDateTest {
    @Test
    void writesIsoFormsWithUnknownPartsLeftOut() {
        assertThat(new PartialDate(null, 4, 29)).hasToString("--04-29");
        assertThat(new PartialDate(2025, 1, 7)).hasToString("2025-01-07");
        assertThat(new PartialDate(2025, 1, null)).hasToString("2025-01");
        assertThat(new PartialDate(2025, null, null)).hasToString("2025");
        assertThat(new PartialDate(null, 2, 29).toString()).isEqualTo("--02-29");
    }

    @Test
    void zeroPaddingIsTheFormattersForAnyNumber() {
        RandomTexts.forAll(2000, random -> {
            int value = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(100);
                case 1 -> random.nextInt(20_000) - 10_000;
                case 2 -> random.nextBoolean() ? Integer.MIN_VALUE : Integer.MAX_VALUE;
                default -> random.nextInt();
            };
            int width = 1 + random.nextInt(6);
            StringBuilder s = new StringBuilder("x");
            PartialDate.zeroPadded(s, value, width);
            assertThat(s.toString()).isEqualTo("x" + String.format("%0" + width + "d", value));
        });
    }

    @Test
    void rejectsImpossibleDates() {
        assertThatThrownBy(() -> new PartialDate(2025, 2, 29)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(2025, null, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PartialDate(null, null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PartialDate.parse("29/04")).hasMessageContaining("29/04");
    }

    @Test
    void parseReadsWhatToStringWrites() {
        RandomTexts.forAll(500, random -> {
            LocalDate day = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(60_000));
            Integer year = random.nextBoolean() ? day.getYear() : null;
            Integer dayOfMonth = random.nextBoolean() ? day.getDayOfMonth() : null;
            PartialDate date = new PartialDate(year, day.getMonthValue(), dayOfMonth);
            assertThat(PartialDate.parse(date.toString())).isEqualTo(date);
        });
    }

    @Test
    void legacyPloverLabelsMapToTheirCurrentTypes() {
        assertThat(PloverType.fromLabel("DEMAND")).contains(PloverType.REQUEST);
        assertThat(PloverType.fromLabel("fight")).contains(PloverType.ASSAULT);
        assertThat(PloverType.fromLabel("DISAPPROVE")).contains(PloverType.ACCUSE);
        assertThat(PloverType.fromLabel("INVESTIGATE")).contains(PloverType.ACCUSE);
        assertThat(PloverType.fromLabel("CONSULT")).contains(PloverType.CONSULT);
        assertThat(PloverType.fromLabel("DOCUMENT")).isEmpty();
    }
}
