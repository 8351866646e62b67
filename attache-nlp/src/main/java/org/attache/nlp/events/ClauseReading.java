package org.attache.nlp.events;

import java.util.List;
import java.util.Set;
import org.attache.api.Mention;
import org.attache.api.MentionType;

/**
 * How the clause around a trigger reads: coordinated verbs, a command's ordered act, an object or
 * infinitive after a transitive verb, what "give" gives, verbs of travel, a meeting that only sets the scene
 * of a statement. Word tests over the sentence's tokens and tags, no state.
 */
final class ClauseReading {
    private ClauseReading() {
    }

    static final Set<String> SENDING = Set.of("send", "dispatch");

    /**
     * Verbs whose coded sense needs an object or a clause after them: "declined to comment" and "declined the
     * offer" reject, "prices declined" does not; "returned the hostages" returns, "returned home" does not.
     */
    static final Set<String> TRANSITIVE_HEADS = Set.of("decline", "return", "offer", "receive", "order",
            "block", "accept", "support", "help", "charge", "pressure", "demand", "release", "free", "grant",
            "provide", "give", "allow", "reject", "refuse", "storm");
    /** Heads that announce what they head ("is expected in Moscow", "is due here on Friday"). */
    static final Set<String> ANNOUNCING_HEADS = Set.of("expected", "due");
    static final Set<String> PROMISE_HEADS = Set.of("pledge", "promise", "vow", "commit", "offer");

    /** The common noun heading the subject between an actor phrase and the verb ("Indian exports declined"). */
    static String subjectNoun(PatternEventCoder.Context c, ActorUnits.Unit left, PatternEventCoder.Match m) {
        Tokens t = c.t();
        String noun = null;
        for (int i = t.atOrAfter(left.end()); i < m.head(); i++) {
            String tag = String.valueOf(c.syntax().tagAt(t.start.get(i)));
            String w = t.get(i);
            if (insideDate(c, t.start.get(i)) || TEMPORAL.contains(w)) {
                break; // "A top U.S. official today praised …"
            }
            if ((tag.equals("NN") || tag.equals("NNS")) && Character.isLowerCase(c.body().charAt(t.start.get(i)))) {
                noun = w;
            } else if (!tag.equals("JJ")) {
                break;
            }
        }
        return noun;
    }

    private static final Set<String> TEMPORAL = Set.of("today", "yesterday", "tonight", "tomorrow", "now");

    private static final Set<String> SPEECH_VERBS = Set.of("told", "tell", "tells", "telling", "said", "say", "says",
            "saying", "addressed", "address", "addressing", "spoke", "speaking", "speaks", "announced", "quoted");
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("the", "a", "an", "this", "that", "its", "his",
            "her", "their", "same", "informal", "formal", "special", "annual", "joint", "weekly", "monthly",
            "closing", "opening", "final", "recent", "news", "press", "ministerial", "plenary", "emergency");

    /**
     * True when a meeting noun only sets the scene of a statement: "at"/"to" the meeting right after a verb of
     * speaking and its object ("told delegates at the informal meeting", "said at the same meeting",
     * "speaking to a news conference"). The facts conventions: "X told a meeting that …" is a statement.
     */
    static boolean statementSetting(Tokens t, PatternEventCoder.Match m) {
        int i = m.head() - 1;
        while (i >= 0 && (NOUN_PHRASE_WORDS.contains(t.get(i)) || t.get(i).endsWith("'s"))) {
            i--;
        }
        if (i < 0 || !(t.get(i).equals("at") || t.get(i).equals("to") || t.get(i).equals("before"))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = t.get(j);
            if (SPEECH_VERBS.contains(w)) {
                return true;
            }
            if (Tokens.isPunct(w)) {
                return false;
            }
        }
        return false;
    }

    static int tokensBetween(Tokens t, int from, int to) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.start.get(i) >= from && t.end.get(i) <= to) {
                n++;
            }
        }
        return n;
    }

    /**
     * Words that open an adjunct of time or circumstance after the act ("imposed blockades in the West Bank
     * following the deaths of two Israelis", "closed the border after clashes with Armenians", "amid protests by
     * …"): whoever is named inside it is not the act's counterpart.
     */
    private static final Set<String> ADJUNCT_OPENERS = Set.of("following", "after", "amid", "amidst");
    /** Nouns after "following" that make it an adjective of time ("the following day"), no adjunct. */
    private static final Set<String> FOLLOWING_TIMES = Set.of("day", "days", "week", "weeks", "month", "months",
            "year", "years", "morning", "evening", "night", "weekend", "statement", "text", ":", ",");

    /**
     * The character offset where an adjunct of time or circumstance opens after the trigger's words, if before
     * {@code end}; else {@code end}. The act's counterpart is looked for only before it.
     */
    static int adjunctStart(Tokens t, PatternEventCoder.Match m, int end) {
        for (int i = m.last() + 1; i < t.size() && t.start.get(i) < end; i++) {
            String w = t.get(i);
            if (ADJUNCT_OPENERS.contains(w) && !(w.equals("following") && FOLLOWING_TIMES.contains(t.get(i + 1)))) {
                return t.start.get(i);
            }
        }
        return end;
    }

    static boolean coordinated(Tokens t, int head) {
        if (t.get(head).endsWith("ing")) {
            return false; // ", killing one person": a participle of the same event, not a new one
        }
        int i = head - 1;
        if (t.get(i).endsWith("ly")) {
            i--;
        }
        String p = t.get(i);
        return p.equals("and") || p.equals("but") || p.equals(";") || p.equals("then") || p.equals("while")
                || (p.equals(",") && !t.get(i - 1).equals("to"));
    }

    /**
     * True when an object or an infinitive follows the trigger verb ("declined to comment", "rejected the
     * plan", "returned 200 prisoners", "rejected proposed changes"), adverbs and the date between left out;
     * "declined 5 pct", "returned to Paris" and "rose in March" have none.
     */
    static boolean objectFollows(PatternEventCoder.Context c, PatternEventCoder.Match m) {
        Tokens t = c.t();
        Syntax.Analysis a = c.syntax();
        String head = m.entry().pattern().words().get(0);
        for (int i = m.last() + 1; i < t.size(); i++) {
            String w = t.get(i);
            String tag = String.valueOf(a.tagAt(t.start.get(i)));
            if (tag.equals("RB") || w.endsWith("ly") || insideDate(c, t.start.get(i))) {
                continue;
            }
            if (tag.equals("TO")) {
                return !head.equals("return") && !t.get(i + 1).isEmpty()
                        && String.valueOf(a.tagAt(t.start.get(Math.min(i + 1, t.size() - 1)))).startsWith("VB");
            }
            if (tag.equals("CD")) {
                return !QUANTITY_UNITS.contains(t.get(i + 1));
            }
            if ((tag.equals("VBN") || tag.equals("VBG")) && i + 1 < t.size()) {
                // "rejected proposed changes", "demanded continued talks": a participle that modifies the
                // object's noun, not a second verb
                String following = String.valueOf(a.tagAt(t.start.get(i + 1)));
                return following.startsWith("NN") || following.equals("JJ");
            }
            return tag.equals("DT") || tag.equals("PRP$") || tag.equals("PRP") || tag.startsWith("NN")
                    || tag.equals("JJ") || tag.equals("WDT") || tag.equals("PDT") || tag.equals("IN") && w.equals("that");
        }
        return false;
    }

    /** Nouns of help given: what makes "give" AID. */
    private static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "help", "money", "funds", "fund",
            "funding", "loan", "loans", "credit", "credits", "grant", "grants", "dlrs", "dollars", "mln", "million",
            "billion", "arms", "weapons", "food", "medicine", "medicines", "supplies", "equipment", "relief",
            "asylum", "refuge", "shelter", "support", "backing", "training", "subsidies", "guarantees", "oil",
            "fuel", "grain", "wheat", "rice", "tents", "blankets", "donation", "donations", "contribution");
    private static final Set<String> WARNING_NOUNS = Set.of("warning", "warnings", "ultimatum");

    /**
     * What the clause after "give" gives: "aid" for help (money, arms, asylum, …), "warning" for a warning or an
     * ultimatum, null for anything else ("details", "no date", "priority", "notice").
     */
    static String givenThing(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.last() + 1; i < Math.min(t.size(), m.last() + 12); i++) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-") && !w.equals("'")) {
                break;
            }
            if (AID_NOUNS.contains(w) || w.startsWith("$")) {
                return "aid";
            }
            if (WARNING_NOUNS.contains(w)) {
                return "warning";
            }
        }
        return null;
    }

    private static final Set<String> QUANTITY_UNITS = Set.of("pct", "percent", "%", "points", "point", "dlrs",
            "cents", "mln", "billion", "million", "tonnes", "tons", "pence", "yen", "marks", "francs", "basis");

    static boolean insideDate(PatternEventCoder.Context c, int offset) {
        for (Mention m : c.a().mentions()) {
            if (m.sentence() == c.sentence().index() && m.type() == MentionType.DATE && m.start() <= offset
                    && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of command whose object or infinitive names the act they cause. */
    static final Set<String> COMMANDS = Set.of("order", "authorize", "authorise", "approve");
    private static final Set<String> ORDER_GLUE = Set.of("the", "a", "an", "new", "further", "more", "immediate");

    /**
     * The trigger a command verb governs ("ordered the air strikes", "ordered troops to withdraw"), by the
     * parse, or null when the command names no act of the lexicon (then it stays a demand: "ordered Iraq to").
     */
    static PatternEventCoder.Match orderedAct(PatternEventCoder.Context c, PatternEventCoder.Match m, List<PatternEventCoder.Match> all) {
        Syntax.Analysis a = c.syntax();
        if (a == null || m.noun() || !COMMANDS.contains(m.entry().pattern().words().get(0))
                || m.entry().pattern().words().size() > 1) {
            return null;
        }
        if (!a.parsed()) {
            // no parse (one actor in the sentence): the act named right after ("ordered the air strikes")
            Tokens t = c.t();
            for (PatternEventCoder.Match o : all) {
                if (o.head() > m.last() && o.head() <= m.last() + 3) {
                    boolean plain = true;
                    for (int i = m.last() + 1; i < o.head(); i++) {
                        plain &= ORDER_GLUE.contains(t.get(i));
                    }
                    if (plain) {
                        return o;
                    }
                }
            }
            return null;
        }
        int h = a.tokenAt(c.t().start.get(m.head()));
        if (h < 0) {
            return null;
        }
        for (int k : a.children(h, Set.of("obj", "xcomp", "ccomp"))) {
            for (PatternEventCoder.Match o : all) {
                if (o != m && a.tokenAt(c.t().start.get(o.last())) == k || o != m && a.tokenAt(c.t().start.get(o.head())) == k) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * A visit told by a verb of travel ending in a preposition or "here" ("arrive in", "head for", "due here",
     * "returned from").
     */
    static boolean motionVisit(PatternEventCoder.Match m) {
        List<String> w = m.entry().pattern().words();
        return m.entry().pattern().cameo().equals("042") && !m.noun() && w.size() > 1
                && Set.of("in", "to", "for", "at", "here", "from").contains(w.get(w.size() - 1));
    }

    /**
     * The aid a journey delivers when the ones who travel are named by an aid trigger ("NATO peacekeeping troops
     * have arrived in Bosnia", "peacekeepers were sent to Lebanon" read through the lexicon's peacekeeping nouns):
     * that nominal trigger, right before the verb of motion (at most two words, no punctuation, between). Null
     * when the travellers are no aid.
     */
    static PatternEventCoder.Match travellingAid(Tokens t, PatternEventCoder.Match m, List<PatternEventCoder.Match> all,
                                                 CameoPlover table) {
        if (!motionVisit(m) || returning(m)) {
            return null;
        }
        for (PatternEventCoder.Match o : all) {
            if (!o.noun() || o.last() >= m.head() || m.head() - o.last() > 3
                    || table.typeOf(o.entry().pattern().cameo()) != org.attache.api.events.PloverType.AID) {
                continue;
            }
            boolean plain = true;
            for (int i = o.last() + 1; i < m.head(); i++) {
                plain &= !Tokens.isPunct(t.get(i));
            }
            if (plain) {
                return o;
            }
        }
        return null;
    }

    /** A journey's end told by "return from": the visit to the place left is over (or, future, under way). */
    static boolean returning(PatternEventCoder.Match m) {
        List<String> w = m.entry().pattern().words();
        return motionVisit(m) && w.get(w.size() - 1).equals("from");
    }
}
