package org.attache.extract.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises photo captions by the credit that ends them: {@code "(Photo: X)"}, {@code "(Photo: X/Y)"},
 * {@code "[Image: X]"}, {@code "– Photo: X"}, {@code "(Ảnh: X)"}, {@code "(Photo courtesy of X)"},
 * {@code "(AP Photo/X)"}, {@code "(Foto: X)"}, {@code "(Credit: X)"}, {@code "| © Agency/Name"}, and lines that
 * hold nothing but a credit; and figure captions by the label that opens them ({@code "Abbildung: …"},
 * {@code "Fig. 2: …"}). Stateless and thread-safe.
 */
public final class Captions {
    private static final String CREDIT_WORD = "(?:photo(?:graph)?s?|file\\s+photo|photo\\s+credit|ảnh|image|picture|pic|"
            + "fotos?|illustration|graphic|video|screenshot|credits?|bild|imagen|zdjęcie|fot\\.)";
    private static final String HOW = "(?:\\s*(?:[:：]|\\s+by\\b|\\s+courtesy(?:\\s+of)?\\b|\\s+credit\\b)\\s*)";
    private static final Pattern PARENTHESISED = Pattern.compile(
            "^(.*?)\\s*[(\\[]\\s*" + CREDIT_WORD + HOW + "[^()\\[\\]]{1,80}[)\\]]\\s*\\.?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern OWNER_PHOTO = Pattern.compile(
            "^(.*?)\\s*[(\\[]\\s*(?:\\p{Lu}[\\p{L}./&-]{1,20}\\s+)?(?:Photo|File photo|Ảnh)(?:\\s*/\\s*[^()\\[\\]/]{2,60})?[)\\]]\\s*\\.?$",
            Pattern.UNICODE_CASE);
    private static final Pattern TRAILING = Pattern.compile(
            "^(.*?)\\s*[.|–—-]?\\s+" + CREDIT_WORD + HOW + "\\p{Lu}[\\p{L}\\p{M}./&' -]{1,60}$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A copyright credit closing the line: "… | © AFP / Name", "© Agency". */
    private static final Pattern COPYRIGHT = Pattern.compile(
            "^(.*?)\\s*[.|–—/-]?\\s*(?:©|\\(c\\)\\s)\\s*[^©.!?]{2,80}$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A figure label opening the line: "Abbildung: …", "Fig. 2: …", "Rys. 1. …". */
    private static final Pattern FIGURE_LABEL = Pattern.compile(
            "^(?:abbildung|abb\\.|figure|fig\\.|grafik|rysunek|rys\\.|ryc\\.|ilustración|gráfico|figura)\\s*\\d*\\s*[:.]\\s*(.{2,400})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Every credit pattern needs one of these words; a linear search for them spares most lines the patterns. */
    private static final Pattern CREDIT_HINT = Pattern.compile("(?<!\\p{L})(?:photo|ảnh|image|pic|foto|illustration|graphic"
            + "|video|screenshot|credit|bild|imagen|zdjęcie|fot\\.)|©|\\(c\\)\\s", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A credit ends the line: its word stands within this many characters of the end. */
    private static final int CREDIT_TAIL = 140;

    private Captions() {
    }

    /** True when {@code line} ends with a photo credit (or is only a credit). */
    public static boolean isCaption(String line) {
        return line.length() <= 1200 && matcher(line) != null;
    }

    /** The caption text of {@code line} without its credit; empty when the line is only a credit; null when no caption. */
    public static String caption(String line) {
        if (line.length() > 1200) {
            return null;
        }
        Matcher m = matcher(line);
        if (m == null) {
            return null;
        }
        return m.group(1).strip().replaceAll("[\\s|–—-]+$", "").strip();
    }

    private static Matcher matcher(String line) {
        Matcher label = FIGURE_LABEL.matcher(line.strip());
        if (line.length() <= 420 && label.matches()) {
            return label;
        }
        int tail = Math.max(0, line.length() - CREDIT_TAIL);
        if (!CREDIT_HINT.matcher(line).region(tail, line.length()).find()) {
            return null;
        }
        for (Pattern p : new Pattern[] {PARENTHESISED, OWNER_PHOTO, TRAILING, COPYRIGHT}) {
            Matcher m = p.matcher(line.strip());
            if (m.matches()) {
                return m;
            }
        }
        return null;
    }
}
