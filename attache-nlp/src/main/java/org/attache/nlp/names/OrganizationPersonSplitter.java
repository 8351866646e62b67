package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits persons out of organisation spans the CRF let run on. "Commission for External Relations Le Hoai
 * Trung" (one ORGANIZATION) becomes ORGANIZATION "Commission for External Relations" + PERSON "Le Hoai
 * Trung": after the last organisation head word come two to four capitalised words that are neither heads,
 * offices nor function words. A leading office phrase ("Chairman of …") is cut from an organisation, and an
 * organisation left with nothing but heads and office words is dropped. A PERSON span holding an
 * organisation head followed by a name ("Yusof Ishak Institute Choi Shing Kwok") is split the same way, and an
 * "organisation" of two to four diacritic name syllables and no head ("Lê Hoài Trung") is a PERSON. Stateless and thread-safe.
 */
public final class OrganizationPersonSplitter {
    private static final Set<String> PERSON_OFFICE = Set.of("minister", "president", "chairman", "chairwoman",
            "chairperson", "secretary", "director", "dean", "ambassador", "governor", "mayor", "chancellor",
            "spokesman", "spokeswoman", "spokesperson", "ceo", "commander", "head", "chief", "deputy", "vice",
            "senior", "assistant", "officer", "member", "advisor", "adviser", "executive", "secretary-general",
            "director-general", "vice-president", "vice-chairman");

    /** Split and trimmed spans, sorted as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans, boolean caseless) {
        List<NameSpan> out = new ArrayList<>(spans.size() + 2);
        for (NameSpan s : spans) {
            if (s.type() != MentionType.ORGANIZATION && s.type() != MentionType.PERSON) {
                out.add(s);
                continue;
            }
            NameSpan org = s.type() == MentionType.PERSON ? s : trimOfficePhrase(text, s);
            if (org == null) {
                continue;
            }
            if (s.type() == MentionType.ORGANIZATION && onlyPortfolio(text, org.first(), org.end())) {
                continue; // "State for Sustainability": a portfolio, part of an office title, not a body
            }
            int head = -1;
            for (int t = org.end() - 2; t >= org.first(); t--) {
                if (NameLexicon.isOrgHead(text.token(t)) || NameLexicon.isPortfolioWord(text.token(t))) {
                    head = t;
                    break;
                }
            }
            if (s.type() == MentionType.ORGANIZATION && head < 0 && diacriticName(text, org, caseless)) {
                out.add(org.withType(MentionType.PERSON));
                continue;
            }
            int tail = org.end() - head - 1;
            if (head > (s.type() == MentionType.PERSON ? org.first() : -1) && tail >= 2 && tail <= 4
                    && allNameWords(text, head + 1, org.end(), caseless)) {
                if (!onlyPortfolio(text, org.first(), head + 1)) {
                    out.add(new NameSpan(MentionType.ORGANIZATION, org.first(), head + 1));
                }
                out.add(new NameSpan(MentionType.PERSON, head + 1, org.end()));
            } else {
                out.add(org);
            }
        }
        return out;
    }

    private static NameSpan trimOfficePhrase(TokenizedText text, NameSpan s) {
        int t = s.first();
        while (t < s.end() && PERSON_OFFICE.contains(key(text.token(t)))) {
            t++;
        }
        if (t > s.first() && t < s.end() && (key(text.token(t)).equals("of") || key(text.token(t)).equals("for"))) {
            t++;
            if (t < s.end() && key(text.token(t)).equals("the")) {
                t++;
            }
        } else {
            return s;
        }
        for (int u = t; u < s.end(); u++) {
            String w = text.token(u);
            if (!NameLexicon.isOrgHead(w) && !NameLexicon.isOfficeWord(w) && !NameLexicon.isFunctionWord(w)
                    && NameLexicon.isWordLike(w)) {
                return s.withBounds(t, s.end());
            }
        }
        return null;
    }

    /** Two to four name words, at least two of them with letters outside ASCII ("Lê Hoài Trung"), not after "the". */
    private static boolean diacriticName(TokenizedText text, NameSpan s, boolean caseless) {
        if (s.length() < 2 || s.length() > 4 || !allNameWords(text, s.first(), s.end(), caseless)
                || s.first() > 0 && key(text.token(s.first() - 1)).equals("the")) {
            return false;
        }
        int marked = 0;
        for (int t = s.first(); t < s.end(); t++) {
            if (AsciiFolder.hasNonAsciiLetter(text.token(t))) {
                marked++;
            }
        }
        return marked >= 2;
    }

    /**
     * True when the tokens name only a minister's portfolio ("Industry and Trade", "State for
     * Sustainability"): portfolio, office and function words, without an organisation head word.
     */
    private static boolean onlyPortfolio(TokenizedText text, int from, int to) {
        boolean portfolio = false;
        for (int t = from; t < to; t++) {
            String w = text.token(t);
            if (NameLexicon.isPortfolioWord(w)) {
                portfolio = true;
            } else if (!NameLexicon.isOfficeWord(w) && !NameLexicon.isFunctionWord(w) && NameLexicon.isWordLike(w)) {
                return false;
            }
        }
        return portfolio;
    }

    private static boolean allNameWords(TokenizedText text, int from, int to, boolean caseless) {
        for (int t = from; t < to; t++) {
            String w = text.token(t);
            if (!NameLexicon.isWordLike(w) || NameLexicon.isOrgHead(w) || NameLexicon.isOfficeWord(w)
                    || NameLexicon.isPortfolioWord(w)
                    || NameLexicon.isFunctionWord(w) || (!caseless && !NameLexicon.isTitleCase(w))) {
                return false;
            }
            if (t > from && !text.spaceJoined(t - 1)) {
                return false;
            }
        }
        return true;
    }

    private static String key(String w) {
        return AsciiFolder.fold(w).toLowerCase(Locale.ROOT);
    }
}
