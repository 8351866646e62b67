package org.attache.nlp.names;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A weak orthographic prior: does a person's name look Vietnamese? True when the name has 2–4 tokens of at
 * most 6 letters each and either
 * <ul>
 *   <li>some token carries a letter only Vietnamese uses among Latin-script languages of the news: ư, ơ, đ,
 *       ă, ĩ, ũ, or a precomposed vowel of the Latin Extended Additional block (U+1EA0–U+1EF9: ả ạ ấ ầ ẩ
 *       ẫ ậ ắ … ỳ ỵ ỷ ỹ); Portuguese ã and õ do not count; or</li>
 *   <li>some token carries a circumflex, grave or acute vowel (ê, ô, â, à, á, …) and every token has the
 *       shape of one Vietnamese syllable once folded: optional initial from {b c ch d g gh gi h k kh l m n
 *       ng ngh nh p ph qu r s t th tr v x}, one to three vowels, optional final from {c ch m n ng nh p t}.</li>
 * </ul>
 * So "Lê Hoài Trung", "Tô Lâm", "Nguyễn Thị Hương" match; "René Lévesque", "João Lourenço", "José Ramos"
 * and names without any diacritic ("Le Hoai Trung") do not. Pure and thread-safe.
 */
public final class VietnameseNameShape {
    private static final Pattern SYLLABLE = Pattern.compile(
            "(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?");
    private static final Pattern ACCENTED = Pattern.compile("[âêôÂÊÔàèìòùỳÀÈÌÒÙáéíóúýÁÉÍÓÚÝ]");

    private VietnameseNameShape() {
    }

    /** True when {@code name} looks like a Vietnamese personal name by the rules above. */
    public static boolean matches(String name) {
        if (name == null) {
            return false;
        }
        String[] tokens = Normalizer.normalize(name.strip(), Normalizer.Form.NFC).split("[\\s\\u00a0-]+");
        if (tokens.length < 2 || tokens.length > 4) {
            return false;
        }
        boolean marked = false;
        boolean accented = false;
        boolean syllables = true;
        for (String t : tokens) {
            if (t.isEmpty() || t.length() > 6 || !t.chars().allMatch(Character::isLetter)) {
                return false;
            }
            marked |= t.codePoints().anyMatch(VietnameseNameShape::vietnameseLetter);
            accented |= ACCENTED.matcher(t).find();
            syllables &= SYLLABLE.matcher(fold(t)).matches();
        }
        return marked || accented && syllables;
    }

    private static boolean vietnameseLetter(int c) {
        return c >= 0x1EA0 && c <= 0x1EF9 || "ưƯơƠđĐăĂĩĨũŨ".indexOf(c) >= 0;
    }

    private static String fold(String t) {
        return Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").replace('đ', 'd')
                .replace('Đ', 'D').toLowerCase(Locale.ROOT);
    }
}
