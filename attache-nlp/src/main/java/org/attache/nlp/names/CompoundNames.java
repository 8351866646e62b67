package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names the recogniser cut in pieces at a dash or an "of", joined again:
 * <ul>
 *   <li>an organisation, optionally with its acronym in brackets, a spaced dash and a second name is one
 *       organisation when the whole reads as an institution's name: the second part ends in an organisation
 *       head ("Institute of Peace Studies (IPS) – Mara Lindqvist Institute"), or the whole is followed by
 *       the first part's acronym in brackets ("the IPS - Mara Lindqvist (IPS)"), or opens with "the" (no
 *       person's name does): never "Reuters - John Smith";</li>
 *   <li>an organisation ending in its head word, "of", and a place or organisation is one organisation
 *       ("Workers' Party" "of" "Freedonia");</li>
 *   <li>a name ending in an agreement word ("Agreement", "Treaty", "Accord", "Declaration", "Protocol", and
 *       "Partnership" between states, not a firm's "Limited Partnership") names an agreement, not an
 *       organisation: it is MISC, with no country of its own, and a country name joined to it by a dash or
 *       hyphen is part of it ("Norway-Chile Strategic Partnership").</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class CompoundNames {
    private static final Set<String> DASHES = Set.of("-", "–", "—", "--");
    private static final Set<String> AGREEMENTS = Set.of("partnership", "agreement", "treaty", "accord", "accords",
            "declaration", "protocol", "memorandum");
    /** Words that make a partnership a company's legal form ("Mesa Limited Partnership"), not a relationship. */
    private static final Set<String> FIRM_PARTNERSHIPS = Set.of("limited", "general", "master", "l.p.", "lp", "royalty",
            "investors", "capital", "properties", "realty", "fund", "associates");
    /** Words that make a partnership a relationship between states ("Comprehensive Strategic Partnership"). */
    private static final Set<String> STATE_PARTNERSHIPS = Set.of("strategic", "comprehensive", "economic", "security",
            "defence", "defense", "trade", "eastern", "global");

    /** Spans with compound names joined; sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans);
        for (int i = 0; i < out.size(); i++) {
            NameSpan s = out.get(i);
            if (s.type() == MentionType.ORGANIZATION) {
                int joined = dashCompound(text, out, i);
                if (joined < 0) {
                    joined = ofCompound(text, out, i);
                }
                if (joined >= 0) {
                    NameSpan whole = new NameSpan(MentionType.ORGANIZATION, s.first(), out.get(joined).end(), s.country());
                    out.subList(i, joined + 1).clear();
                    out.add(i, whole);
                    s = whole;
                }
            }
            if ((s.type() == MentionType.ORGANIZATION || s.type() == MentionType.MISC) && s.length() >= 2
                    && AGREEMENTS.contains(text.token(s.end() - 1).toLowerCase(Locale.ROOT))) {
                int first = s.first();
                int from = i;
                boolean dyad = i > 0 && joinedByDash(text, out.get(i - 1).end(), first)
                        && out.get(i - 1).type() == MentionType.LOCATION;
                if (dyad) {
                    first = out.get(i - 1).first();
                    from = i - 1;
                }
                if (!isAgreement(words(text, s), dyad || s.country() != null)) {
                    continue;
                }
                NameSpan agreement = new NameSpan(MentionType.MISC, first, s.end(), null);
                out.subList(from, i + 1).clear();
                out.add(from, agreement);
                i = from;
            }
        }
        return out;
    }

    /**
     * True when words ending in an agreement word name an agreement: any treaty, accord or agreement; a
     * partnership only between states (countries named, or an adjective of diplomacy) and never a firm's
     * legal form ("… Limited Partnership").
     */
    public static boolean isAgreement(List<String> lowerWords, boolean countriesNamed) {
        if (lowerWords.size() < 2 || !AGREEMENTS.contains(lowerWords.getLast())) {
            return false;
        }
        if (!lowerWords.getLast().equals("partnership")) {
            return true;
        }
        for (String w : lowerWords) {
            if (FIRM_PARTNERSHIPS.contains(w)) {
                return false;
            }
        }
        return countriesNamed || lowerWords.stream().anyMatch(STATE_PARTNERSHIPS::contains);
    }

    private static List<String> words(TokenizedText text, NameSpan s) {
        List<String> words = new ArrayList<>(s.length());
        for (int t = s.first(); t < s.end(); t++) {
            words.add(text.token(t).toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** Index of the span that ends a dash compound opened by span {@code i}, or −1. */
    private static int dashCompound(TokenizedText text, List<NameSpan> spans, int i) {
        NameSpan left = spans.get(i);
        int t = left.end();
        String acronym = left.length() == 1 && acronym(text.token(left.first())) ? text.token(left.first()) : null;
        int inner = i + 1;
        if (bracketed(text, t) != null) { // "… Studies (IPS) – …"
            acronym = bracketed(text, t);
            t += 3;
            while (inner < spans.size() && spans.get(inner).end() <= t) {
                inner++;
            }
        }
        if (t >= text.size() || !DASHES.contains(text.token(t)) || !spaced(text, t)
                || inner >= spans.size() || spans.get(inner).first() != t + 1) {
            return -1;
        }
        NameSpan right = spans.get(inner);
        if (right.type() == MentionType.LOCATION || !Character.isUpperCase(text.token(right.first()).codePointAt(0))) {
            return -1;
        }
        boolean head = NameLexicon.isOrgHead(text.token(right.end() - 1))
                || EponymousOrganization.HEADS.contains(text.token(right.end() - 1));
        boolean sameAcronymAfter = acronym != null && acronym.equals(bracketed(text, right.end()));
        boolean article = left.first() > 0 && text.token(left.first() - 1).equalsIgnoreCase("the");
        return head || sameAcronymAfter || article && right.type() != MentionType.PERSON ? inner : -1;
    }

    /** Index of the place or organisation that an "of" joins to organisation {@code i}, or −1. */
    private static int ofCompound(TokenizedText text, List<NameSpan> spans, int i) {
        NameSpan left = spans.get(i);
        int t = left.end();
        if (i + 1 >= spans.size() || !NameLexicon.isOrgHead(text.token(t - 1)) || t >= text.size()
                || !text.token(t).equals("of") || !text.spaceJoined(t - 1) || !text.spaceJoined(t)) {
            return -1;
        }
        int next = t + 1;
        if (next < text.size() && text.token(next).equals("the") && text.spaceJoined(next)) {
            next++;
        }
        NameSpan right = spans.get(i + 1);
        if (right.first() != next || right.type() == MentionType.PERSON || right.type() == MentionType.MISC
                && right.country() != null) {
            return -1;
        }
        return i + 1;
    }

    /** The acronym of a "( ACR )" starting at token {@code t}, or null. */
    private static String bracketed(TokenizedText text, int t) {
        if (t + 2 < text.size() && text.token(t).equals("(") && text.token(t + 2).equals(")")
                && acronym(text.token(t + 1))) {
            return text.token(t + 1);
        }
        return null;
    }

    /** Two to ten capitals and digits, at least two capitals ("IPS", "G7", "ASEAN"). */
    static boolean acronym(String token) {
        if (token.length() < 2 || token.length() > 10) {
            return false;
        }
        int capitals = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (Character.isUpperCase(c)) {
                capitals++;
            } else if (!Character.isDigit(c) && c != '&') {
                return false;
            }
        }
        return capitals >= 2;
    }

    /** True when the dash at token {@code t} has white space on both sides (not a hyphen inside a word). */
    private static boolean spaced(TokenizedText text, int t) {
        return t > 0 && t + 1 < text.size() && text.start(t) > text.end(t - 1) && text.start(t + 1) > text.end(t)
                && text.sentenceOf(t - 1) == text.sentenceOf(t + 1);
    }

    /** True when only a dash or hyphen (with or without spaces) lies between offsets of two tokens. */
    private static boolean joinedByDash(TokenizedText text, int leftEnd, int rightFirst) {
        if (rightFirst <= 0 || leftEnd > rightFirst) {
            return false;
        }
        String between = text.text().substring(text.end(leftEnd - 1), text.start(rightFirst)).strip();
        return DASHES.contains(between) || between.equals("‑");
    }
}
