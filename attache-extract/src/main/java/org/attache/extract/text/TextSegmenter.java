package org.attache.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.attache.api.RailLink;
import org.attache.extract.charset.TextNormalizer;
import org.attache.extract.date.DayOrder;
import org.attache.extract.wire.WireConventions;

/**
 * Segments a plain-text page into headline, date line, captions, body paragraphs and link rails. The
 * chain, in order: rails (and, after the first rail, every line that is not prose) → headline (first line
 * shaped like one) → a date line under it → captions (lines ending in a photo credit) → paragraphs
 * (blank-line, one-per-line or hard-wrapped). Wire conventions are applied later, to the paragraphs.
 * Stateless and thread-safe.
 */
public final class TextSegmenter {
    private static final Pattern DATE_LABEL = Pattern.compile(
            "^(?:(?:last\\s+)?(?:updated|published|posted|modified|created|date|cập nhật|ngày đăng)(?:\\s+(?:on|at))?"
                    + "\\s*[:：-]?\\s*)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PROSE_END = Pattern.compile(".*[.!?\"”’)»]$");
    private static final int DATE_LINE_WINDOW = 6;

    /**
     * Segments {@code text} (already decoded and NFC).
     *
     * @param hintTitle the headline the container gives, or null; a first line equal to it is taken as the headline
     */
    public TextSegmentation segment(String text, String hintTitle) {
        List<String> lines = new ArrayList<>();
        for (String l : text.split("\n", -1)) {
            lines.add(l.stripTrailing());
        }
        boolean[] removed = new boolean[lines.size()];
        List<RailLink> links = new ArrayList<>();
        List<Rails.Found> rails = Rails.find(lines, DayOrder.of(text));
        int firstRail = rails.isEmpty() ? lines.size() : rails.get(0).start();
        for (Rails.Found r : rails) {
            links.addAll(r.links());
            for (int i = r.start(); i <= r.end(); i++) {
                removed[i] = true;
            }
        }
        for (int i = firstRail; i < lines.size(); i++) {
            if (!removed[i] && !lines.get(i).isBlank() && !isProse(lines.get(i))) {
                removed[i] = true;
            }
        }
        String title = null;
        int first = next(lines, removed, 0);
        if (first >= 0 && isHeadline(lines, removed, first, hintTitle)) {
            title = TextNormalizer.collapse(lines.get(first));
            removed[first] = true;
        }
        String dateLine = null;
        int seen = 0;
        for (int i = next(lines, removed, 0); i >= 0 && seen < DATE_LINE_WINDOW; i = next(lines, removed, i + 1), seen++) {
            String line = lines.get(i).strip();
            if (isProse(line) && line.length() > 80) {
                break;
            }
            String unlabelled = DATE_LABEL.matcher(line).replaceFirst("");
            Rails.Metadata md = Rails.metadata(unlabelled);
            if (md != null) {
                if (dateLine == null && md.date() != null) {
                    dateLine = line;
                }
                removed[i] = true;
            }
        }
        List<String> captions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!removed[i] && !lines.get(i).isBlank()) {
                String caption = Captions.caption(lines.get(i));
                if (caption != null) {
                    if (!caption.isEmpty()) {
                        captions.add(TextNormalizer.collapse(caption));
                    }
                    removed[i] = true;
                }
            }
        }
        List<String> bodyLines = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            bodyLines.add(removed[i] ? "" : lines.get(i));
        }
        return new TextSegmentation(title, Paragraphs.build(bodyLines, true), captions, links, dateLine);
    }

    private static int next(List<String> lines, boolean[] removed, int from) {
        for (int i = from; i < lines.size(); i++) {
            if (!removed[i] && !lines.get(i).isBlank()) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the first line {@code i} is a printed headline: short, not a sentence, dateline, caption or date. */
    private static boolean isHeadline(List<String> lines, boolean[] removed, int i, String hintTitle) {
        String line = TextNormalizer.collapse(lines.get(i));
        if (hintTitle != null && key(line).equals(key(hintTitle))) {
            return true;
        }
        int words = line.split(" ").length;
        if (line.length() > 250 || words > 30 || words < 2 || line.matches(".*[.,;:…]$")
                || line.regionMatches(true, 0, "by ", 0, 3)) {
            return false;
        }
        if (WireConventions.dateline(line) != null || Captions.isCaption(line) || Rails.metadata(line) != null) {
            return false;
        }
        if (next(lines, removed, i + 1) < 0) {
            return false;
        }
        if (Paragraphs.isHardWrapped(lines)) {
            boolean separate = i + 1 < lines.size() && (lines.get(i + 1).isBlank() || lines.get(i + 1).startsWith("  ")
                    || lines.get(i + 1).startsWith("\t"));
            return separate;
        }
        return true;
    }

    private static boolean isProse(String line) {
        String s = line.strip();
        return s.split("\\s+").length >= 8 && PROSE_END.matcher(s).matches();
    }

    private static String key(String s) {
        return TextNormalizer.collapse(s).replaceAll("[\\p{P}\\s]+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
