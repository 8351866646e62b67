package org.attache.extract.date;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names of many languages, read from CLDR through ICU4J: wide and abbreviated, in the format form
 * (the genitive of Slavic languages, "3 lutego", "3 февраля") and the stand-alone form, with and without
 * their diacritics, and each wide name's unambiguous prefixes of three letters or more ("Sept.", "Febr.").
 * A name is looked up in its page's language first; without a language only names that mean the same
 * month in every listed language are used ("listopad" is November in Polish but October in Croatian).
 * Immutable and thread-safe.
 */
public final class MonthNames {
    /** The languages whose names are loaded: those of the news Attaché is meant to read, and their neighbours. */
    static final List<String> LANGUAGES = List.of("en", "de", "de_AT", "fr", "es", "it", "pt", "nl", "pl", "ru",
            "uk", "be", "cs", "sk", "sl", "hr", "sr_Latn", "sr", "bs", "bg", "mk", "hu", "ro", "el", "tr", "sv", "da",
            "nb", "nn", "fi", "et", "lv", "lt", "ca", "gl", "eu", "ga", "cy", "is", "sq", "id", "ms", "vi", "tl", "af",
            "sw", "ar", "fa", "he", "hi", "az", "ka", "hy", "kk", "lb", "rm", "mt");

    private static final MonthNames SHARED = new MonthNames();

    private final Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
    private final Map<String, Integer> anyLanguage = new HashMap<>();

    private MonthNames() {
        Map<String, Integer> union = new HashMap<>();
        Set<String> conflicting = new HashSet<>();
        for (String tag : LANGUAGES) {
            Map<String, Integer> names = load(new ULocale(tag));
            String language = tag.split("_")[0];
            byLanguage.merge(language, names, (a, b) -> {
                Map<String, Integer> merged = new HashMap<>(a);
                b.forEach((k, v) -> {
                    if (merged.containsKey(k) && !merged.get(k).equals(v)) {
                        merged.remove(k);
                    } else {
                        merged.put(k, v);
                    }
                });
                return merged;
            });
            names.forEach((k, v) -> {
                Integer before = union.putIfAbsent(k, v);
                if (before != null && !before.equals(v)) {
                    conflicting.add(k);
                }
            });
        }
        conflicting.forEach(union::remove);
        anyLanguage.putAll(union);
        byLanguage.replaceAll((k, v) -> Map.copyOf(v));
    }

    /** The shared instance (CLDR data is loaded once). */
    public static MonthNames shared() {
        return SHARED;
    }

    private static Map<String, Integer> load(ULocale locale) {
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
        Map<String, Integer> exact = new HashMap<>();
        Set<String> ambiguousExact = new HashSet<>();
        Map<String, Integer> prefixes = new HashMap<>();
        Set<String> ambiguousPrefixes = new HashSet<>();
        for (int context : new int[] {DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[] {DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] months = symbols.getMonths(context, width);
                for (int i = 0; i < Math.min(12, months.length); i++) {
                    String name = key(months[i]);
                    if (name.isEmpty() || name.chars().anyMatch(Character::isDigit)) {
                        continue; // "1月": numeric forms are read by the numeric patterns
                    }
                    put(exact, ambiguousExact, name, i + 1);
                    put(exact, ambiguousExact, strip(name), i + 1);
                    if (width == DateFormatSymbols.WIDE) {
                        for (int len = 3; len < name.length(); len++) {
                            String prefix = name.substring(0, len);
                            if (Character.isLetter(prefix.charAt(len - 1))) {
                                put(prefixes, ambiguousPrefixes, prefix, i + 1);
                                put(prefixes, ambiguousPrefixes, strip(prefix), i + 1);
                            }
                        }
                    }
                }
            }
        }
        ambiguousExact.forEach(exact::remove);
        ambiguousPrefixes.forEach(prefixes::remove);
        // a full or abbreviated name wins over another month's prefix ("červen" June, not "červenec" July)
        Map<String, Integer> names = new HashMap<>(prefixes);
        names.keySet().removeAll(ambiguousExact);
        names.putAll(exact);
        return names;
    }

    private static void put(Map<String, Integer> names, Set<String> ambiguous, String name, int month) {
        Integer before = names.putIfAbsent(name, month);
        if (before != null && before != month) {
            ambiguous.add(name);
        }
    }

    /** Lower case, without a final dot. */
    static String key(String name) {
        String k = name.strip().toLowerCase(Locale.ROOT);
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }

    private static String strip(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return Normalizer.normalize(d, Normalizer.Form.NFC);
    }

    /**
     * The month (1–12) that {@code word} names in {@code language} (ISO 639-1, nullable), falling back to
     * English and then to the names shared by all languages; -1 when it names none.
     */
    public int month(String word, String language) {
        String k = key(word);
        if (language != null) {
            Map<String, Integer> own = byLanguage.get(language.toLowerCase(Locale.ROOT));
            if (own != null) {
                Integer m = own.get(k);
                if (m != null) {
                    return m;
                }
            }
        }
        Integer m = byLanguage.get("en").get(k);
        if (m != null) {
            return m;
        }
        m = anyLanguage.get(k);
        return m == null ? -1 : m;
    }
}
