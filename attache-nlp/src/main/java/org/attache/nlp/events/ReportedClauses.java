package org.attache.nlp.events;

import java.util.List;
import java.util.Set;
import org.attache.api.events.EventStatus;

/**
 * What the clause that reports a trigger says about it. A forecast or an opinion ("analysts said China could
 * …", "diplomatic sources agreed that …", "economists believe Japan will …") reports no act: the one who speaks
 * is no party and the act is not said to have happened or been decided. A directed act announced to someone
 * ("Brazil told Japan it would retaliate", "warned the Japanese government that it would …") is aimed at the one
 * told when its own clause names no recipient. Both read the words between the reporting verb and the trigger,
 * so they hold whether or not the sentence was parsed.
 */
final class ReportedClauses {
    /** People whose statements are views on events, not acts in them. */
    private static final Set<String> OPINION_GIVERS = Set.of("analyst", "analysts", "economist", "economists",
            "observer", "observers", "expert", "experts", "forecaster", "forecasters", "dealer", "dealers", "trader",
            "traders", "banker", "bankers", "broker", "brokers", "strategist", "strategists", "commentators",
            "pundits", "academics", "scholars", "researchers");
    /** Words that may stand between an opinion giver and its verb ("analysts here said", "economists generally"). */
    private static final Set<String> GIVER_GLUE = Set.of("here", "also", "generally", "widely", "privately",
            "today", "yesterday", "now", "in", "tokyo", "london", "washington", "and", "many", "most", "some",
            "western", "political", "diplomatic", "military", "market", "oil", "foreign", "independent", "other");
    private static final Set<String> SAYING = Set.of("said", "say", "says", "saying", "added", "noted", "argued",
            "suggested", "warned", "cautioned");
    /** Verbs of belief and forecast whose clause is a view, whoever holds it. */
    private static final Set<String> OPINION_VERBS = Set.of("believe", "believes", "believed", "think", "thinks",
            "thought", "predict", "predicts", "predicted", "speculate", "speculates", "speculated", "forecast",
            "forecasts", "suspect", "suspects", "doubt", "doubts", "doubted", "reckon", "reckoned", "agreed",
            "agree", "agrees");
    /** "sources": those who, when they agree or believe, state a view; when they "say", they report. */
    private static final Set<String> SOURCES = Set.of("sources", "source");
    /** Speech verbs whose object is the one spoken to. */
    private static final Set<String> TELLING = Set.of("told", "tell", "tells", "telling", "warned", "warn", "warns",
            "warning", "informed", "inform", "informs", "assured", "assure", "assures", "notified", "notify",
            "reminded", "remind", "cautioned", "advised", "advise");
    /** Nouns that end the phrase of the one told after its name ("the Japanese government", "U.S. officials"). */
    private static final Set<String> ADDRESSEE_NOUNS = Set.of("government", "officials", "authorities", "leaders",
            "leadership", "delegation", "delegates", "envoy", "ambassador", "embassy", "minister", "ministers",
            "counterpart", "counterparts", "side", "negotiators", "administration");
    private static final Set<String> CLAUSE_BREAKS = Set.of(";", ":", "but", "while", "whereas", "although");

    private ReportedClauses() {
    }

    /**
     * True when the trigger sits in the clause of a view rather than a report: the clause of a verb of belief or
     * forecast ("economists believe Japan will …", "sources agreed that …"), or what an analyst, economist or
     * other onlooker says may or will happen ("analysts said China could …"). Only an act not said to have
     * happened ({@code status} planned or possible) is a view; "analysts said Iran attacked …" still reports.
     */
    static boolean opinion(Tokens t, PatternEventCoder.Match m, EventStatus status) {
        if (status != EventStatus.PLANNED && status != EventStatus.POSSIBLE) {
            return false;
        }
        int verb = reportingVerb(t, m.head());
        if (verb < 0) {
            return false;
        }
        String v = t.get(verb);
        String subject = subjectWord(t, verb);
        boolean agreeThat = v.startsWith("agree");
        if (agreeThat && !t.get(verb + 1).equals("that")) {
            return false; // "agreed to meet", "agreed on a truce": an agreement, not a view
        }
        if (OPINION_VERBS.contains(v)) {
            // "the two countries agreed that troops would withdraw" is an agreement; only onlookers and
            // anonymous sources agree on a view
            return !agreeThat || OPINION_GIVERS.contains(subject) || SOURCES.contains(subject);
        }
        return SAYING.contains(v) && OPINION_GIVERS.contains(subject);
    }

    /**
     * The actor phrase spoken to, when the trigger's clause is what was told to it ("Brazil told Japan it would
     * retaliate": Japan); null when no telling verb with an actor right after it governs the trigger. The
     * trigger's own subject must be the teller (a pronoun, or no actor between the one told and the trigger), so
     * "told Japan that Korea would retaliate" gives nothing.
     */
    static ActorUnits.Unit addressee(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        int verb = -1;
        for (int i = m.head() - 1; i >= 0; i--) {
            String w = t.get(i);
            if (CLAUSE_BREAKS.contains(w)) {
                return null;
            }
            if (TELLING.contains(w)) {
                verb = i;
                break;
            }
        }
        if (verb < 0) {
            return null;
        }
        int verbEnd = t.end.get(verb);
        int headStart = t.start.get(m.head());
        ActorUnits.Unit told = null;
        for (ActorUnits.Unit u : units) {
            if (u.start() >= verbEnd && u.end() <= headStart) {
                if (told == null) {
                    told = u;
                } else {
                    return null; // another actor between the one told and the act: it is the act's subject
                }
            }
        }
        if (told == null) {
            return null;
        }
        // the one told comes right after the verb ("told the Japanese government", "warned Tokyo")
        int first = t.atOrAfter(told.start());
        for (int i = verb + 1; i < first; i++) {
            String w = t.get(i);
            if (!w.equals("the") && !w.equals("a") && !w.equals("an") && !w.equals("visiting")) {
                return null;
            }
        }
        // then the act's clause: "(that) it/he/they would …", past the rest of the phrase told ("government")
        int after = t.endingBy(told.end()) + 1;
        for (int k = 0; k < 2 && after < m.head() && ADDRESSEE_NOUNS.contains(t.get(after)); k++) {
            after++;
        }
        if (t.get(after).equals("that")) {
            after++;
        }
        String subject = t.get(after);
        if (!Set.of("it", "he", "she", "they", "we").contains(subject)) {
            return null;
        }
        return after < m.head() ? told : null;
    }

    /** The nearest verb of saying or belief before the trigger within its clause, or -1. */
    private static int reportingVerb(Tokens t, int head) {
        for (int i = head - 1; i >= 0; i--) {
            String w = t.get(i);
            if (CLAUSE_BREAKS.contains(w) || w.equals(".")) {
                return -1;
            }
            if (SAYING.contains(w) || OPINION_VERBS.contains(w)) {
                return i;
            }
        }
        return -1;
    }

    /** The word that is the reporting verb's subject: the nearest word before it past adverbs and place words. */
    private static String subjectWord(Tokens t, int verb) {
        for (int i = verb - 1; i >= Math.max(0, verb - 4); i--) {
            String w = t.get(i);
            if (OPINION_GIVERS.contains(w) || SOURCES.contains(w)) {
                return w;
            }
            if (!GIVER_GLUE.contains(w)) {
                return w;
            }
        }
        return "";
    }
}
