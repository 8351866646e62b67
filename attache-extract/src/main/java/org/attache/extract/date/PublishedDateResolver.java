package org.attache.extract.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.DateProvenance;
import org.attache.api.PublishedDate;

/**
 * Chooses an article's publication date from what the article itself says, strongest evidence first:
 * the container record ({@link DateProvenance#RECORD}); the HTML markup (meta, JSON-LD, {@code <time>});
 * a date line printed near the headline ({@link DateProvenance#VISIBLE_TEXT}); a date in the URL path;
 * and last the dateline's month and day, but only when a year is known from the record or the URL. Dates
 * of rail items are never offered to it, so they can never become the article's date.
 * Stateless and thread-safe.
 */
public final class PublishedDateResolver {
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?=[/_.-]|$)|/((?:19|20)\\d{2})(\\d{2})(\\d{2})(?=[/_.-]|$)"
                    + "|/((?:19|20)\\d{2})-(\\d{2})/(\\d{2})(?=[/_.-]|$)");
    private static final Pattern URL_YEAR = Pattern.compile("/((?:19|20)\\d{2})/");
    private static final Pattern URL_NAMED_MONTH = Pattern.compile(
            "/((?:19|20)\\d{2})/([a-z]{3,9})/(\\d{1,2})(?=/|$)", Pattern.CASE_INSENSITIVE);

    /**
     * What is known about one article's date.
     *
     * @param record       the container's published field, or null
     * @param markup       the date the HTML extractor read from the page's markup, or null
     * @param visibleLine  a date line printed near the top of the article, or null
     * @param pageText     the whole page text, for its day/month convention, or null
     * @param url          the page's URL, or null
     * @param datelineMonth month printed in the dateline (1–12), or 0
     * @param datelineDay  day printed in the dateline, or 0
     * @param datelineYear year printed in the dateline, or 0
     */
    public record Evidence(String record, PublishedDate markup, String visibleLine, String pageText, String url,
                           int datelineMonth, int datelineDay, int datelineYear) {
    }

    /** The publication date supported by {@code e}, or null when the article does not say. */
    public PublishedDate resolve(Evidence e) {
        String record = DateParser.normalise(e.record());
        if (record != null) {
            PublishedDate fromDateline = e.datelineMonth() > 0 && record.length() == 4
                    ? dateline(e, Integer.parseInt(record)) : null;
            return fromDateline != null ? fromDateline : new PublishedDate(record, DateProvenance.RECORD);
        }
        if (e.markup() != null) {
            String v = DateParser.normalise(e.markup().value());
            if (v != null) {
                return new PublishedDate(v, e.markup().provenance());
            }
        }
        if (e.visibleLine() != null) {
            String v = DateParser.findInText(e.visibleLine(), DayOrder.of(e.pageText()));
            if (v != null) {
                return new PublishedDate(v, DateProvenance.VISIBLE_TEXT);
            }
        }
        String fromUrl = urlDate(e.url());
        if (fromUrl != null) {
            return new PublishedDate(fromUrl, DateProvenance.URL);
        }
        if (e.datelineMonth() > 0) {
            int year = e.datelineYear() > 0 ? e.datelineYear() : urlYear(e.url());
            return year > 0 ? dateline(e, year) : null;
        }
        return null;
    }

    private static PublishedDate dateline(Evidence e, int year) {
        try {
            return new PublishedDate(LocalDate.of(year, e.datelineMonth(), e.datelineDay()).toString(),
                    DateProvenance.VISIBLE_TEXT);
        } catch (DateTimeException ex) {
            return null;
        }
    }

    /**
     * A full date embedded in a URL path ({@code /2025/01/07/}, {@code /2025-01-07-}, {@code /20250107/},
     * {@code /2025-01/07/}, {@code /2025/jan/07/}), or null.
     */
    public static String urlDate(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            int base = m.group(1) != null ? 1 : m.group(4) != null ? 4 : 7;
            try {
                return LocalDate.of(Integer.parseInt(m.group(base)), Integer.parseInt(m.group(base + 1)),
                        Integer.parseInt(m.group(base + 2))).toString();
            } catch (DateTimeException ex) {
                // not a date; try the next match
            }
        }
        Matcher named = URL_NAMED_MONTH.matcher(url);
        while (named.find()) {
            int month = MonthNames.shared().month(named.group(2), "en");
            if (month > 0) {
                LocalDate d = PrintedDates.day(Integer.parseInt(named.group(1)), month, Integer.parseInt(named.group(3)));
                if (d != null) {
                    return d.toString();
                }
            }
        }
        return null;
    }

    private static int urlYear(String url) {
        if (url == null) {
            return 0;
        }
        Matcher m = URL_YEAR.matcher(url);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }
}
