package org.attache.nlp.resolve;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matching keys of names. Keys are for matching only, never for display: folding drops case,
 * diacritics ("Lê Hoài Trung" and "Le Hoai Trung" share a key; Vietnamese đ becomes d), apostrophes
 * ("People’s" = "Peoples") and other punctuation, and writes other scripts in Latin letters.
 *
 * <ul>
 *   <li>{@link #fold}: the folded tokens joined by one space ("le hoai trung");</li>
 *   <li>{@link #key}: the same without spaces ("lehoaitrung"), so "Việt Nam" and "Vietnam" match;</li>
 *   <li>{@link #orderKey}: tokens sorted ("hoai le trung"), for names printed in either order;</li>
 *   <li>{@link #lastTokenKey}: the last token ("trung"), a surname or given-name key.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class NameKeys {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
    private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
    /** Only for names with letters outside the Latin script; ICU transliterators are guarded by a lock. */
    private static final Transliterator TO_LATIN = Transliterator.getInstance("Any-Latin; Latin-ASCII");

    private NameKeys() {
    }

    /** The name as displayed: NFC, whitespace runs collapsed to one space, trimmed. */
    public static String display(String name) {
        return NFC.normalize(name).replaceAll("[\\s\\u00a0\\u200b]+", " ").strip();
    }

    /** Folded tokens joined by one space; empty when the name has no letters or digits. */
    public static String fold(String name) {
        return String.join(" ", tokens(name));
    }

    /** Folded tokens without spaces: the key of same-name matching. */
    public static String key(String name) {
        return String.join("", tokens(name));
    }

    /** Folded tokens sorted and joined by one space. */
    public static String orderKey(String name) {
        String[] tokens = tokens(name).toArray(String[]::new);
        Arrays.sort(tokens);
        return String.join(" ", tokens);
    }

    /** The last folded token, or empty. */
    public static String lastTokenKey(String name) {
        List<String> tokens = tokens(name);
        return tokens.isEmpty() ? "" : tokens.getLast();
    }

    /** The folded tokens of a name. */
    public static List<String> tokens(String name) {
        return tokens(name, true);
    }

    /**
     * {@code again}: folding can itself bring out a non-Latin letter (a capital whose case fold lies in
     * another script); one more pass transliterates it, so that a key of a key is the same key.
     */
    private static List<String> tokens(String name, boolean again) {
        String s = UCharacter.foldCase(NFC.normalize(name), true); // before transliteration: some capitals fold to other scripts' letters
        if (hasNonLatinLetters(s)) {
            synchronized (TO_LATIN) {
                s = TO_LATIN.transliterate(s);
            }
        }
        s = NFD.normalize(s);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            int kind = Character.getType(cp);
            if (kind == Character.NON_SPACING_MARK || kind == Character.ENCLOSING_MARK
                    || kind == Character.COMBINING_SPACING_MARK || kind == Character.FORMAT) {
                continue;
            }
            if (cp == '\'' || cp == '’' || cp == 'ʼ' || cp == '‘' || cp == '`' || cp == '´') {
                continue; // "People’s" and "Peoples" match
            }
            String special = special(cp);
            if (special != null) {
                sb.append(special);
            } else if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
            } else {
                sb.append(' ');
            }
        }
        String folded = UCharacter.foldCase(sb.toString(), true);
        if (again && hasNonLatinLetters(folded)) {
            return tokens(folded, false);
        }
        List<String> tokens = new ArrayList<>();
        for (String t : folded.split(" +")) {
            if (!t.isEmpty()) {
                tokens.add(t);
            }
        }
        return tokens;
    }

    /** Letters that carry no combining mark in NFD but have an ASCII base letter. */
    private static String special(int cp) {
        return switch (cp) {
            case 'đ', 'Đ', 'ð', 'Ð' -> "d";
            case 'ł', 'Ł' -> "l";
            case 'ø', 'Ø' -> "o";
            case 'æ', 'Æ' -> "ae";
            case 'œ', 'Œ' -> "oe";
            case 'ı' -> "i";
            case 'þ', 'Þ' -> "th";
            case 'ß' -> "ss";
            default -> null;
        };
    }

    private static boolean hasNonLatinLetters(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x80 && Character.isLetter(cp)) {
                int script = UScript.getScript(cp);
                if (script != UScript.LATIN && script != UScript.COMMON && script != UScript.INHERITED) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Number of tokens of the folded name. */
    public static int tokenCount(String name) {
        return tokens(name).size();
    }

    /**
     * True for an acronym: 2 to 10 letters or digits (dots and "&" allowed between them), at least two
     * capital letters and no lower-case letter other than a plural "s" ("CPV", "U.S.", "NGOs").
     */
    public static boolean isAcronym(String text) {
        String s = text.strip().replace(".", "").replace("&", "");
        if (s.endsWith("s") && s.length() > 2) {
            s = s.substring(0, s.length() - 1);
        }
        if (s.length() < 2 || s.length() > 10) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isUpperCase(cp)) {
                capitals++;
            } else if (!Character.isDigit(cp)) {
                return false;
            }
        }
        return capitals >= 2;
    }

    /**
     * An acronym without its plural or possessive ending ("CPVs" → "CPV", "NGO’s" → "NGO"); any other
     * name unchanged. All-capital endings ("AIDS") are part of the acronym.
     */
    public static String acronymStem(String name) {
        String s = name.strip();
        for (String ending : List.of("’s", "'s", "s")) {
            if (s.endsWith(ending) && s.length() > ending.length() + 1) {
                String stem = s.substring(0, s.length() - ending.length());
                if (isAcronym(stem) && stem.chars().noneMatch(Character::isLowerCase)) {
                    return stem;
                }
            }
        }
        return name;
    }

    /**
     * True when two folded tokens are one edit apart (one letter inserted, deleted, replaced, or two
     * neighbours swapped) inside the word, their first and last letters equal: a misspelling
     * ("schultz"/"shultz", "mikhael"/"mikhail"), not another name ("hansen"/"jansen", "berger"/"bergen",
     * "scott"/"scotty").
     */
    public static boolean oneLetterOff(String a, String b) {
        if (a.equals(b) || a.isEmpty() || b.isEmpty() || a.charAt(0) != b.charAt(0)
                || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (a.length() == b.length()) {
            if (i + 1 < a.length() && a.substring(i + 1).equals(b.substring(i + 1))) {
                return true; // replaced, not at the end
            }
            return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.substring(i + 2).equals(b.substring(i + 2)); // swapped
        }
        String longer = a.length() > b.length() ? a : b;
        String shorter = a.length() > b.length() ? b : a;
        return i < shorter.length() && longer.substring(i + 1).equals(shorter.substring(i)); // inserted, not at the end
    }

    /**
     * True for a name that alone does not identify an entity across articles: a single token that is not
     * an acronym ("Trung", "Balakrishnan").
     */
    public static boolean isPartial(String name) {
        return tokenCount(name) <= 1 && !isAcronym(name);
    }

    /** Legal forms that end a company's name ("Inc", "Corp", "plc", "GmbH"), folded. */
    private static final Set<String> LEGAL_FORMS = Set.of("inc", "incorporated", "corp", "corporation", "co", "cos",
            "company", "ltd", "limited", "plc", "llc", "lp", "ag", "sa", "nv", "bv", "gmbh", "spa", "kk", "ab", "asa",
            "oy", "oyj", "pty", "bhd", "sdn", "srl", "sarl", "se");

    /** True when {@code word} is a legal form that ends a company's name ("Inc", "Corp.", "GmbH", "S.A."), in any case. */
    public static boolean isLegalForm(String word) {
        return LEGAL_FORMS.contains(String.join("", tokens(word)));
    }

    /**
     * A company's name without the legal forms that end it ("Chrysler Corp" → "Chrysler", "Broken Hill Pty Co
     * Ltd" → "Broken Hill"); the name unchanged when it has none, or when too little would be left (one or two
     * letters: "A.G.", "Co").
     */
    public static String withoutLegalForm(String name) {
        String s = display(name);
        while (true) {
            int cut = Math.max(s.lastIndexOf(' '), s.lastIndexOf(','));
            if (cut <= 0) {
                return s;
            }
            String last = String.join("", tokens(s.substring(cut + 1)));
            if (!LEGAL_FORMS.contains(last)) {
                return s;
            }
            String rest = s.substring(0, cut).replaceAll("[\\s,&]+$", "");
            if (key(rest).length() < 3) {
                return s;
            }
            s = rest;
        }
    }

    /**
     * The stem a company is matched by: its name without the legal forms that end it and without a possessive
     * ending its last word ("Standard and Poor's Corp", "Standard and Poor's" and "Standard and Poor" are one
     * stem), unless too little would be left.
     */
    public static String companyStem(String name) {
        String s = withoutLegalForm(name);
        String stripped = s.replaceAll("(?<=\\p{L})['’]s?$", "");
        return !stripped.equals(s) && key(stripped).length() >= 3 && stripped.indexOf(' ') > 0 ? stripped : s;
    }

    private static final Pattern BODY_OF = Pattern.compile("(?i)^(Department|Dept\\.?|Ministry|Bureau|Office)\\s+of\\s+(?:the\\s+)?(.+)$");
    private static final Pattern DEPT = Pattern.compile("(?i)\\bDept\\b\\.?");
    /** Abbreviations a company's or body's name is written with and without ("Bros", "Intl", "Natl", "Assn", "Mfg"). */
    private static final Map<String, String> ABBREVIATIONS = Map.of("bros", "Brothers", "intl", "International",
            "natl", "National", "assn", "Association", "mfg", "Manufacturing", "govt", "Government");
    private static final Pattern ABBREVIATION = Pattern.compile("(?i)\\b(Bros|Intl|Natl|Assn|Mfg|Govt)\\b\\.?");

    /**
     * The core an organisation is matched by across variants of its name that name the same body: its company stem
     * ({@link #companyStem}), without a leading "The" or a trailing "Board" ("Federal Reserve Board" / "Federal
     * Reserve"), "Dept" read as "Department" (and "Bros", "Intl", "Natl", "Assn", "Mfg", "Govt" written out), and "Department (Ministry, Bureau, Office) of X" read as "X
     * Department"; a part is dropped only when two words or more are left, so a one-word name stays whole.
     */
    public static String organisationCore(String name) {
        String s = companyStem(name);
        s = DEPT.matcher(s).replaceAll("Department");
        s = ABBREVIATION.matcher(s).replaceAll(m -> ABBREVIATIONS.get(m.group(1).toLowerCase(java.util.Locale.ROOT)));
        Matcher of = BODY_OF.matcher(s);
        if (of.matches() && tokenCount(of.group(2)) <= 3) {
            s = of.group(2) + " " + of.group(1);
        }
        String withoutThe = s.replaceFirst("^(?i:the)\\s+", "");
        if (tokenCount(withoutThe) >= 2) {
            s = withoutThe;
        }
        String withoutBoard = s.replaceFirst("\\s+(?i:board)$", "");
        if (!withoutBoard.equals(s) && tokenCount(withoutBoard) >= 2) {
            s = withoutBoard;
        }
        return s;
    }

    /** Letters of the name that carry a diacritic (or are special letters such as đ). */
    public static int diacritics(String name) {
        String nfc = NFC.normalize(name);
        int count = 0;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp) && cp >= 0x80 && UScript.getScript(cp) == UScript.LATIN) {
                count++;
            }
        }
        return count;
    }

    /**
     * True when {@code candidate} is a more complete spelling than {@code current}: more tokens, or as
     * many and a longer key; or, with the same folded spelling, more diacritics ("Lê Hoài Trung" over
     * "Le Hoai Trung"). Spellings that differ only in spacing ("Việt Nam", "Vietnam") are variants, not
     * more complete: the current one stays.
     */
    public static boolean moreComplete(String candidate, String current) {
        String candidateKey = key(candidate);
        String currentKey = key(current);
        if (candidateKey.equals(currentKey)) {
            if (current.codePoints().noneMatch(Character::isUpperCase) && candidate.codePoints().anyMatch(Character::isUpperCase)) {
                return true; // "Finance Ministry" names what "finance ministry" describes
            }
            return fold(candidate).equals(fold(current)) && diacritics(candidate) > diacritics(current);
        }
        if (isAcronym(candidate) != isAcronym(current)) {
            return isAcronym(current);
        }
        int tokens = Integer.compare(tokenCount(candidate), tokenCount(current));
        if (tokens != 0) {
            return tokens > 0;
        }
        return candidateKey.length() > currentKey.length() && spellsOut(tokens(candidate), tokens(current));
    }

    /**
     * True when each of {@code longer}'s words begins with the other's word in its place ("Ronald Reagan" of
     * "Ron Reagan", "Corporation" of "Corp"): the longer key writes out a short form. Two spellings of one word
     * ("Shultz" / "Schultz", "Gorbachev" / "Gorbachov") are equally complete: neither is more so by a letter, and
     * a misspelling, which often adds one, must not win by it.
     */
    private static boolean spellsOut(List<String> longer, List<String> shorter) {
        if (longer.size() != shorter.size()) {
            return false;
        }
        for (int i = 0; i < longer.size(); i++) {
            if (!longer.get(i).startsWith(shorter.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** True when two keys are equal, or one letter apart (replaced, inserted or dropped) in keys of eight or more. */
    public static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (Math.min(a.length(), b.length()) < 8 || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int i = 0;
        while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        int j = 0;
        while (j < a.length() - i && j < b.length() - i
                && a.charAt(a.length() - 1 - j) == b.charAt(b.length() - 1 - j)) {
            j++;
        }
        return Math.max(a.length(), b.length()) - i - j <= 1;
    }
}
