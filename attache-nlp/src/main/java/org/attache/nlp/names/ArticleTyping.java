package org.attache.nlp.names;

import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.RegionNames;
import org.attache.nlp.gazetteer.WorldCities;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Types a short name by the text's own longer mention of it, takes in the rest of a name written in lower case,
 * joins a company's hyphenated name, and splits two company names glued by "and".
 * <ul>
 *   <li>A name the recogniser took for a place, a person or a miscellany is a company when the same text names a
 *       company whose name opens with it and closes with a company word ("Pizza Inn" beside "Pizza Inn Inc", "vice
 *       president at Outboard" beside "Outboard Marine Corp", "Pantera" beside "Pantera's Corp"). A name that is a
 *       country, a state or a large town ("Texas" beside "Texas Instruments Inc", "Chicago" beside "Chicago Board of
 *       Trade Inc") keeps its type; so does a person the text names in full or with a title ("President Ford"
 *       beside "Ford Motor Co").</li>
 *   <li>A name that is the rest of such a company's name cut from its first words ("Motors" after "General") takes
 *       them back.</li>
 *   <li>A single name glued by a hyphen to another word ("the Reagan-appointed commission", "the Reagan-Gorbachev
 *       summit") is the person the text names with that surname elsewhere in full or with a title ("Ronald Reagan",
 *       "President Reagan"), whatever type the recogniser gave it there.</li>
 *   <li>A span "X's and Y" holds two names ("Moody's and Standard and Poor's"): a possessive closes a company's own
 *       name, so "and" after it cannot continue the name; the span is cut into the two names.</li>
 * </ul>
 * Stateless apart from the shared immutable gazetteers; thread-safe.
 */
public final class ArticleTyping {
    /** Towns this large keep the place's sense beside a company named after them. */
    private static final long LARGE_TOWN = 100_000;

    private final CountryGazetteer gazetteer;
    private final WorldCities towns;

    public ArticleTyping(CountryGazetteer gazetteer, WorldCities towns) {
        this.gazetteer = gazetteer;
        this.towns = towns;
    }

    /** Spans retyped and split; sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> split = joinHyphenCompounds(text, extendOverCaseSlips(text, splitPairs(text, spans)));
        List<List<String>> companies = new ArrayList<>();
        Set<String> personWords = new HashSet<>();
        for (NameSpan s : split) {
            if (s.type() == MentionType.ORGANIZATION && s.length() > 1
                    && AbbreviationCase.isCompanyWord(text.token(s.end() - 1))) {
                companies.add(words(text, s.first(), s.end()));
            } else if (s.type() == MentionType.PERSON && s.length() > 1) {
                words(text, s.first(), s.end()).forEach(x -> personWords.add(x.toLowerCase(Locale.ROOT)));
            }
        }
        Set<String> surnames = new HashSet<>();
        for (NameSpan s : split) {
            if (s.type() == MentionType.PERSON && !hyphenGlued(text, s) && (s.length() > 1
                    || s.first() > 0 && NameLexicon.isOfficeWord(text.token(s.first() - 1)))) {
                surnames.add(text.token(s.end() - 1)); // a full name or a titled one: "Ronald Reagan", "President Reagan"
            }
        }
        split = extendToCompanyStart(text, split, companies);
        List<NameSpan> out = new ArrayList<>(split.size());
        for (NameSpan s : split) {
            if (companyByLongerMention(text, s, companies, personWords)) {
                out.add(s.withType(MentionType.ORGANIZATION));
            } else if (s.type() != MentionType.PERSON && s.length() == 1 && s.country() == null && hyphenGlued(text, s)
                    && surnames.contains(text.token(s.first()))) {
                out.add(s.withType(MentionType.PERSON)); // "the Reagan-appointed commission" beside "President Reagan"
            } else {
                out.add(s);
            }
        }
        return out;
    }

    /**
     * A name that is the rest of a company the text names in full, cut from its first words ("Motors" of "General
     * Motors said", where "General" went as a title, beside "General Motors Corp"), takes those words back and
     * becomes the company.
     */
    private static List<NameSpan> extendToCompanyStart(TokenizedText text, List<NameSpan> spans, List<List<String>> companies) {
        List<NameSpan> out = null;
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            if (s.type() == MentionType.ORGANIZATION || s.country() != null) {
                continue;
            }
            int floor = i > 0 ? spans.get(i - 1).end() : text.sentenceFirstToken(text.sentenceOf(s.first()));
            for (List<String> c : companies) {
                int j = indexOf(c, words(text, s.first(), s.end()));
                if (j <= 0 || s.first() - j < floor || j + s.length() >= c.size()) {
                    continue;
                }
                boolean same = true;
                for (int k = 0; k < j; k++) {
                    same &= text.token(s.first() - j + k).equals(c.get(k)) && text.spaceJoined(s.first() - j + k);
                }
                if (same) {
                    if (out == null) {
                        out = new ArrayList<>(spans);
                    }
                    out.set(i, new NameSpan(MentionType.ORGANIZATION, s.first() - j, s.end(), null));
                    break;
                }
            }
        }
        return out == null ? spans : out;
    }

    private static int indexOf(List<String> in, List<String> part) {
        for (int j = 1; j + part.size() <= in.size(); j++) {
            if (in.subList(j, j + part.size()).equals(part)) {
                return j;
            }
        }
        return -1;
    }

    /** True when a hyphen with no space joins the span to a word before or after it ("Reagan-appointed"). */
    private static boolean hyphenGlued(TokenizedText text, NameSpan s) {
        String body = text.text();
        int a = text.start(s.first());
        int b = text.end(s.end() - 1);
        return a > 1 && body.charAt(a - 1) == '-' && !Character.isWhitespace(body.charAt(a - 2))
                || b + 1 < body.length() && body.charAt(b) == '-' && !Character.isWhitespace(body.charAt(b + 1));
    }

    private boolean companyByLongerMention(TokenizedText text, NameSpan s, List<List<String>> companies,
                                           Set<String> personWords) {
        if (s.type() == MentionType.ORGANIZATION || s.country() != null) {
            return false;
        }
        List<String> w = words(text, s.first(), s.end()).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        if (!Character.isUpperCase(text.token(s.first()).codePointAt(0))) {
            return false;
        }
        String form = text.cover(s.first(), s.end());
        if (gazetteer.lookup(CountryGazetteer.key(form)).isPresent() || RegionNames.countryOfAnyForm(form) != null
                || towns.largestTown(form) >= LARGE_TOWN) {
            return false;
        }
        if (s.type() == MentionType.PERSON && (s.first() > 0 && NameLexicon.isOfficeWord(text.token(s.first() - 1))
                || s.length() == 1 && personWords.contains(w.get(0)))) {
            return false;
        }
        for (List<String> c : companies) {
            if (c.size() > w.size() && c.subList(0, w.size()).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList()
                    .equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name followed by the rest of itself in lower case, a slip of case ("Trans world airlines" where the text
     * also writes "Trans World Airlines", "the Securities and Exchange commission"), takes those words in: the
     * following words when the text names the whole capitalised elsewhere, or one long organisation head after a
     * name built with "and" that has none.
     */
    private static List<NameSpan> extendOverCaseSlips(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = null;
        for (int i = 0; i < spans.size(); i++) {
            NameSpan s = spans.get(i);
            int limit = i + 1 < spans.size() ? spans.get(i + 1).first() : text.sentenceEndToken(text.sentenceOf(s.first()));
            int end = s.end();
            for (NameSpan other : spans) {
                int rest = other.length() - s.length();
                if (rest > 0 && AbbreviationCase.isCompanyWord(text.token(other.end() - 1))) {
                    rest--; // "Trans world airlines" beside "Trans World Airlines Inc"
                }
                if (rest <= 0 || s.end() + rest > limit || !sameWords(text, other.first(), s.first(), s.length(), false)
                        || !sameWords(text, other.first() + s.length(), s.end(), rest, true)) {
                    continue;
                }
                boolean slipped = true;
                for (int k = 0; k < rest; k++) {
                    String w = text.token(s.end() + k);
                    slipped &= text.spaceJoined(s.end() + k - 1) && !w.isEmpty() && Character.isLowerCase(w.charAt(0))
                            && !NameLexicon.isFunctionWord(w)
                            && NameLexicon.isTitleCase(text.token(other.first() + s.length() + k));
                }
                if (slipped) {
                    end = Math.max(end, s.end() + rest);
                }
            }
            if (end == s.end() && s.type() == MentionType.ORGANIZATION && s.end() < limit && text.spaceJoined(s.end() - 1)
                    && innerLink(text, s) && text.token(s.end()).equals(text.token(s.end()).toLowerCase(Locale.ROOT))
                    && NameLexicon.isLongOrgHead(Character.toUpperCase(text.token(s.end()).charAt(0))
                    + text.token(s.end()).substring(1))
                    && NameLexicon.longOrgHeadOf(Character.toUpperCase(text.token(s.end()).charAt(0))
                    + text.token(s.end()).substring(1)) == null) {
                end = s.end() + 1;
            }
            if (end != s.end()) {
                if (out == null) {
                    out = new ArrayList<>(spans);
                }
                out.set(i, s.withBounds(s.first(), end));
            }
        }
        return out == null ? spans : out;
    }

    /**
     * True when the name joins capitalised words with "and" and holds no head of its own ("Securities and Exchange";
     * not "Bank of England", which ends at its place, nor "Ministry of Trade and Industry").
     */
    private static boolean innerLink(TokenizedText text, NameSpan s) {
        if (s.country() != null) {
            return false;
        }
        boolean and = false;
        for (int t = s.first(); t < s.end(); t++) {
            if (NameLexicon.isOrgHead(text.token(t)) || text.token(t).equals("of")) {
                return false;
            }
            and |= t > s.first() && t < s.end() - 1 && text.token(t).equals("and");
        }
        return and;
    }

    private static boolean sameWords(TokenizedText text, int a, int b, int n, boolean ignoreCase) {
        for (int k = 0; k < n; k++) {
            String x = text.token(a + k);
            String y = text.token(b + k);
            if (ignoreCase ? !x.equalsIgnoreCase(y) : !x.equals(y)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Two names joined by a hyphen with no space ("Allis-Chalmers") or by "and" ("Standard" and "Poor's 500") are one
     * company's name when the text writes the whole before a company word ("Allis-Chalmers Corp", "Standard and Poor's
     * Corp"): its halves are no names of their own (a person "Chalmers", a place "Standard"). Compounds the text never
     * names as a company ("Reagan-Gorbachev summit", "Iran-Iraq", "Britain and France") stay apart.
     */
    private List<NameSpan> joinHyphenCompounds(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = null;
        for (int i = 0; i + 1 < (out == null ? spans : out).size(); i++) {
            NameSpan a = (out == null ? spans : out).get(i);
            NameSpan b = (out == null ? spans : out).get(i + 1);
            int dash = a.end();
            if (b.first() != dash + 1 || a.country() != null || b.country() != null) {
                continue;
            }
            String link = text.token(dash);
            boolean hyphen = link.equals("-") && text.end(dash - 1) == text.start(dash) && text.end(dash) == text.start(dash + 1);
            boolean and = (link.equals("and") || link.equals("&")) && text.spaceJoined(dash - 1) && text.spaceJoined(dash);
            if (!hyphen && !and) {
                continue;
            }
            String compound = text.token(a.end() - 1) + "-" + text.token(b.first());
            if (!namedAsCompany(text, text.cover(a.first(), b.end())) && !(hyphen && namedAsCompany(text, compound))) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans);
            }
            out.set(i, new NameSpan(MentionType.ORGANIZATION, a.first(), b.end(), null));
            out.remove(i + 1);
        }
        return out == null ? spans : out;
    }

    /** True when the text writes {@code form} directly before a company word ("Allis-Chalmers Corp"). */
    private static boolean namedAsCompany(TokenizedText text, String form) {
        String body = text.text();
        for (int at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
            int k = at + form.length();
            if (body.startsWith("'s ", k) || body.startsWith("’s ", k)) {
                k += 2; // "Standard and Poor's Corp"
            }
            if (k >= body.length() || body.charAt(k) != ' ') {
                continue;
            }
            int e = k + 1;
            while (e < body.length() && !Character.isWhitespace(body.charAt(e)) && body.charAt(e) != ',') {
                e++;
            }
            if (AbbreviationCase.isCompanyWord(body.substring(k + 1, e))) {
                return true;
            }
        }
        return false;
    }

    /** "Moody's and Standard and Poor's" → "Moody's", "Standard and Poor's". */
    private static List<NameSpan> splitPairs(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        boolean changed = false;
        for (NameSpan s : spans) {
            int cut = -1;
            for (int t = s.first() + 1; t + 2 < s.end(); t++) {
                if (possessive(text.token(t)) && text.token(t + 1).equals("and")
                        && Character.isUpperCase(text.token(t - 1).codePointAt(0))
                        && Character.isUpperCase(text.token(t + 2).codePointAt(0))) {
                    cut = t;
                    break;
                }
            }
            if (cut < 0) {
                out.add(s);
            } else {
                out.add(s.withBounds(s.first(), cut + 1));
                out.add(s.withBounds(cut + 2, s.end()));
                changed = true;
            }
        }
        return changed ? out : spans;
    }

    private static boolean possessive(String token) {
        return token.equals("'s") || token.equals("’s");
    }

    private static List<String> words(TokenizedText text, int first, int end) {
        List<String> w = new ArrayList<>(end - first);
        for (int t = first; t < end; t++) {
            w.add(text.token(t));
        }
        return w;
    }
}
