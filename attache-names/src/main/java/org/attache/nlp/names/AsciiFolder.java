package org.attache.nlp.names;

import java.text.Normalizer;

/**
 * Length-preserving diacritic folding: every precomposed Latin letter with marks ("ệ", "Đ", "ø") becomes
 * its base letter, every other character stays as it is, so offsets into the folded copy are offsets into
 * the original. The CRF recogniser was trained on (mostly) ASCII English and reads "Le Hoai Trung" far better
 * than "Lê Hoài Trung"; spans found on the folded copy map back to the printed text unchanged.
 * Stateless and thread-safe.
 */
public final class AsciiFolder {
    private static final char[] TABLE = buildTable();

    private AsciiFolder() {
    }

    /** The folded copy, of the same length as {@code text}; {@code text} itself when nothing folds. */
    public static String fold(String text) {
        char[] out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char f = fold(c);
            if (f != c) {
                if (out == null) {
                    out = text.toCharArray();
                }
                out[i] = f;
            }
        }
        return out == null ? text : new String(out);
    }

    /** The base letter of one character, or the character itself. */
    public static char fold(char c) {
        return c < 0x80 || c >= TABLE.length ? c : TABLE[c];
    }

    /** True when the string holds a letter outside ASCII. */
    public static boolean hasNonAsciiLetter(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true;
            }
        }
        return false;
    }

    private static char[] buildTable() {
        char[] table = new char[0x2000]; // Latin, Latin Extended, IPA, Greek, Cyrillic … Latin Extended Additional
        for (int c = 0; c < table.length; c++) {
            table[c] = (char) c;
            if (c < 0x80 || !Character.isLetter(c)) {
                continue;
            }
            String nfd = Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD);
            char base = nfd.charAt(0);
            if (nfd.length() > 1 && base < 0x80 && Character.isLetter(base)) {
                table[c] = base;
            }
        }
        String extra = "đdĐDøoØOłlŁLıiħhĦH"; // letters whose marks are not combining characters
        for (int i = 0; i < extra.length(); i += 2) {
            table[extra.charAt(i)] = extra.charAt(i + 1);
        }
        return table;
    }
}
