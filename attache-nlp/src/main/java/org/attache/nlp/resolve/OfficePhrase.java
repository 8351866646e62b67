package org.attache.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * The country or international organisation an office phrase names in the capitalised words right before its
 * title: "Iranian Oil Minister" → IRN, "Singapore's Foreign Minister" → SGP, "U.S. Treasury Secretary" → USA,
 * "IMF Managing Director" → IMF, "EC Farm Commissioner" → EU, "West German Economics Minister" → DEU. Only a
 * country's name, a demonym or an IGO counts: a city ("Tokyo bureau chief") names where someone works, not
 * whom they serve. The words must run up to the title with nothing but spaces, portfolio words and "and"/"of"
 * between, on the same line. Stateless; thread-safe.
 */
final class OfficePhrase {
    private static final int WINDOW = 80;
    private static final String WORD = "(?:\\p{Lu}[\\p{L}\\p{M}]*(?:\\.\\p{Lu}\\.?)*\\.?|\\p{Lu}\\.(?:\\p{Lu}\\.)+)(?:['’]s)?";
    private static final Pattern RUN = Pattern.compile("(?:" + WORD + "(?:-" + WORD + ")?[ \\u00a0]+"
            + "(?:(?:and|of|for|&)[ \\u00a0]+)?){1,6}$");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}.'’&-]+");

    private final CountryGazetteer gazetteer;

    OfficePhrase(CountryGazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Lower-case words that may stand between the qualifier and the title: a portfolio ("EC farm Commissioner"). */
    private static final Pattern LOWER_PORTFOLIO = Pattern.compile(
            "(?<=[\\p{L}.'’][ \\u00a0])((?:[\\p{Ll}][\\p{Ll}-]*[ \\u00a0]+){1,2})$");
    private static final java.util.Set<String> NOT_PORTFOLIO = java.util.Set.of("the", "a", "an", "and", "or", "of",
            "to", "by", "for", "with", "as", "at", "in", "on", "from", "that", "this", "his", "her", "its", "their",
            "said", "says", "told", "was", "is", "were", "are", "has", "had", "have", "when", "while", "after",
            "before", "but", "if", "than", "then", "who", "which", "former", "new",
            // the other words that open a clause or a phrase of their own, and the modals: "the rebels until
            // President X", "the IMF must advise Governor X" put the country in another phrase than the title
            "until", "unless", "because", "since", "although", "though", "whether", "where", "whose", "whom",
            "about", "into", "over", "under", "through", "during", "against", "without", "within", "via", "per",
            "upon", "onto", "toward", "towards", "among", "between", "not", "also", "be", "been", "being",
            "will", "would", "can", "could", "should", "shall", "may", "might", "must", "do", "does", "did",
            "these", "those", "there", "here", "it", "he", "she", "they", "we", "you", "i");

    /**
     * The code the words right before {@code titleStart} in {@code body} name, or null; one or two lower-case
     * portfolio words may stand between them and the title ("EC farm Commissioner", "Soviet trade minister").
     */
    String before(String body, int titleStart) {
        String code = adjacent(body, titleStart);
        if (code != null || titleStart <= 0 || titleStart > body.length()) {
            return code;
        }
        int from = Math.max(0, titleStart - 30);
        Matcher lower = LOWER_PORTFOLIO.matcher(body.substring(from, titleStart));
        if (!lower.find()) {
            return null;
        }
        for (String w : lower.group(1).strip().split("[ \\u00a0]+")) {
            // a past verb ("miners asked Minister X") is no portfolio either
            if (NOT_PORTFOLIO.contains(w) || w.length() > 4 && w.endsWith("ed")) {
                return null;
            }
        }
        return adjacent(body, from + lower.start(1));
    }

    private String adjacent(String body, int titleStart) {
        List<String> words = run(body, titleStart);
        if (words.isEmpty()) {
            return null;
        }
        // nearest to the title first: "Soviet Deputy Foreign Minister" and "U.S. Treasury Secretary" alike
        for (int end = words.size(); end >= 1; end--) {
            for (int start = Math.max(0, end - 4); start < end; start++) {
                String form = String.join(" ", words.subList(start, end));
                boolean possessive = form.endsWith("'s") || form.endsWith("’s");
                if (possessive) {
                    form = form.substring(0, form.length() - 2);
                }
                String code = gazetteer.countryOf(form);
                if (code == null) {
                    code = gazetteer.igoOfName(form);
                }
                if (code != null) {
                    return code;
                }
            }
        }
        return null;
    }

    /**
     * The capitalised words right before {@code titleStart} ("White House" of "White House spokesman"), nearest
     * last; empty when none.
     */
    List<String> run(String body, int titleStart) {
        if (titleStart <= 0 || titleStart > body.length()) {
            return List.of();
        }
        int from = Math.max(0, titleStart - WINDOW);
        int nl = body.lastIndexOf('\n', titleStart - 1);
        from = Math.max(from, nl + 1);
        Matcher run = RUN.matcher(body.substring(from, titleStart));
        if (!run.find()) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        Matcher t = TOKEN.matcher(run.group());
        while (t.find()) {
            if (endsSentence(t.group())) {
                words.clear(); // "… met Chilean President Ana Rojas. Foreign Minister X": the run starts anew
                continue;
            }
            words.add(t.group());
        }
        return words;
    }

    /** Abbreviations that end in a full stop inside a phrase ("Gen.", "Rep.", "Corp."), lower-cased, no stop. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "gen",
            "rep", "reps", "sen", "sens", "gov", "lt", "col", "sgt", "capt", "adm", "maj", "prof", "st", "jr", "sr",
            "rev", "mt", "ft", "corp", "inc", "co", "ltd", "bros", "dept", "no", "vol", "hon", "messrs", "cmdr",
            "brig", "supt", "insp", "det", "pres", "assn", "intl", "natl", "govt", "mass", "calif", "conn", "penn");

    /**
     * True when a word of the run closes a sentence ("Rojas." before "Foreign Minister"): a full stop after a word
     * of two letters or more that is no abbreviation and no dotted acronym ("U.S.", "N.J.").
     */
    private static boolean endsSentence(String word) {
        if (!word.endsWith(".") || word.length() < 3) {
            return false;
        }
        String bare = word.substring(0, word.length() - 1);
        if (bare.contains(".") || ABBREVIATIONS.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        return bare.chars().skip(1).anyMatch(Character::isLowerCase);
    }
}
