package org.attache.nlp.events;

import java.util.List;
import java.util.Set;

/**
 * Trigger words that stand in a sentence without reporting an act between actors, which the facts conventions
 * leave out: an agentless passive ("was asked about the claims", "if our timetable isn't met": the actor is not
 * given, and the subject is the one acted on, not the source; the coder keeps force and retreat, whose agentless
 * passives PLOVER codes with no source: "civilians were killed"), a meeting that only sets the scene of a statement
 * or is judged ("quoted him as saying at the same meeting", "found today's meeting very useful"), and "meet" in
 * its sense of satisfying a need ("to meet demand"). Lexical tests on the tokens around the trigger, so they hold
 * with or without a parse.
 */
final class BackgroundGate {
    private BackgroundGate() {
    }

    /** Words after a passive participle that name or point to its agent or origin. */
    private static final Set<String> AGENT_MARKERS = Set.of("by", "from");
    /** Words that end the passive's own clause. */
    private static final Set<String> CLAUSE_ENDS = Set.of(",", ";", ":", ".", "and", "but", "while", "which",
            "who", "that", "after", "before", "when", "because", "\"", "\u201c", "\u201d");

    /**
     * True when the trigger is a passive verb ("was asked about", "was rejected", "isn't met") whose own clause
     * names no agent or origin ("by …", "from …"): the sentence does not say who acted. So is a trigger in the
     * "of" complement of such a passive ("was accused of violating the accord"), not a "to" infinitive
     * ("was invited to visit Beijing": the subject still visits).
     */
    static boolean agentlessPassive(Tokens t, PatternEventCoder.Match m, List<PatternEventCoder.Match> all) {
        for (PatternEventCoder.Match o : all) {
            if (o != m && o.last() < m.head() && COMPLEMENT.contains(t.get(o.last() + 1)) && agentlessPassive(t, o)
                    && !clauseEndBetween(t, o.last(), m.head())) {
                return true; // "was accused of violating the accord": the act is the passive's complement
            }
        }
        return agentlessPassive(t, m);
    }

    /**
     * What opens the complement of a passive that reports the act only as alleged ("accused of", "suspected
     * of"); a "to" infinitive keeps its own subject as the actor ("was invited to visit Beijing"), and "for" gives
     * the reason of an act that did happen ("was arrested for spying").
     */
    private static final Set<String> COMPLEMENT = Set.of("of");

    private static boolean clauseEndBetween(Tokens t, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            if (CLAUSE_ENDS.contains(t.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** The passive test for one trigger alone. */
    static boolean agentlessPassive(Tokens t, PatternEventCoder.Match m) {
        if (m.noun() || m.lightVerb() || STATIVE.contains(t.get(m.head())) || !passiveHead(t, m.head())) {
            return false;
        }
        for (int i = m.last() + 1; i < t.size(); i++) {
            String w = t.get(i);
            if (AGENT_MARKERS.contains(w)) {
                return false;
            }
            if (CLAUSE_ENDS.contains(w)) {
                return true;
            }
        }
        return true;
    }

    /** Participles that after "be" name a standing state or stance, not an act done to the subject. */
    private static final Set<String> STATIVE = Set.of("opposed", "committed", "determined", "prepared", "concerned",
            "interested", "involved", "engaged", "divided", "united", "allied", "worried", "pleased", "satisfied",
            "dissatisfied", "disappointed", "convinced", "supposed", "scheduled", "expected", "aligned", "agreed",
            "inclined", "bound", "entitled", "obliged", "forced", "poised", "set");

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re",
            "get", "got", "gets", "isn't", "wasn't", "aren't", "weren't");
    private static final Set<String> BETWEEN = Set.of("not", "n't", "never", "also", "reportedly", "allegedly",
            "later", "then", "already", "being");

    private static boolean passiveHead(Tokens t, int h) {
        String head = t.get(h);
        if (!(head.endsWith("ed") || head.endsWith("en") || head.equals("met") || head.equals("held")
                || head.equals("hit") || head.equals("shot") || head.equals("struck") || head.equals("sought"))) {
            return false;
        }
        int i = h - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 2 && (BETWEEN.contains(t.get(i)) || t.get(i).endsWith("ly")
                && !BE.contains(t.get(i)))) {
            i--;
            skipped++;
        }
        return i >= 0 && BE.contains(t.get(i));
    }

    private static final Set<String> MEETING_NOUNS = Set.of("meeting", "meetings", "talks", "session", "sessions",
            "conference", "summit", "visit", "discussions", "consultations");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "its", "his", "her",
            "their", "our", "my", "same", "today's", "yesterday's", "tomorrow's", "last");
    private static final Set<String> JUDGING = Set.of("found", "find", "finds", "called", "call", "calls",
            "described", "describe", "describes", "termed", "judged", "considered", "considers", "consider");

    /**
     * True when a meeting word is a noun (after a determiner, even where the lexicon read "meeting" as the verb)
     * that only sets a statement's scene ("told delegates at the informal meeting", "as saying at the same
     * meeting": {@link ClauseReading#statementSetting}) or is only judged by someone ("found today's meeting very
     * useful", "called the talks constructive"): the meeting is talked about, not reported.
     */
    static boolean meetingTalkedAbout(Tokens t, PatternEventCoder.Match m) {
        String head = t.get(m.head());
        if (!MEETING_NOUNS.contains(head)) {
            return false;
        }
        int i = m.head() - 1;
        boolean determiner = false;
        while (i >= 0 && i >= m.head() - 4 && !Tokens.isPunct(t.get(i)) && !JUDGING.contains(t.get(i))
                && !t.get(i).equals("at") && !t.get(i).equals("to")) {
            determiner |= DETERMINERS.contains(t.get(i)) || t.get(i).endsWith("'s");
            i--;
        }
        if (!m.noun() && !determiner) {
            return false; // "were meeting in Geneva": the verb
        }
        if (ClauseReading.statementSetting(t, m)) {
            return true;
        }
        if (i >= 0 && JUDGING.contains(t.get(i)) && determiner) {
            // the judgement follows the noun phrase: an adjective or "very", "as", "a success"
            String after = t.get(m.last() + 1);
            return !after.isEmpty() && !Tokens.isPunct(after) && !after.equals("with") && !after.equals("between")
                    && !after.equals("of");
        }
        if (!m.noun() && determiner && i >= 0 && (t.get(i).equals("at") || t.get(i).equals("to"))) {
            // the lexicon read the noun as the verb: the same scene test with any adjectives in between
            for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
                String w = t.get(j);
                if (SPEECH.contains(w)) {
                    return true;
                }
                if (Tokens.isPunct(w)) {
                    return false;
                }
            }
        }
        return false;
    }

    private static final Set<String> SPEECH = Set.of("told", "tell", "tells", "telling", "said", "say", "says",
            "saying", "addressed", "address", "addressing", "spoke", "speaking", "speaks", "announced", "quoted");

    private static final Set<String> MEET_FORMS = Set.of("meet", "meets", "met", "meeting");
    /** What one meets in the sense of satisfying it, not a party one meets. */
    private static final Set<String> NEEDS = Set.of("demand", "demands", "target", "targets", "deadline",
            "deadlines", "need", "needs", "requirement", "requirements", "cost", "costs", "criteria", "criterion",
            "condition", "conditions", "obligation", "obligations", "expectation", "expectations", "standard",
            "standards", "payment", "payments", "quota", "quotas", "goal", "goals", "shortfall", "commitments",
            "commitment", "debts", "bills", "request", "requests", "timetable", "terms");
    private static final Set<String> OBJECT_WORDS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "these", "those", "this", "that", "all", "growing", "rising", "domestic", "local", "world", "strong",
            "new", "such", "current", "increased", "higher", "financial", "strict", "budget", "production",
            "export", "import", "fuel", "energy", "oil", "debt", "loan", "interest");

    /**
     * True when "meet" means satisfying something: its object, after at most three determiners or modifiers, is
     * a need, target, deadline or condition ("to meet demand", "met the deadline", "meet its debt payments").
     */
    static boolean meetSatisfies(Tokens t, PatternEventCoder.Match m) {
        if (m.noun() && !t.get(m.head()).equals("meeting") || !MEET_FORMS.contains(t.get(m.head()))) {
            return false;
        }
        for (int i = m.head() + 1; i <= Math.min(t.size() - 1, m.head() + 4); i++) {
            String w = t.get(i);
            if (NEEDS.contains(w)) {
                return true;
            }
            if (!OBJECT_WORDS.contains(w) && !w.endsWith("'s")) {
                return false;
            }
        }
        return false;
    }
}
