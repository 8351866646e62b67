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

    /**
     * True when the source phrases read left of the trigger are only the ones told ("a committee source told
     * Reuters that committee Democrats favor a plan", "told parliament that the cabinet would approve …"): the
     * reported clause has a subject of its own after "that", which is no actor phrase and no pronoun, so the one told
     * does not act in it. "Brazil told Japan that it would retaliate" (a pronoun) and "told Japan that the U.S.
     * would …" (an actor phrase, which is then the nearer source) are left alone.
     */
    static boolean onlyTheOneTold(Tokens t, List<ActorUnits.Unit> source, PatternEventCoder.Match m) {
        if (source.isEmpty()) {
            return false;
        }
        int first = t.atOrAfter(source.get(0).start());
        int verb = first - 1;
        while (verb > 0 && Set.of("the", "a", "an").contains(t.get(verb))) {
            verb--;
        }
        if (verb < 0 || !TELLING.contains(t.get(verb))) {
            return false;
        }
        int after = t.endingBy(source.get(source.size() - 1).end()) + 1;
        for (int k = 0; k < 2 && after < m.head() && ADDRESSEE_NOUNS.contains(t.get(after)); k++) {
            after++;
        }
        if (!t.get(after).equals("that") || after + 1 >= m.head()) {
            return false;
        }
        for (int i = after + 1; i < m.head(); i++) {
            if (CLAUSE_BREAKS.contains(t.get(i)) || t.get(i).equals(",")) {
                return false;
            }
        }
        return !Set.of("it", "he", "she", "they", "we", "i", "you").contains(t.get(after + 1));
    }

    /** Plural nouns of parties of which a speaker is at most one ("all seven industrial nations"). */
    private static final Set<String> PARTY_GROUPS = Set.of("nations", "countries", "states", "members",
            "governments", "producers", "consumers", "exporters", "importers", "allies", "partners", "sides",
            "parties", "delegations", "ministers", "leaders", "creditors", "debtors", "lenders", "signatories",
            "democracies", "powers", "republics");
    /** Words that may stand between the speaker and the reporting verb ("had said", "has also said"). */
    private static final Set<String> REPORT_AUX = Set.of("has", "have", "had", "also", "again", "repeatedly",
            "previously", "earlier", "today", "yesterday");

    /**
     * True when the source read left of the trigger is only the one who reports a clause whose own subject is a
     * group of parties named by a common noun: "Baker had said all seven major industrial nations were committed
     * to cooperating" is the nations' commitment, not Baker's. The group must come right after the reporting verb
     * (and "that"), within a few words, with no actor phrase in it; "Baker said the United States was committed"
     * (an actor phrase, the nearer source) and "Baker said he was committed" are left alone.
     */
    static boolean reportsOthers(Tokens t, List<ActorUnits.Unit> units, List<ActorUnits.Unit> source,
                                 PatternEventCoder.Match m) {
        if (source.isEmpty()) {
            return false;
        }
        int i = t.endingBy(source.get(source.size() - 1).end()) + 1;
        while (i < m.head() && REPORT_AUX.contains(t.get(i))) {
            i++;
        }
        if (i >= m.head() || !SAYING.contains(t.get(i)) && !t.get(i).equals("told")) {
            return false;
        }
        int from = i + 1;
        if (t.get(from).equals("that")) {
            from++;
        }
        int startOffset = t.start.get(Math.min(from, t.size() - 1));
        int headStart = t.start.get(m.head());
        for (ActorUnits.Unit u : units) {
            if (u.start() >= startOffset && u.end() <= headStart) {
                return false;
            }
        }
        for (int k = from; k < Math.min(m.head(), from + 7); k++) {
            String w = t.get(k);
            if (CLAUSE_BREAKS.contains(w) || w.equals(",")) {
                return false;
            }
            if (PARTY_GROUPS.contains(w)) {
                // the group is the subject: next come only auxiliaries and adverbs before the trigger
                for (int j = k + 1; j < m.head(); j++) {
                    String v = t.get(j);
                    if (!GROUP_TO_VERB.contains(v) && !(v.endsWith("ed") && j > k + 1 && j + 2 >= m.head())) {
                        return false;
                    }
                }
                return true;
            }
        }
        return false;
    }

    /** Words between a group subject and its verb ("nations were committed", "countries would not support"). */
    private static final Set<String> GROUP_TO_VERB = Set.of("were", "are", "was", "is", "will", "would", "had",
            "have", "has", "could", "can", "may", "might", "should", "must", "also", "not", "all", "now", "still",
            "already", "be", "been", "to", "jointly", "fully", "firmly");

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
