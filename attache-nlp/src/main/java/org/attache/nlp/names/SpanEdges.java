package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cuts words off the edges of a name span that are not part of the name. At the start: an English
 * closed-class word the recogniser glued on because a sentence or clause opens with it ("Unlike Paul
 * Volcker", "If Charles Kennedy", "When Tokyo"), written as a word, not in capitals ("AS Roma"); determiners
 * ("The Hague", "All Nippon Airways") are kept for places, organisations and other names, cut only from
 * persons, but quantifiers ("Some Wall Street sources", "Several Tokyo banks") are cut from every name. At the end: a possessive "’s" after a name with
 * an "of" phrase or an organisation head ("Ministry of Trade and Industry’s"), not after other names
 * ("Standard and Poor’s", "Moody’s"). A span left empty is dropped. Stateless and thread-safe.
 */
public final class SpanEdges {
    /** Determiners and quantifiers that open names of things ("The Hague", "All Nippon Airways"), not of persons. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "both", "each", "every", "some",
            "any", "no", "other", "another", "such", "many", "most", "several", "few", "this", "that", "these",
            "those", "our", "my", "your", "his", "her", "its", "their", "first", "last", "next", "only", "just");

    /** Quantifiers that open a noun phrase, never a name ("Some Wall Street sources", "Several Tokyo banks"). */
    private static final Set<String> QUANTIFIERS = Set.of("some", "any", "several", "many", "few", "such");

    /** Spans with their edges cut; sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans) {
        List<NameSpan> out = new ArrayList<>(spans.size());
        for (NameSpan s : spans) {
            int first = s.first();
            int end = s.end();
            while (first < end && leading(text.token(first), s.type())) {
                first++;
            }
            if (end - first >= 3 && possessive(text.token(end - 1)) && namedByPhrase(text, first, end - 1)) {
                end--;
            }
            while (end > first && punctuation(text.token(end - 1))) {
                end--;
            }
            if (first < end) {
                out.add(first == s.first() && end == s.end() ? s : s.withBounds(first, end));
            }
        }
        return out;
    }

    private static boolean leading(String token, MentionType type) {
        if (punctuation(token)) {
            return true;
        }
        if (!NameLexicon.isClosedClassWord(token) || !(NameLexicon.isTitleCase(token)
                || token.equals(token.toLowerCase(Locale.ROOT)))) {
            return false; // "AS Roma", "IF" in capitals: an acronym, not the word
        }
        String lower = token.toLowerCase(Locale.ROOT);
        return type == MentionType.PERSON || !DETERMINERS.contains(lower) || QUANTIFIERS.contains(lower);
    }

    private static boolean possessive(String token) {
        return token.equals("'s") || token.equals("’s") || token.equals("'") || token.equals("’");
    }

    /** True for tokens holding "of" or ending in an organisation head ("Ministry of …", "… Bank"). */
    private static boolean namedByPhrase(TokenizedText text, int first, int end) {
        for (int t = first; t < end; t++) {
            if (text.token(t).equals("of")) {
                return true;
            }
        }
        return NameLexicon.isOrgHead(text.token(end - 1)) || NameLexicon.isPortfolioWord(text.token(end - 1));
    }

    /** Opening or stray punctuation: a bracket, quote or dash that no name starts or ends with. */
    private static boolean punctuation(String token) {
        return token.length() == 1 && "()[]{}\"'‘’“”«»-–—,;:".indexOf(token.charAt(0)) >= 0;
    }
}
