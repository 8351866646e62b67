package org.attache.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.RailLink;
import org.attache.extract.date.DateParser;
import org.attache.extract.date.DayOrder;

/**
 * Finds link rails in the lines of a text dump: a short heading followed by at least two items, each a
 * headline line and then a metadata line holding a time and/or a date and optionally a category
 * ({@code "10:16 | 27/08/2024 Economy"}, {@code "Jan 7, 2025 - World"}, {@code "2025-01-07 · 09:30"}).
 * Also recognises such metadata lines on their own ({@link #metadata}), which a date line under a headline
 * shares. Stateless and thread-safe.
 */
public final class Rails {
    private static final String TIME = "(?:[01]?\\d|2[0-3])[:h]\\d{2}(?::\\d{2})?(?:\\s*[AaPp]\\.?[Mm]\\.?)?"
            + "(?:\\s*(?:GMT|UTC)(?:\\s*[+-]\\s*\\d{1,2}(?::?\\d{2})?)?|\\s+[A-Z]{2,4}\\b)?";
    private static final String MONTH = "(?i:" + DateParser.MONTH_NAMES_NC + ")";
    private static final String WEEKDAY = "(?:(?i:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
    private static final String DATE = WEEKDAY + "(?:\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}[/.-]\\d{1,2}[/.-]\\d{1,2}"
            + "|" + MONTH + "\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+" + MONTH
            + "\\.?(?:,?\\s+\\d{4})?)";
    private static final String SEP = "\\s*[|·•,/–—-]?\\s*";
    private static final String CATEGORY = "\\p{L}[\\p{L}\\p{M}&'’ -]{0,40}";
    private static final Pattern META = Pattern.compile(
            "^\\s*(?:(?<t1>" + TIME + ")(?:" + SEP + "(?<d1>" + DATE + "))?|(?<d2>" + DATE + ")(?:" + SEP + "(?<t2>"
                    + TIME + "))?)(?:" + SEP + "(?<cat>" + CATEGORY + "))?\\s*$");

    /** The parts of one metadata line. */
    public record Metadata(String time, String date, String category) {
    }

    private Rails() {
    }

    /** The metadata in {@code line} when the line holds nothing but a time and/or date and a category, else null. */
    public static Metadata metadata(String line) {
        String s = line.strip();
        if (s.isEmpty() || s.length() > 90) {
            return null;
        }
        Matcher m = META.matcher(s);
        if (!m.matches()) {
            return null;
        }
        String time = m.group("t1") != null ? m.group("t1") : m.group("t2");
        String date = m.group("d1") != null ? m.group("d1") : m.group("d2");
        String cat = m.group("cat") == null ? null : m.group("cat").strip();
        if (cat != null && (cat.isEmpty() || cat.split("\\s+").length > 5)) {
            return null;
        }
        return new Metadata(time == null ? null : time.strip(), date == null ? null : date.strip(),
                cat == null || cat.isEmpty() ? null : cat);
    }

    /** One rail found in a list of lines: its line range (inclusive) and its items. */
    record Found(int start, int end, List<RailLink> links) {
    }

    /**
     * The rails among {@code lines} (blank lines allowed anywhere), in order. Dates of items are read with
     * the page's day/month {@code order}.
     */
    static List<Found> find(List<String> lines, DayOrder order) {
        List<Integer> nb = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                nb.add(i);
            }
        }
        Metadata[] meta = new Metadata[nb.size()];
        for (int k = 0; k < nb.size(); k++) {
            meta[k] = metadata(lines.get(nb.get(k)));
        }
        List<Found> found = new ArrayList<>();
        int k = 0;
        while (k < nb.size()) {
            int run = k;
            List<int[]> items = new ArrayList<>();
            while (run + 1 < nb.size() && meta[run] == null && meta[run + 1] != null
                    && isHeadline(lines.get(nb.get(run)))) {
                items.add(new int[] {run, run + 1});
                run += 2;
            }
            if (items.size() < 2) {
                k++;
                continue;
            }
            String heading = null;
            int start = nb.get(k);
            if (k > 0 && meta[k - 1] == null && isHeading(lines.get(nb.get(k - 1)))
                    && (found.isEmpty() || found.get(found.size() - 1).end() < nb.get(k - 1))) {
                heading = lines.get(nb.get(k - 1)).strip();
                start = nb.get(k - 1);
            }
            List<RailLink> links = new ArrayList<>();
            for (int[] item : items) {
                Metadata md = meta[item[1]];
                String iso = md.date() == null ? null : DateParser.findInText(md.date(), order);
                links.add(new RailLink(heading, lines.get(nb.get(item[0])).strip(), md.time(),
                        iso == null || iso.length() < 10 ? null : iso.substring(0, 10), md.category(), null));
            }
            found.add(new Found(start, nb.get(run - 1), links));
            k = run;
        }
        return found;
    }

    private static boolean isHeadline(String line) {
        String s = line.strip();
        return s.length() <= 250 && s.split("\\s+").length <= 40;
    }

    /** A rail heading: a few words, no sentence punctuation at its end. */
    static boolean isHeading(String line) {
        String s = line.strip();
        return s.length() <= 60 && s.split("\\s+").length <= 8 && !s.matches(".*[.!?;,:\"”]$");
    }
}
