package org.attache.nlp.names;

import org.attache.api.MentionType;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Repairs PERSON spans so a name keeps every syllable and no title: office words at the start are cut off
 * ("Minister Vivian Balakrishnan" → "Vivian Balakrishnan"), the span grows over adjacent untagged name
 * syllables (a capitalised word with diacritics, "Lê" of "Lê Hoài Trung"; a capitalised word wedged between
 * an office word and the name, "To" of "Secretary To Lam"; a capitalised word inside a sentence that no
 * other span claims), and touching PERSON spans merge. Stateless and thread-safe.
 */
public final class PersonSpanRepair {
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
            "sep", "sept", "oct", "nov", "dec", "i");

    private final boolean extendOverPlainCapitals;

    /** @param extendOverPlainCapitals also grow over ASCII capitalised words inside a sentence */
    public PersonSpanRepair(boolean extendOverPlainCapitals) {
        this.extendOverPlainCapitals = extendOverPlainCapitals;
    }

    /** Repaired spans, sorted and non-overlapping as the input. */
    public List<NameSpan> apply(TokenizedText text, List<NameSpan> spans, boolean caseless) {
        boolean[] taken = new boolean[text.size()];
        for (NameSpan s : spans) {
            for (int t = s.first(); t < s.end(); t++) {
                taken[t] = true;
            }
        }
        List<NameSpan> all = new ArrayList<>(spans);
        addNamesAfterOffices(text, all, taken, caseless);
        List<NameSpan> out = new ArrayList<>(all.size());
        for (NameSpan s : all) {
            if (s.type() != MentionType.PERSON) {
                out.add(s);
                continue;
            }
            int first = s.first();
            int end = s.end();
            while (first < end && (NameLexicon.isOfficeWord(text.token(first))
                    || NameLexicon.isPortfolioWord(text.token(first)) && afterOfficePhrase(text, first))) {
                taken[first++] = false;
            }
            if (first == end) {
                continue;
            }
            while (first > 0 && !taken[first - 1] && text.spaceJoined(first - 1)
                    && leftSyllable(text, first - 1, caseless)) {
                taken[--first] = true;
            }
            while (end < text.size() && !taken[end] && text.spaceJoined(end - 1)
                    && syllable(text, end, caseless, false)) {
                taken[end++] = true;
            }
            NameSpan repaired = s.withBounds(first, end);
            NameSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.type() == MentionType.PERSON && last.end() == first
                    && text.spaceJoined(first - 1)) {
                out.set(out.size() - 1, last.withBounds(last.first(), end));
            } else {
                out.add(repaired);
            }
        }
        return out;
    }

    /**
     * Untagged runs of two to four name syllables right after an office word, at least one with letters
     * outside ASCII ("leader tô lâm" in lower-case copy), become PERSON spans.
     */
    private void addNamesAfterOffices(TokenizedText text, List<NameSpan> spans, boolean[] taken, boolean caseless) {
        boolean added = false;
        for (int t = 1; t < text.size(); t++) {
            if (taken[t] || !text.spaceJoined(t - 1) || !NameLexicon.isOfficeWord(text.token(t - 1))) {
                continue;
            }
            int end = t;
            boolean marked = false;
            while (end < text.size() && end - t < 4 && !taken[end] && (end == t || text.spaceJoined(end - 1))
                    && syllable(text, end, caseless, true) && !NameLexicon.isFunctionWord(text.token(end))) {
                marked |= AsciiFolder.hasNonAsciiLetter(text.token(end));
                end++;
            }
            if (end - t >= 2 && marked) {
                spans.add(new NameSpan(MentionType.PERSON, t, end));
                for (int u = t; u < end; u++) {
                    taken[u] = true;
                }
                added = true;
            }
        }
        if (added) {
            spans.sort(java.util.Comparator.comparingInt(NameSpan::first));
        }
    }

    /** True when token {@code t} follows "of"/"for" or an office word ("Minister of Education Chan …"). */
    private static boolean afterOfficePhrase(TokenizedText text, int t) {
        if (t == 0 || !text.spaceJoined(t - 1)) {
            return false;
        }
        String prev = text.token(t - 1).toLowerCase(Locale.ROOT);
        return prev.equals("of") || prev.equals("for") || NameLexicon.isOfficeWord(prev)
                || NameLexicon.isPortfolioWord(prev);
    }

    private boolean leftSyllable(TokenizedText text, int t, boolean caseless) {
        if (NameLexicon.isClosedClassWord(text.token(t))) {
            return false; // "Unlike", "If": a clause opens there, even where the sentence splitter saw none
        }
        if (syllable(text, t, caseless, false)) {
            return true;
        }
        boolean afterOffice = t > 0 && text.spaceJoined(t - 1) && NameLexicon.isOfficeWord(text.token(t - 1));
        return afterOffice && syllable(text, t, caseless, true);
    }

    /** A word that may be part of a name: capitalised (unless caseless), neither an office nor a function word. */
    private boolean syllable(TokenizedText text, int t, boolean caseless, boolean allowPlain) {
        String w = text.token(t);
        if (!NameLexicon.isWordLike(w) || NameLexicon.isOfficeWord(w) || NameLexicon.isOrgHead(w)
                || NameLexicon.isPortfolioWord(w)
                || CALENDAR.contains(AsciiFolder.fold(w).toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (!caseless && !NameLexicon.isTitleCase(w)) {
            return false;
        }
        if (AsciiFolder.hasNonAsciiLetter(w)) {
            return true;
        }
        boolean midSentence = t > text.sentenceFirstToken(text.sentenceOf(t));
        if (caseless || NameLexicon.isFunctionWord(w) && !allowPlain) {
            return false;
        }
        return allowPlain || extendOverPlainCapitals && midSentence;
    }
}
