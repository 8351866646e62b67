package org.attache.extract.date;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The day/month order of a page's numeric dates, read by hand, as the regular expression it replaces reads it. */
class DayOrderTest {
    /** The expression {@link DayOrder#of} was written from. */
    private static final Pattern NUMERIC =
            Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])");

    private static DayOrder byExpression(String text) {
        boolean dayFirst = false;
        boolean monthFirst = false;
        Matcher m = NUMERIC.matcher(text);
        while (m.find()) {
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(2));
            if (a > 12 && a <= 31 && b <= 12) {
                dayFirst = true;
            } else if (b > 12 && b <= 31 && a <= 12) {
                monthFirst = true;
            }
        }
        return dayFirst == monthFirst ? DayOrder.UNKNOWN : dayFirst ? DayOrder.DAY_FIRST : DayOrder.MONTH_FIRST;
    }

    @Test
    void ordersOfPagesInSeveralLanguages() {
        assertEquals(DayOrder.DAY_FIRST, DayOrder.of("Veröffentlicht am 23.04.2022, aktualisiert 24.04.2022"));
        assertEquals(DayOrder.DAY_FIRST, DayOrder.of("Publié le 23/04/2022 à 10h"));
        assertEquals(DayOrder.MONTH_FIRST, DayOrder.of("Posted 04/23/2022 by Jane"));
        assertEquals(DayOrder.UNKNOWN, DayOrder.of("Publicado el 03/04/2022"));
        assertEquals(DayOrder.UNKNOWN, DayOrder.of("23/04/2022 and 04/23/2022"));
        assertEquals(DayOrder.UNKNOWN, DayOrder.of("version 1.23.2022.5 and 123/04/2022 and 23/04/20221"));
        assertEquals(DayOrder.UNKNOWN, DayOrder.of(null));
    }

    @Test
    void readsWhatTheExpressionReads() {
        List<String> texts = new ArrayList<>(List.of("", "1", "13/1/2020", "-13/1/2020", "13/1/2020-", "13-1.2020x",
                "1/13/2020/", "13/1/2020/1/13/2020", "13/1/2020 1/13/2020", "7/7/2020 31.12.2021", "32/1/2020",
                "13/13/2020", "0/13/2020", "12/31/20201", "5.5.5.2020 13.1.2020"));
        Random random = new Random(15);
        String alphabet = "0123456789/.-a ";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder sb = new StringBuilder();
            for (int j = random.nextInt(40); j > 0; j--) {
                sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(sb.toString());
        }
        for (String t : texts) {
            assertEquals(byExpression(t), DayOrder.of(t), t);
        }
    }
}
