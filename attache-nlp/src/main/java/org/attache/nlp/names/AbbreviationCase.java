package org.attache.nlp.names;

import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.Place;
import org.attache.nlp.gazetteer.RegionNames;
import org.attache.nlp.resolve.NameKeys;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A capital after a place abbreviation's period is no evidence of a name. Wire copy (and any text whose case was
 * restored sentence by sentence) capitalises the word after "U.S." or "U.K." as if a sentence began there ("U.S.
 * Banks were", "for U.K. Grain and potato futures", "U.S. Carmaker General Motors"), and the recogniser glues that
 * word to the place into one name. For a span holding a place abbreviation with periods followed by a capitalised
 * word, the sentence is read again with that word in lower case: when the recogniser then leaves the word out of
 * every name, the span is replaced by what the second reading finds inside it ("U.S." and "General Motors", when the
 * text also writes "General Motors" without the word; not "U.S. Federal Reserve Board"); when
 * it keeps the word, or the word is an organisation head, an office or a portfolio ("U.S. Treasury", "U.S.
 * Senate"), or the text itself writes the pair on into a company's name ("U.S. Steel Corp", "U.S. Air Group"),
 * the span stays. Thread-safe when the reader is.
 */
public final class AbbreviationCase {
    /** A second reading of one sentence of a text by the recogniser. */
    @FunctionalInterface
    public interface SentenceReader {
        List<NameSpan> read(TokenizedText text, int sentence);
    }

    /** Words besides the legal forms ({@link NameKeys#isLegalForm}) that close a company's name. */
    private static final Set<String> OTHER_COMPANY_WORDS = Set.of("group", "holdings", "airlines", "airways", "<");

    /** True when {@code word} closes a company's name: a legal form ("Corp", "S.A.") or "Group", "Airlines" and the like. */
    static boolean isCompanyWord(String word) {
        return NameKeys.isLegalForm(word) || OTHER_COMPANY_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Bodies named by one word after a country's abbreviation that no organisation head list holds ("U.S. House"). */
    private static final Set<String> CHAMBERS = Set.of("House", "Chamber", "Mint", "Customs", "Coast", "Marines",
            "Marine", "Air", "Force");

    private final CountryGazetteer gazetteer;
    private final SentenceReader reader;

    public AbbreviationCase(CountryGazetteer gazetteer, SentenceReader reader) {
        this.gazetteer = gazetteer;
        this.reader = reader;
    }

    /** Spans with artefact capitals cut out; sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = null;
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            int word = suspectWord(text, s);
            if (word < 0) {
                continue;
            }
            List<NameSpan> second = reread(text, s, word);
            if (second == null) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            out.remove(s);
            out.addAll(second);
        }
        if (out == null) {
            return spans;
        }
        out.sort(Comparator.comparingInt(NameSpan::first));
        return out;
    }

    /** The first capitalised word inside the span right after a place abbreviation, or -1. */
    private int suspectWord(TokenizedText text, NameSpan s) {
        for (int t = s.first(); t + 1 < s.end(); t++) {
            if (!placeAbbreviation(text.token(t)) || !text.spaceJoined(t)) {
                continue;
            }
            String w = text.token(t + 1);
            if (!NameLexicon.isTitleCase(w) || w.length() < 2 || NameLexicon.isOrgHead(w) || CHAMBERS.contains(w)
                    || NameLexicon.isOfficeWord(w) || NameLexicon.isPortfolioWord(w)
                    || !w.chars().allMatch(Character::isLetter) || namesCompany(text, t, t + 2)) {
                return -1;
            }
            return t + 1;
        }
        return -1;
    }

    /** True for "U.S.", "U.K.", "N.Y.": a country's or region's abbreviation written with periods. */
    boolean placeAbbreviation(String token) {
        if (token.length() < 3 || token.charAt(token.length() - 1) != '.' || token.indexOf('.') == token.length() - 1) {
            return false;
        }
        Optional<Place> p = gazetteer.lookup(CountryGazetteer.key(token));
        if (p.isPresent() && p.get().abbreviation() && p.get().kind() != Place.Kind.IGO) {
            return true;
        }
        return RegionNames.countryOfAnyForm(token) != null;
    }

    /** True when the text writes tokens {@code [first, end)} somewhere followed by a company's closing word. */
    private static boolean namesCompany(TokenizedText text, int first, int end) {
        String cover = text.cover(first, end);
        String body = text.text();
        for (int at = body.indexOf(cover); at >= 0; at = body.indexOf(cover, at + 1)) {
            int k = at + cover.length();
            while (k < body.length() && Character.isWhitespace(body.charAt(k))) {
                k++;
            }
            if (k == at + cover.length() && (k >= body.length() || body.charAt(k) != '<')) {
                continue; // "U.S. Steelmakers": not the pair
            }
            int e = k;
            while (e < body.length() && !Character.isWhitespace(body.charAt(e)) && body.charAt(e) != ',') {
                e++;
            }
            String next = body.substring(k, e).toLowerCase(Locale.ROOT);
            if (isCompanyWord(next) || next.startsWith("<")) {
                return true;
            }
        }
        return false;
    }

    private static int count(String body, String part) {
        int n = 0;
        for (int at = body.indexOf(part); at >= 0; at = body.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    /** What a second reading with the word in lower case finds inside the span, or null when it keeps the word. */
    private List<NameSpan> reread(TokenizedText text, NameSpan s, int word) {
        String w = text.token(word);
        String lower = w.toLowerCase(Locale.ROOT);
        if (lower.length() != w.length()) {
            return null;
        }
        String body = text.text();
        if (s.end() > word + 1 && count(body, text.cover(word + 1, s.end())) <= count(body, text.cover(word, s.end()))) {
            return null; // "U.S. Federal Reserve Board": the rest is no name the text writes alone
        }
        String recased = body.substring(0, text.start(word)) + lower + body.substring(text.end(word));
        int sentence = text.sentenceOf(word);
        List<NameSpan> found = reader.read(text.withText(recased), sentence);
        if (s.end() > word + 1 && found.stream().noneMatch(f -> f.first() == word + 1 && f.end() == s.end())) {
            return null; // "U.S. House of Representatives": the rest alone is no name to the recogniser
        }
        List<NameSpan> inside = new ArrayList<>();
        for (NameSpan f : found) {
            if (f.first() <= word && word < f.end()) {
                return null; // the recogniser keeps the word in a name: no artefact
            }
            int first = Math.max(f.first(), s.first());
            int end = Math.min(f.end(), s.end());
            if (first < end) {
                inside.add(new NameSpan(f.first() >= s.first() && f.end() <= s.end() ? f.type() : s.type(), first, end,
                        null));
            }
        }
        return inside;
    }
}
