package org.attache.extract.date;

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

    /** The convention shown by the numeric dates anywhere in {@code text}; conflicting evidence gives UNKNOWN. */
    public static DayOrder of(String text) {
        if (text == null) {
            return UNKNOWN;
        }
        boolean dayFirst = false;
        boolean monthFirst = false;
        // the numeric dates of (?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/.-]), read by hand:
        // a page's whole text is long, and the expression tried its look-behind at every character. A date
        // opens a run of digits (not after a separator) and each part is a whole run, so runs are read one
        // after the other and nothing is read twice.
        int n = text.length();
        int i = 0;
        while (i < n) {
            if (!digit(text.charAt(i))) {
                i++;
                continue;
            }
            int aEnd = runEnd(text, i);
            int next = aEnd; // where the next run may open a date: after this one
            if (!(i > 0 && numericNeighbour(text.charAt(i - 1))) && aEnd - i <= 2 && separator(text, aEnd)) {
                int bStart = aEnd + 1;
                int bEnd = runEnd(text, bStart);
                if (bEnd > bStart && bEnd - bStart <= 2 && separator(text, bEnd)) {
                    int yStart = bEnd + 1;
                    int yEnd = runEnd(text, yStart);
                    if (yEnd - yStart == 4 && !(yEnd < n && numericNeighbour(text.charAt(yEnd)))) {
                        int a = Integer.parseInt(text, i, aEnd, 10);
                        int b = Integer.parseInt(text, bStart, bEnd, 10);
                        if (a > 12 && a <= 31 && b <= 12) {
                            dayFirst = true;
                        } else if (b > 12 && b <= 31 && a <= 12) {
                            monthFirst = true;
                        }
                        next = yEnd;
                    }
                }
            }
            i = next;
        }
        if (dayFirst == monthFirst) {
            return UNKNOWN;
        }
        return dayFirst ? DAY_FIRST : MONTH_FIRST;
    }

    /** A digit as {@code \d} reads one: ASCII only. */
    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    /** A character that may not stand right before or after a date: {@code [\d/.-]}. */
    private static boolean numericNeighbour(char c) {
        return digit(c) || c == '/' || c == '.' || c == '-';
    }

    private static boolean separator(String text, int at) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return c == '/' || c == '.' || c == '-';
    }

    /** The end of the run of digits that starts at {@code from} ({@code from} itself when none does). */
    private static int runEnd(String text, int from) {
        int i = from;
        while (i < text.length() && digit(text.charAt(i))) {
            i++;
        }
        return i;
    }
}
