package org.attache.extract.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.extract.charset.TextNormalizer;

/**
 * Builds paragraphs from body lines. Blank lines always separate paragraphs. Hard-wrapped text (many
 * lines of similar width that do not end a sentence) is re-joined, a new paragraph starting at an
 * indented line or after a short line that ends a sentence; otherwise every line is a paragraph.
 * Paragraphs glued together by a page-to-text dump ({@code "on April 29.On behalf"}) are split again.
 * Stateless and thread-safe.
 */
public final class Paragraphs {
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?:;\"”’)»]$");
    /** A sentence end directly followed by a capitalised word; the word before it is checked by hand. */
    private static final Pattern GLUE_POINT = Pattern.compile("[.!?][\"”’]?(?=\\p{Lu}\\p{Ll})");
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "st", "jr", "sr", "gen", "col",
            "lt", "prof", "no", "vs", "inc", "ltd", "co", "corp", "gov", "sen", "rep", "capt", "sgt", "maj", "rev",
            "mt", "ft", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "etc");

    private Paragraphs() {
    }

    /** Whether {@code lines} (blank lines included) look hard-wrapped at a fixed width. */
    static boolean isHardWrapped(List<String> lines) {
        List<String> nonFinal = new ArrayList<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            if (!lines.get(i).isBlank() && !lines.get(i + 1).isBlank() && !isIndented(lines.get(i + 1))) {
                nonFinal.add(lines.get(i).strip());
            }
        }
        if (nonFinal.size() < 3) {
            return false;
        }
        int[] lengths = nonFinal.stream().mapToInt(String::length).sorted().toArray();
        int width = lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
        if (width > 110 || width < 20) {
            return false;
        }
        long similar = Arrays.stream(lengths).filter(l -> l >= 0.6 * width && l <= width + 3).count();
        long open = nonFinal.stream().filter(l -> !SENTENCE_END.matcher(l).matches()).count();
        return similar >= 0.6 * nonFinal.size() && open >= 0.4 * nonFinal.size();
    }

    /** Paragraphs of {@code lines}; {@code splitGlued} also splits sentences a text dump glued together. */
    public static List<String> build(List<String> lines, boolean splitGlued) {
        boolean wrapped = isHardWrapped(lines);
        int width = wrapped ? width(lines) : 0;
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String prev = null;
        for (String raw : lines) {
            if (raw.isBlank()) {
                flush(cur, out, splitGlued);
                prev = null;
                continue;
            }
            String line = raw.strip();
            boolean newParagraph = !wrapped || prev == null || isIndented(raw)
                    || (SENTENCE_END.matcher(prev).matches() && prev.length() < 0.8 * width);
            if (newParagraph) {
                flush(cur, out, splitGlued);
                cur.append(line);
            } else if (prev.matches(".*\\p{L}-$") && Character.isLowerCase(line.codePointAt(0))) {
                cur.append(line);
            } else {
                cur.append(' ').append(line);
            }
            prev = line;
        }
        flush(cur, out, splitGlued);
        return out;
    }

    private static int width(List<String> lines) {
        int[] lengths = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.strip().length()).sorted().toArray();
        return lengths.length == 0 ? 0 : lengths[(int) Math.floor(0.9 * (lengths.length - 1))];
    }

    private static boolean isIndented(String raw) {
        return !raw.isEmpty() && Character.isWhitespace(raw.charAt(0));
    }

    private static void flush(StringBuilder cur, List<String> out, boolean splitGlued) {
        if (cur.isEmpty()) {
            return;
        }
        String p = TextNormalizer.collapse(cur.toString());
        cur.setLength(0);
        if (p.isEmpty()) {
            return;
        }
        if (splitGlued) {
            out.addAll(splitGlued(p));
        } else {
            out.add(p);
        }
    }

    /** Splits {@code p} where one sentence runs into the next without a space ({@code "years.He"}). */
    static List<String> splitGlued(String p) {
        List<String> parts = new ArrayList<>();
        Matcher m = GLUE_POINT.matcher(p);
        int from = 0;
        while (m.find()) {
            String before = wordBefore(p, m.start());
            if (before == null) {
                continue;
            }
            String word = before.toLowerCase(Locale.ROOT);
            boolean allUpper = before.equals(before.toUpperCase(Locale.ROOT)) && !before.matches("\\d+");
            int cut = m.end();
            if (ABBREVIATIONS.contains(word) || allUpper || cut - from < 20 || p.length() - cut < 20) {
                continue;
            }
            parts.add(p.substring(from, cut).strip());
            from = cut;
        }
        parts.add(p.substring(from).strip());
        return parts;
    }

    /**
     * The word of 2 to 40 letters or digits that ends at {@code end} and starts the text or follows a
     * space or "(", or null. (A look-behind regex did the same at every position and dominated ingest.)
     */
    private static String wordBefore(String p, int end) {
        int start = end;
        while (start > 0 && end - start <= 40 && isWordChar(p.charAt(start - 1))) {
            start--;
        }
        int length = end - start;
        if (length < 2 || length > 40) {
            return null;
        }
        if (start > 0 && !Character.isWhitespace(p.charAt(start - 1)) && p.charAt(start - 1) != '(') {
            return null;
        }
        return p.substring(start, end);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || (c >= '0' && c <= '9');
    }
}
