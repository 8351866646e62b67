package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.Sentence;

/**
 * The trigger lexicon read over a sentence: where a {@link VerbLexicon} pattern matches (the part of speech
 * the tagger gives allowing), which sentences need the tagger's and the parser's reading, and the tagging
 * itself. One per coder, over its lexicon.
 */
final class TriggerMatcher {
    private final VerbLexicon lexicon;

    TriggerMatcher(VerbLexicon lexicon) {
        this.lexicon = lexicon;
    }

    private static final int WINDOW = 4;

    private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "this", "that", "his", "her", "its",
            "their", "our", "whose", "official", "working", "state", "first", "second", "last", "recent", "during",
            "after", "before", "of", "for", "on", "in", "at", "with", "upcoming", "planned", "latest", "new",
            "successful", "historic", "week-long", "two-day", "three-day", "such", "any", "no", "every", "each");

    static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "must", "can", "'ll", "to");

    /**
     * The tags of a sentence holding a trigger and an actor ("March" the month, "orders" the noun), and its
     * dependency parse when it holds two actors and the patterns' reading is not plain (see {@link #needsParse}).
     * A sentence that will not be parsed is tagged only around its triggers.
     */
    Syntax.Analysis analyse(Annotated a, Sentence s, Tokens t, List<ActorUnits.Unit> units,
                                    List<PatternEventCoder.Match> matches, boolean mayParse) {
        String body = a.article().bodyText();
        boolean title = titleCase(t, body);
        List<int[]> names = nameSpans(a, s.index());
        int from = s.end();
        int to = s.start();
        for (PatternEventCoder.Match m : matches) {
            // the tagger reads left to right: a trigger early in the sentence gets the sentence's start as context
            int first = m.head() <= 3 * TAG_WINDOW ? 0 : m.head() - TAG_WINDOW;
            from = Math.min(from, t.start.get(first));
            to = Math.max(to, t.end.get(Math.min(t.size() - 1, m.last() + TAG_WINDOW)));
        }
        // the window starts at the actor before the first trigger, so the words between are tagged too
        for (ActorUnits.Unit u : units) {
            if (u.end() <= from && u.start() >= s.start()) {
                from = Math.min(from, u.start());
            }
        }
        Syntax.Analysis window = Syntax.get().tag(body, from, to, title, names);
        List<PatternEventCoder.Match> valid = outsideNames(matches(t, units, window), t, a, s.index());
        if (!mayParse || valid.isEmpty() || units.size() < 2 || !needsParse(t, units, valid, window)) {
            return window;
        }
        // a window that already spans the sentence is the sentence's own tagging: tagging it again gives the same
        Syntax.Analysis whole = from == s.start() && to == s.end() ? window
                : Syntax.get().tag(body, s.start(), s.end(), title, names);
        Syntax.get().parse(whole);
        return whole;
    }

    /** Words after a trigger (and before it, when the sentence is long) the tagger sees when it is not parsed. */
    private static final int TAG_WINDOW = 6;
    /** Words that may stand between a subject and its verb in a plain clause ("has", "also", "not"). */
    private static final Set<String> PLAIN_BETWEEN = Set.of("has", "have", "had", "will", "would", "shall",
            "should", "could", "can", "may", "might", "must", "also", "again", "not", "n't", "never", "today",
            "yesterday", "now", "already", "still", "later", "then", "reportedly", "did", "does", "do");

    /**
     * True unless every trigger is a verb whose subject is the actor phrase right before it ("Iraqi warplanes
     * attacked …", "Peru has rejected …"): there the patterns read the sentence as the parse would. A nominal
     * trigger, a passive, a reporting or relative clause, a command or "must" needs the parse.
     */
    static boolean needsParse(Tokens t, List<ActorUnits.Unit> units, List<PatternEventCoder.Match> matches,
                                      Syntax.Analysis tags) {
        for (PatternEventCoder.Match m : matches) {
            String head = m.entry().pattern().words().get(0);
            if (m.noun() || m.lightVerb() || head.equals("must") || ClauseReading.COMMANDS.contains(head) || ClauseReading.SENDING.contains(head)
                    || Modality.passive(t, m)) {
                return true;
            }
            int headStart = t.start.get(m.head());
            ActorUnits.Unit left = null;
            for (ActorUnits.Unit u : units) {
                if (u.end() <= headStart) {
                    left = u;
                }
            }
            if (left == null) {
                return true;
            }
            boolean noun = true; // the rest of the subject's noun phrase, then auxiliaries
            for (int i = t.atOrAfter(left.end()); i < m.head(); i++) {
                String w = t.get(i);
                String tag = String.valueOf(tags.tagAt(t.start.get(i)));
                if (noun && (tag.startsWith("NN") && !tag.startsWith("NNP") || tag.equals("JJ"))
                        && Character.isLowerCase(w.charAt(0))) {
                    continue;
                }
                noun = false;
                if (!PLAIN_BETWEEN.contains(w) && !w.endsWith("ly")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Drops triggers inside a name ("the Ceasefire Violations Committee", "Freedom March Party"). */
    static List<PatternEventCoder.Match> outsideNames(List<PatternEventCoder.Match> matches, Tokens t, Annotated a, int sentence) {
        List<PatternEventCoder.Match> out = new ArrayList<>();
        for (PatternEventCoder.Match m : matches) {
            int hs = t.start.get(m.head());
            boolean inside = false;
            for (Mention mention : a.mentions()) {
                if (mention.sentence() == sentence && mention.type().isEntity() && mention.start() <= hs
                        && hs < mention.end()) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * Non-overlapping trigger matches, longest pattern at each head, in text order. A name phrase between two
     * words of a pattern counts as one word ("sent Secretary of State George Shultz to Moscow").
     */
    List<PatternEventCoder.Match> matches(Tokens t, List<ActorUnits.Unit> units, Syntax.Analysis syntax) {
        List<PatternEventCoder.Match> out = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (used[i]) {
                continue;
            }
            PatternEventCoder.Match best = null;
            String headTag = syntax == null ? null : syntax.tagAt(t.start.get(i));
            for (String lemma : lexicon.lemmasOf(t.get(i))) {
                for (VerbLexicon.Entry e : lexicon.withHead(lemma)) {
                    String tag = headTag;
                    if (tag != null && e.noun() && e.pattern().words().size() > 1 && i + 1 < t.size()) {
                        // "general strike", "courtesy call": the noun is the pattern's last word
                        String lastTag = syntax.tagAt(t.start.get(Math.min(t.size() - 1, i + e.pattern().words().size() - 1)));
                        tag = lastTag == null ? tag : lastTag;
                    }
                    if (e.noun() && !nounForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (!e.noun() && !verbForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (tag != null && !partOfSpeechFits(e, t.get(i), tag)
                            && !(!e.noun() && !tag.startsWith("NNP") && MODALS.contains(t.get(i - 1)))) {
                        continue; // "in March", "new orders", "the return on capital"; "would blockade" is a verb
                    }
                    if (tag != null && !e.noun() && e.pattern().words().size() == 1
                            && (tag.startsWith("NN") || tag.equals("VBG")) && t.get(i).endsWith("ing")
                            && gerundModifier(syntax, t, i)) {
                        continue; // "lending operations", "trading partners": the gerund names a kind of thing
                    }
                    if (!e.noun() && e.pattern().words().size() == 1 && nounForm(lemma, t.get(i))
                            && hasNoun(lemma) && nounContext(t, i)) {
                        continue; // "the visit", "a protest": the noun reading
                    }
                    int last = follow(t, i, e, used, units);
                    if (last >= 0 && (best == null || e.pattern().words().size() > best.entry().pattern().words().size())) {
                        best = new PatternEventCoder.Match(i, last, e, e.noun() && lightVerbBefore(t, i));
                    }
                }
            }
            if (best != null) {
                out.add(best);
                used[best.head()] = true;
                if (best.entry().pattern().words().size() > 1) {
                    used[best.last()] = true;
                }
            }
        }
        return out;
    }

    /**
     * True when the tagger's part of speech allows this reading: a verb pattern needs a verb (a gerund used as
     * a noun, "the killing of", counts; "due" is an adjective), a noun pattern a common noun. A proper noun is a
     * name ("March", "Summit Street"), never a trigger.
     */
    static boolean partOfSpeechFits(VerbLexicon.Entry e, String token, String tag) {
        if (tag.startsWith("NNP")) {
            return false;
        }
        if (e.noun()) {
            return tag.startsWith("NN") || tag.startsWith("VB") && LIGHT_NOUNS_AS_VERBS.contains(token);
        }
        return tag.startsWith("VB") || tag.equals("MD") || tag.equals("JJ") && ClauseReading.ANNOUNCING_HEADS.contains(token)
                || tag.startsWith("NN") && token.endsWith("ing");
    }

    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "'s",
            "'re", "am");

    /** Whether the gerund at {@code i} directly precedes a common noun it modifies ("lending operations"). */
    private static boolean gerundModifier(Syntax.Analysis syntax, Tokens t, int i) {
        if (i + 1 >= t.size() || i > 0 && BE_FORMS.contains(t.get(i - 1))) {
            return false; // "was lending money to": a verb in its progressive
        }
        String next = syntax.tagAt(t.start.get(i + 1));
        return next != null && (next.equals("NN") || next.equals("NNS"));
    }

    /** Nouns the tagger may read as verbs in a headline's compressed syntax ("Ministers Hold Talks"). */
    private static final Set<String> LIGHT_NOUNS_AS_VERBS = Set.of("talks", "visit", "meeting", "protest", "protests",
            "march", "strike", "attack", "attacks", "raid", "raids");

    /** True when most words of the sentence are capitalised, as in a headline ("Brazil Condemns Argentina"). */
    static boolean titleCase(Tokens t, String body) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < t.size(); i++) {
            char ch = body.charAt(t.start.get(i));
            if (Character.isLetter(ch) && t.get(i).length() > 3) {
                words++;
                capitalised += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** Character spans of the sentence's names, which keep their capitals when a headline is tagged. */
    static List<int[]> nameSpans(Annotated a, int sentence) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.sentence() == sentence && m.type().isEntity()) {
                out.add(new int[] {m.start(), m.end()});
            }
        }
        return out;
    }

    static final Set<String> LIGHT_VERBS = Set.of("stage", "staged", "stages", "staging", "hold", "held",
            "holds", "holding", "begin", "began", "begun", "begins", "launch", "launched", "launches", "continue",
            "continued", "continuing", "organize", "organized", "organise", "organised", "conduct", "conducted",
            "mount", "mounted", "start", "started", "declare", "declared", "resume", "resumed", "carry", "carried",
            "call", "called", "impose", "imposed", "went", "go", "reiterate", "reiterated", "renew", "renewed",
            "repeat", "repeated", "issue", "issued", "insist", "insisted", "voice", "voiced", "express", "expressed", "make", "made");

    static boolean lightVerbBefore(Tokens t, int i) {
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = t.get(j);
            if (Tokens.isPunct(w) && !w.equals("-")) {
                return false;
            }
            if (LIGHT_VERBS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    boolean hasNoun(String lemma) {
        for (VerbLexicon.Entry e : lexicon.withHead(lemma)) {
            if (e.noun()) {
                return true;
            }
        }
        return false;
    }

    static boolean nounContext(Tokens t, int i) {
        String p = t.get(i - 1);
        return NOUN_CONTEXT.contains(p) || p.endsWith("-day") || p.endsWith("-level") || p.endsWith("'s");
    }

    boolean nounForm(String lemma, String token) {
        return Inflection.forms(lemma, true, false).contains(token);
    }

    boolean verbForm(String lemma, String token) {
        return Inflection.forms(lemma, false, false).contains(token);
    }

    /** Index of the token matching the pattern's last word, or -1. */
    int follow(Tokens t, int head, VerbLexicon.Entry e, boolean[] used, List<ActorUnits.Unit> units) {
        List<String> w = e.pattern().words();
        int pos = head;
        int window = e.noun() ? 1 : WINDOW;
        for (int k = 1; k < w.size(); k++) {
            int found = -1;
            int limit = Math.min(t.size() - 1, pos + window);
            for (int j = pos + 1; j <= limit; j++) {
                int inName = e.noun() ? -1 : unitEndingAfter(units, t.start.get(j));
                if (inName > t.end.get(j)) {
                    int after = t.atOrAfter(inName);
                    limit = Math.min(t.size() - 1, limit + (after - j - 1)); // the whole name counts as one word
                    j = after - 1;
                    continue;
                }
                String tok = t.get(j);
                if (Tokens.isPunct(tok) && !tok.equals("-")) {
                    break;
                }
                if (!used[j] && (tok.equals(w.get(k)) || lexicon.lemmasOf(tok).contains(w.get(k)))) {
                    found = j;
                    break;
                }
            }
            if (found < 0) {
                return -1;
            }
            pos = found;
        }
        return pos;
    }

    /** End of the name phrase holding the character at {@code offset}, or -1. */
    static int unitEndingAfter(List<ActorUnits.Unit> units, int offset) {
        for (ActorUnits.Unit u : units) {
            if (u.start() <= offset && offset < u.end()) {
                return u.end();
            }
        }
        return -1;
    }
}
