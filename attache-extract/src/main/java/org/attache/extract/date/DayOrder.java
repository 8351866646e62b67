package org.attache.extract.date;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order of day and month in a page's numeric dates ({@code 03/02/2025}). Decided from the page's own
 * dates: a first number above 12 proves day-first, a second number above 12 proves month-first.
 */
public enum DayOrder {
    /** dd/mm/yyyy, as in most of the world. */
    DAY_FIRST,
    /** mm/dd/yyyy, as in the United States. */
    MONTH_FIRST,
    /** The page gives no evidence either way. */
    UNKNOWN;

    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?![\\d/.-])");

    /** The convention shown by the numeric dates anywhere in {@code text}; conflicting evidence gives UNKNOWN. */
    public static DayOrder of(String text) {
        if (text == null) {
            return UNKNOWN;
        }
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
        if (dayFirst == monthFirst) {
            return UNKNOWN;
        }
        return dayFirst ? DAY_FIRST : MONTH_FIRST;
    }
}
