package org.attache.store.index;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.attache.api.relevance.RelevanceLabel;

/**
 * A user's search split into its filters and its words.
 *
 * <p>Filters are {@code outlet:VNA}, {@code lang:en}, {@code relevance:political}, {@code from:2025-01-01} and
 * {@code to:2025-12-31}, case-insensitive names, values bare or "quoted" ({@code outlet:"Viet Nam News"}). Dates may be given
 * as {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}: {@code from:} takes the first day of the
 * period, {@code to:} its last, both inclusive. Repeated outlets, languages or relevances are alternatives.
 * Everything else is the text for Lucene's classic query syntax.
 *
 * @param text      the words, phrases and operators left for the query parser; may be blank
 * @param outlets   outlets any of which must match, as typed
 * @param languages languages any of which must match, as typed
 * @param relevances relevance labels any of which the article's must be
 * @param from      earliest publication date, or null
 * @param to        latest publication date, or null
 */
public record SearchQuery(String text, List<String> outlets, List<String> languages, List<RelevanceLabel> relevances,
                          LocalDate from, LocalDate to) {
    public SearchQuery {
        outlets = List.copyOf(outlets);
        languages = List.copyOf(languages);
        relevances = List.copyOf(relevances);
    }

    /** True when a date range was given, so that undated articles are excluded. */
    public boolean hasDateRange() {
        return from != null || to != null;
    }

    /**
     * Splits {@code query}.
     *
     * @throws IllegalArgumentException for an unreadable date or an empty filter value, naming the query
     */
    public static SearchQuery parse(String query) {
        List<String> outlets = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<RelevanceLabel> relevances = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        StringBuilder text = new StringBuilder();
        int i = 0;
        int n = query.length();
        while (i < n) {
            char c = query.charAt(i);
            if (Character.isWhitespace(c)) {
                text.append(c);
                i++;
                continue;
            }
            int end = tokenEnd(query, i);
            String token = query.substring(i, end);
            int colon = token.indexOf(':');
            String name = colon < 0 ? "" : token.substring(0, colon).toLowerCase(Locale.ROOT);
            if (colon > 0 && isFilter(name)) {
                String value = unquote(token.substring(colon + 1));
                if (value.isBlank()) {
                    throw new IllegalArgumentException("Empty value for " + name + ": in search query \"" + query + "\"");
                }
                switch (name) {
                    case "outlet" -> outlets.add(value);
                    case "lang", "language" -> languages.add(value);
                    case "relevance" -> relevances.add(relevance(value, query));
                    case "from" -> from = date(value, true, query);
                    default -> to = date(value, false, query);
                }
            } else {
                text.append(token);
            }
            i = end;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from: " + from + " is after to: " + to + " in search query \"" + query + "\"");
        }
        return new SearchQuery(text.toString().strip(), outlets, languages, relevances, from, to);
    }

    private static boolean isFilter(String name) {
        return switch (name) {
            case "outlet", "lang", "language", "relevance", "from", "to" -> true;
            default -> false;
        };
    }

    /** End of the whitespace-delimited token at {@code start}; whitespace inside double quotes does not end it. */
    private static int tokenEnd(String query, int start) {
        boolean quoted = false;
        int i = start;
        while (i < query.length()) {
            char c = query.charAt(i);
            if (c == '\\' && i + 1 < query.length()) {
                i += 2;
                continue;
            }
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && Character.isWhitespace(c)) {
                break;
            }
            i++;
        }
        return i;
    }

    private static String unquote(String value) {
        String v = value.strip();
        if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
            v = v.substring(1, v.length() - 1);
        }
        return v.strip();
    }

    private static RelevanceLabel relevance(String value, String query) {
        try {
            return RelevanceLabel.fromLabel(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(e.getMessage() + " in search query \"" + query + "\"", e);
        }
    }

    private static LocalDate date(String value, boolean start, String query) {
        try {
            return switch (value.length()) {
                case 4 -> start ? Year.parse(value).atDay(1) : Year.parse(value).atMonth(12).atEndOfMonth();
                case 7 -> start ? YearMonth.parse(value).atDay(1) : YearMonth.parse(value).atEndOfMonth();
                default -> LocalDate.parse(value);
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("Cannot read date \"" + value + "\" in search query \"" + query
                    + "\"; expected yyyy-MM-dd, yyyy-MM or yyyy", e);
        }
    }
}
