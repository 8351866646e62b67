package org.attache.nlp.events;

import java.util.List;
import java.util.Set;
import org.attache.api.events.PloverType;

/**
 * Acts named by a noun whose actors stand in the noun's own phrase rather than around a verb: the backer after
 * "the support of" ("the project has the support of the European Union"); the owner of a possessive before a
 * journey or meeting that names its counterpart ("Nakasone leaves on his visit to the United States", an act of
 * its own beside the sentence's main one), with a departure told in the present simple as still to come; and the
 * second member of a pair of countries written as one modifier ("Reagan's endorsement of U.S./Canada free trade":
 * the counterpart is the member that is not the actor's own country). The coder keeps its other readings; these
 * only say who the noun's actors are where the verb around it names none. Stateless.
 */
final class NominalActs {
    /** Support nouns whose "of" phrase names the one who gives the support, not the one supported. */
    private static final Set<String> AGENT_OF_NOUNS = Set.of("support", "backing", "blessing");
    /** Verbs whose subject receives what the noun names ("has the support of", "won the backing of"). */
    private static final Set<String> RECEIVING = Set.of("has", "have", "had", "having", "win", "wins", "won",
            "winning", "gain", "gains", "gained", "enjoy", "enjoys", "enjoyed", "secure", "secured", "secures",
            "receive", "received", "receives", "get", "got", "gets", "obtain", "obtained");
    private static final Set<String> SKIPPABLE = Set.of("also", "now", "already", "still", "the", "full", "strong",
            "broad", "firm", "unanimous", "official", "formal", "political", "financial", "diplomatic");

    private NominalActs() {
    }

    /**
     * The giver of a support noun followed by "of" and an actor within three tokens ("the support of the EU",
     * "the backing of Britain"); null for any other noun, preposition or a phrase with no actor there. "support
     * for X" names the one supported and is not read here.
     */
    static ActorUnits.Unit agentAfterOf(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                        PloverType type) {
        boolean nounUse = m.noun() || m.head() > 0 && Set.of("the", "a", "its", "their", "his", "her")
                .contains(t.get(m.head() - 1)); // "won the backing of Britain": the gerund as a noun
        if (!nounUse || type != PloverType.SUPPORT || m.head() != m.last()
                || !AGENT_OF_NOUNS.contains(t.get(m.head())) || !t.get(m.last() + 1).equals("of")) {
            return null;
        }
        for (int i = m.last() + 2; i <= Math.min(t.size() - 1, m.last() + 4); i++) {
            int s = t.start.get(i);
            for (ActorUnits.Unit u : units) {
                if (u.start() <= s && s < u.end()) {
                    return u;
                }
            }
            String w = t.get(i);
            if (!(w.equals("the") || w.equals("its") || w.equals("their"))) {
                return null;
            }
        }
        return null;
    }

    /** Nouns of what is given (money, aid) whose "from" phrase names the giver. */
    private static final Set<String> GIVEN_NOUNS = Set.of("loan", "loans", "credit", "credits", "aid", "grant",
            "grants", "assistance", "donation", "donations", "financing", "funds", "funding");

    /**
     * The giver of a noun of something given followed by "from" and an actor within three tokens ("will repay the
     * loan from Egypt", "received credits from Japan"): the one after "from" gives, and the clause's actor is the
     * one who gets it. Null for any other noun or preposition ("Egypt's loan to Uganda" is read as written), and
     * when "from" follows the trigger verb rather than the noun.
     */
    static ActorUnits.Unit giverAfterFrom(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        if (!m.noun() || m.head() != m.last() || !GIVEN_NOUNS.contains(t.get(m.head()))
                || !t.get(m.last() + 1).equals("from")) {
            return null;
        }
        return unitFrom(t, units, m.last() + 2, m.last() + 4);
    }

    /**
     * Whether the noun is the object of a verb of receiving ("has the support of", "won the backing of"), so that
     * the clause's subject is the one supported; skips a few adverbs and adjectives between them.
     */
    static boolean received(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 4); i--) {
            String w = t.get(i);
            if (RECEIVING.contains(w)) {
                return true;
            }
            if (!SKIPPABLE.contains(w) && !w.endsWith("ly")) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVES = Set.of("his", "her", "its", "their");
    /** Prepositions that take a possessor's own journey or meeting ("leaves on his visit", "back from his trip"). */
    private static final Set<String> AFTER_PREPOSITION = Set.of("on", "from", "during", "for", "into", "after",
            "before");
    /** Words that end the stretch between a possessive and its owner: a new clause or a report. */
    private static final Set<String> CLAUSE_BREAKS = Set.of("that", "which", "who", "whom", "whose", "and", "but",
            "or", "said", "says", "say", "told", "tells", "after", "before", "while", "when", "as", "if");

    /**
     * The owner of a possessive pronoun before a nominal act that names its counterpart, when the owner is the
     * actor named just before in the same clause and the possessive follows a preposition ("Nakasone leaves on
     * his sixth official visit to the United States", "Shultz returned from his talks with Shevardnadze"): the act
     * is one of its own beside the clause's main one. A verb's object ("condemned its attack") names another's
     * act and is not read. Null when the noun names no counterpart (a visit "to" someone, talks "with" someone, an attack "on"
     * someone), when no possessive stands before it, or when a clause break, a report ("said his visit") or
     * punctuation lies between the pronoun and the nearest actor.
     */
    static ActorUnits.Unit possessorActor(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                          PloverType type) {
        if (!m.noun() || type == null) {
            return null;
        }
        String prep = t.get(m.last() + 1);
        boolean counterpart = prep.equals("with")
                || type == PloverType.CONSULT && prep.equals("to")
                || type == PloverType.ASSAULT && (prep.equals("on") || prep.equals("against"));
        if (!counterpart || unitFrom(t, units, m.last() + 2, m.last() + 4) == null) {
            return null;
        }
        int pronoun = -1;
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 4); i--) {
            String w = t.get(i);
            if (POSSESSIVES.contains(w)) {
                pronoun = i;
                break;
            }
            if (Tokens.isPunct(w) && !w.equals("-") || CLAUSE_BREAKS.contains(w) || inUnit(t, units, i)) {
                return null;
            }
        }
        if (pronoun < 1 || !AFTER_PREPOSITION.contains(t.get(pronoun - 1))) {
            return null; // "condemned its attack on Lebanon": a verb's object names another's act
        }
        for (int i = pronoun - 1; i >= Math.max(0, pronoun - 6); i--) {
            int s = t.start.get(i);
            int e = t.end.get(i);
            for (ActorUnits.Unit u : units) {
                if (u.end() > s && u.end() <= e) {
                    return u;
                }
            }
            String w = t.get(i);
            if (Tokens.isPunct(w) || CLAUSE_BREAKS.contains(w) || POSSESSIVES.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /** Verbs of setting out whose present simple, before a journey noun, tells a timetable ("leaves on his visit"). */
    private static final Set<String> SETTING_OUT = Set.of("leaves", "departs", "flies", "sets", "embarks", "begins",
            "starts", "heads", "travels");

    /**
     * Whether a journey or meeting noun is governed by a verb of setting out in the present simple, within four
     * words before it ("Nakasone leaves on his visit to the United States on Wednesday", "embarks on a tour of"):
     * news tells a scheduled trip that way, so the act is still to come. "left on", "has begun" are past.
     */
    static boolean scheduledDeparture(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 5); i--) {
            String w = t.get(i);
            if (SETTING_OUT.contains(w)) {
                return true;
            }
            if (Tokens.isPunct(w) || CLAUSE_BREAKS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** The first actor starting at token {@code from} to {@code to}, past articles; null at any other word. */
    private static ActorUnits.Unit unitFrom(Tokens t, List<ActorUnits.Unit> units, int from, int to) {
        for (int i = from; i <= Math.min(to, t.size() - 1); i++) {
            int s = t.start.get(i);
            for (ActorUnits.Unit u : units) {
                if (u.start() <= s && s < u.end()) {
                    return u;
                }
            }
            if (!(t.get(i).equals("the") || t.get(i).equals("a") || t.get(i).equals("an"))) {
                return null;
            }
        }
        return null;
    }

    private static boolean inUnit(Tokens t, List<ActorUnits.Unit> units, int i) {
        int s = t.start.get(i);
        for (ActorUnits.Unit u : units) {
            if (u.start() <= s && s < u.end()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other member of a pair written as one modifier with a slash or hyphen ("U.S./Canada", "U.S.-Soviet"):
     * the unit that follows {@code u} with only "/" or "-" between them, or null.
     */
    static ActorUnits.Unit pairPartner(Tokens t, String body, List<ActorUnits.Unit> units, ActorUnits.Unit u) {
        for (ActorUnits.Unit v : units) {
            if (v.start() > u.end() && v.start() - u.end() <= 3) {
                String between = body.substring(u.end(), v.start()).strip();
                if (between.equals("/") || between.equals("-")) {
                    return v;
                }
            }
        }
        return null;
    }

    /** Words that end the stretch between a meeting noun and its "between": a clause, a report, a topic's noun. */
    private static final Set<String> BETWEEN_STOPS = Set.of(",", ";", ":", ".", "(", ")", "\"", "is", "are", "was",
            "were", "will", "would", "has", "have", "had", "can", "could", "may", "might", "should", "must", "said",
            "says", "say", "that", "which", "who", "and", "or", "but", "of", "on", "over", "about", "for",
            "concerning", "regarding", "into", "to", "with", "against", "by", "after", "before", "since");
    /** At most this many words between a meeting noun and its "between" ("meetings scheduled next month in …"). */
    private static final int BETWEEN_REACH = 7;

    /**
     * The index of the "between" that names a nominal trigger's own pair: right after the noun ("talks between A
     * and B"), or after a short stretch of participle, time and place words that describe the noun ("the meetings
     * scheduled next month in Washington between Reagan and Nakasone"); -1 otherwise. The stretch holds no finite
     * verb by the tagger (an untagged sentence allows no stretch), clause word, report, conjunction or topic
     * preposition ("talks on the border between A and B" names the border's
     * sides, not the talks').
     */
    static int betweenAfter(Tokens t, PatternEventCoder.Match m, Syntax.Analysis tags) {
        if (!m.noun()) {
            return -1;
        }
        for (int i = m.last() + 1; i < t.size() && i <= m.last() + 1 + BETWEEN_REACH; i++) {
            String w = t.get(i);
            if (w.equals("between")) {
                return i;
            }
            if (BETWEEN_STOPS.contains(w)) {
                return -1;
            }
            String tag = tags == null ? null : tags.tagAt(t.start.get(i));
            if (tag == null && tags == null && i > m.last() + 1 || tag != null && FINITE.contains(tag)) {
                return -1; // "the talks follow an agreement reached between …": a clause of its own
            }
        }
        return -1;
    }

    /** Tags of a finite verb, which starts a clause of its own after a noun. */
    private static final Set<String> FINITE = Set.of("VBZ", "VBP", "VBD", "MD");
}
