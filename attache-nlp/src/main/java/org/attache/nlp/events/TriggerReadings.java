package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.api.events.PloverType;

/**
 * Whether a trigger, read in its grammatical role, reports an act by an actor at all. The patterns find a trigger
 * word and the nearest actor before it; news text is full of trigger words that are no one's act: a noun naming a
 * topic or a thing ("global economic cooperation", "the subsidy offer remains dormant", "positive signs of growth"),
 * a verb whose subject is a thing ("net export growth will provide", "a holding company, which would allow"), or a
 * participle that modifies a noun ("a customs fee imposed by the U.S."). These readings keep the act only when the
 * text ties it to an actor. They read the tokens and, where the tagger has seen them, their parts of speech; a
 * sentence with a dependency parse is read by the parse instead ({@link GrammaticalRoles}).
 */
final class TriggerReadings {
    /** Words that end a noun phrase on its left: what stands before it is no modifier of the noun. */
    private static final Set<String> PHRASE_STARTS = Set.of("the", "a", "an", "this", "that", "these", "those", "any",
            "no", "another", "every", "each", "some", "such", "without", "of", "for", "on", "in", "at", "with", "by",
            "to", "from", "into", "about", "over", "after", "before", "during", "and", "or", "but", "is", "are", "was",
            "were", "be", "been", "has", "have", "had", "will", "would", "could", "may", "might", "should", "must",
            "not", "which", "who", "whose", "said", "says", "say");
    private static final Set<String> POSSESSIVE_PRONOUNS = Set.of("his", "her", "its", "their", "our");
    /** Nouns of a journey, whose traveller may follow "of" ("the visit of the Chinese premier"). */
    private static final Set<String> JOURNEY_NOUNS = Set.of("visit", "visits", "trip", "trips", "tour", "tours",
            "mission", "missions");
    private static final Set<PloverType> AIMED_FORCE = Set.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.SANCTION, PloverType.PROTEST, PloverType.ACCUSE, PloverType.THREATEN);
    /** Words that may stand between a subject and its verb ("has", "also", "not"). */
    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "will", "would", "shall", "should",
            "could", "can", "may", "might", "must", "also", "again", "not", "n't", "never", "now", "already", "still",
            "then", "did", "does", "do", "is", "are", "was", "were", "be", "been", "'s", "'ll", "to");
    /** Words that open a list's exceptions ("all members except Zaire and Australia"). */
    private static final Set<String> EXCEPTING = Set.of("except", "excluding", "besides");

    private TriggerReadings() {
    }

    /**
     * True when a nominal trigger is tied to an actor in its own phrase: an actor or a possessive pronoun among its
     * modifiers ("the ICO negotiations", "an Iranian attack", "Chile's agreement", "his visit"), or its counterpart
     * named by the preposition that follows ("talks with Washington", "an attack on Basra", "a visit to Peking"),
     * or the noun is the object of a finite verb, whose subject acts ("will extend the curfew", "speeded up the
     * withdrawal").
     * A noun with none of these names a topic ("global economic cooperation", "the subsidy offer remains dormant")
     * and codes no event. A noun after a light verb ("held talks", "made an offer") is read as a verb and does not
     * come here.
     *
     * @param tags the tagger's reading around the trigger, or null (then words alone decide)
     */
    static boolean nounHasActor(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m, PloverType type,
                                Syntax.Analysis tags) {
        int after = m.last() + 1;
        String prep = t.get(after);
        boolean counterpartPrep = prep.equals("with") || prep.equals("between") || prep.equals("by")
                || prep.equals("from")
                || AIMED_FORCE.contains(type) && (prep.equals("on") || prep.equals("against"))
                || (type == PloverType.CONSULT || type == PloverType.AID) && prep.equals("to")
                || JOURNEY_NOUNS.contains(t.get(m.last())) && prep.equals("of");
        if (counterpartPrep && unitStartsWithin(t, units, after + 1, after + 3)) {
            return true;
        }
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 6); i--) {
            if (unitEndsIn(t, units, i)) {
                return true; // "the ICO negotiations", "Chile's agreement", "U.S.-Soviet talks"
            }
            String w = t.get(i);
            if (POSSESSIVE_PRONOUNS.contains(w)) {
                return true; // "his visit": the pronoun's actor, as the coder's pronoun rule finds it
            }
            if (Tokens.isPunct(w) && !w.equals("-")) {
                return false;
            }
            if (PHRASE_STARTS.contains(w)) {
                return DETERMINERS.contains(w) && objectOfFiniteVerb(t, i - 1, tags);
            }
            String tag = tags == null ? null : tags.tagAt(t.start.get(i));
            if (tag != null && !(tag.startsWith("JJ") || tag.startsWith("NN") || tag.equals("CD")
                    || tag.equals("VBN") || tag.equals("VBG") || tag.equals("HYPH") || tag.equals("POS"))) {
                return objectOfFiniteVerb(t, i, tags);
            }
        }
        return false;
    }

    /**
     * The actor of a nominal act named inside another clause when the act's own phrase names both sides: an actor
     * among its modifiers and its counterpart after the preposition ("Tass denounced a U.S. attack on an Iranian
     * platform", "welcomed the Japanese talks with China"); null otherwise. A possessive pronoun ("his visit")
     * or a phrase without its counterpart ("the Iranian attack") does not count.
     */
    static ActorUnits.Unit pairedNounActor(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                           PloverType type) {
        if (!m.noun() || type == null) {
            return null;
        }
        int after = m.last() + 1;
        String prep = t.get(after);
        boolean counterpartPrep = prep.equals("with")
                || AIMED_FORCE.contains(type) && (prep.equals("on") || prep.equals("against"))
                || (type == PloverType.CONSULT || type == PloverType.AID) && prep.equals("to");
        if (!counterpartPrep || !unitStartsWithin(t, units, after + 1, after + 3)) {
            return null;
        }
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 3); i--) {
            int s = t.start.get(i);
            int e = t.end.get(i);
            for (ActorUnits.Unit u : units) {
                if (u.end() > s && u.end() <= e) {
                    return u; // "a U.S. attack", "Iran's attack", "the Iraqi air raid"
                }
            }
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-") || PHRASE_STARTS.contains(w) || POSSESSIVE_PRONOUNS.contains(w)) {
                return null;
            }
        }
        return null;
    }

    /**
     * True when the text leaves open whether the act happens at all: it is asked "whether" ("reserved his reply on
     * whether to accept the mandate"), its noun phrase is negated ("no OPEC meeting was foreseen", "without another
     * meeting") or no plans are made for it ("there were no plans for an emergency meeting").
     */
    static boolean unsettled(Tokens t, PatternEventCoder.Match m) {
        for (int i = m.head() + 1; i < m.last(); i++) {
            if (t.get(i).equals("no") || t.get(i).equals("without")) {
                return true; // "held no talks", "hold prices without another meeting"
            }
        }
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 3); i--) {
            if (t.get(i).equals("whether")) {
                return true;
            }
        }
        if (t.get(m.head() - 1).equals("the") || t.get(m.head() - 1).equals("a")) {
            if (!m.entry().noun() && !t.get(m.head()).endsWith("ing")) {
                return true; // "the resigned William Casey": a participle used as an adjective
            }
        }
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 8); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-")) {
                return false;
            }
            if (m.entry().noun() && (w.equals("no") || w.equals("without"))) {
                return true;
            }
            if (w.equals("without") && t.get(m.head()).endsWith("ing")) {
                return true; // "admitting mistakes without apologising for them"
            }
            if (w.equals("plans") && t.get(i - 1).equals("no")) {
                return true;
            }
        }
        return false;
    }

    /** True when an actor phrase starts right after the trigger, past an article ("received the Pope"). */
    static boolean actorRightAfter(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        return unitStartsWithin(t, units, m.last() + 1, m.last() + 3);
    }

    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "these", "its", "their");
    private static final Set<String> FINITE = Set.of("VB", "VBD", "VBZ", "VBP");

    /**
     * True when token {@code i} (a particle skipped: "speeded up") is a finite verb, so the noun phrase after it
     * is its object and the act is that of the verb's subject ("will extend the night-time curfew"); a gerund
     * ("gaining official support") or a participle is no finite act.
     */
    private static boolean objectOfFiniteVerb(Tokens t, int i, Syntax.Analysis tags) {
        if (tags == null || i < 0) {
            return false;
        }
        String tag = tags.tagAt(t.start.get(i));
        if ("RP".equals(tag) && i > 0) {
            tag = tags.tagAt(t.start.get(i - 1));
        }
        return tag != null && FINITE.contains(tag);
    }

    /**
     * True when the verb's subject, right before it (past auxiliaries and adverbs), is a thing rather than an
     * actor: a common noun that names no one who acts ("net export growth will provide", "the drop in factory
     * orders reinforced"), a name the annotator does not know as an actor ("the second INRA would allow"), or a
     * relative pronoun whose antecedent is such a noun ("a holding company, which would allow", "a provision that
     * allows"). Needs the tagger's reading of the subject; false when there is none.
     */
    static boolean thingSubject(Tokens t, String body, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                Syntax.Analysis tags) {
        if (tags == null) {
            return false;
        }
        int k = m.head() - 1;
        while (k >= 0 && (AUXILIARIES.contains(t.get(k)) || TEMPORAL.contains(t.get(k))
                || t.get(k).endsWith("ly") && t.get(k).length() > 3)) {
            if (t.get(k).equals("to")) {
                return false; // an infinitive ("shunned work on Monday to protest"): the controlling verb's subject
            }
            k--;
        }
        if (k < 0 || k == m.head() - 1 && t.get(k).equals("to")) {
            return false;
        }
        if (k + 1 < m.head() && t.get(k + 1).equals("to")) {
            return false; // an infinitive ("agreed to provide"): its subject is the controlling verb's
        }
        String w = t.get(k);
        if (w.equals("which") || w.equals("that")) {
            int a = k - 1;
            if (t.get(a).equals(",")) {
                a--;
            }
            return a >= 0 && thingNoun(t, body, units, a, tags);
        }
        String tag = tags.tagAt(t.start.get(k));
        if ("NN".equals(tag) && !t.get(k).endsWith("s") && thingNoun(t, body, units, k, tags)) {
            return true; // a plural may name people the lexicon does not know ("doctors", "guerillas"): not read
        }
        // a name with an article that the annotator does not know as an actor ("the second INRA")
        boolean article = t.get(k - 1).equals("the") || t.get(k - 2).equals("the");
        return article && tag != null && tag.startsWith("NNP") && Character.isUpperCase(body.charAt(t.start.get(k)))
                && !inUnit(units, t.start.get(k)) && !TEMPORAL.contains(t.get(k));
    }

    /**
     * True when the verb's subject is a relative pronoun whose antecedent is a thing ("export subsidies which have
     * allowed Italy to take …", "economies of scale, which would also help it widen exports"): the thing allows or
     * helps, no actor acts. Read on the words and tags alone, parsed or not (the parse may hang the relative clause
     * on the actor of the clause around it).
     */
    static boolean relativeThingSubject(Tokens t, String body, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                        Syntax.Analysis tags) {
        if (tags == null || m.noun() || m.lightVerb()) {
            return false;
        }
        int k = m.head() - 1;
        while (k >= 0 && (AUXILIARIES.contains(t.get(k)) && !t.get(k).equals("to")
                || t.get(k).endsWith("ly") && t.get(k).length() > 3)) {
            k--;
        }
        if (k < 1 || !(t.get(k).equals("which") || t.get(k).equals("that"))) {
            return false;
        }
        int a = t.get(k - 1).equals(",") ? k - 2 : k - 1;
        return a >= 0 && thingNoun(t, body, units, a, tags);
    }

    private static final Set<String> TEMPORAL = Set.of("today", "yesterday", "tonight", "tomorrow", "monday",
            "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "week", "month", "year", "weekend",
            "morning", "evening", "night", "afternoon", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "last", "next", "this", "on", "earlier");

    /** True when token {@code i} is a common noun outside every actor phrase that names no one who acts. */
    private static boolean thingNoun(Tokens t, String body, List<ActorUnits.Unit> units, int i, Syntax.Analysis tags) {
        String tag = tags.tagAt(t.start.get(i));
        return tag != null && (tag.equals("NN") || tag.equals("NNS"))
                && Character.isLowerCase(body.charAt(t.start.get(i))) && !inUnit(units, t.start.get(i))
                && !GrammaticalRoles.agentive(t.get(i));
    }

    /**
     * True when the verb is a past participle modifying the noun before it ("a customs fee imposed by the U.S.",
     * with its agent after it): a reduced passive, whose agent follows "by" and whose patient is that noun.
     */
    static boolean reducedPassive(Tokens t, String body, PatternEventCoder.Match m, Syntax.Analysis tags) {
        if (tags == null || m.head() == 0) {
            return false;
        }
        String tag = tags.tagAt(t.start.get(m.head()));
        String before = tags.tagAt(t.start.get(m.head() - 1));
        boolean by = t.get(m.last() + 1).equals("by");
        return by && "VBN".equals(tag) && before != null && (before.equals("NN") || before.equals("NNS"))
                && Character.isLowerCase(body.charAt(t.start.get(m.head() - 1)))
                && !GrammaticalRoles.agentive(t.get(m.head() - 1));
    }

    /** Prepositions that put a name inside a longer phrase ("the provision on wheat to the Soviet Union"). */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("to", "on", "of", "for", "in", "at", "from",
            "with", "by", "against", "into", "over", "about", "between", "among", "toward", "towards");

    /**
     * The actor phrase a past participle after a comma describes, when the participle has its agent after "by":
     * "Hong Kong, supported by many developing countries, attacked the bill" (Hong Kong is the one supported, by
     * them); else null. "Hong Kong supported the bill" and "Hong Kong, which supported …" are no such apposition.
     */
    static ActorUnits.Unit appositivePassive(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                                             Syntax.Analysis tags) {
        if (m.noun() || m.head() < 2 || !t.get(m.head() - 1).equals(",") || !t.get(m.last() + 1).equals("by")) {
            return null;
        }
        String tag = tags == null ? null : tags.tagAt(t.start.get(m.head()));
        if (tag != null ? !tag.equals("VBN") : !t.get(m.head()).endsWith("ed")) {
            return null;
        }
        int comma = t.start.get(m.head() - 1);
        for (ActorUnits.Unit u : units) {
            if (u.end() <= comma && t.endingBy(comma) == t.endingBy(u.end())) {
                int before = t.endingBy(u.start());
                if (t.get(before).equals("the")) {
                    before--;
                }
                // "the provision on wheat to the Soviet Union, offered by …": the participle describes the phrase
                // the name ends, not the name after a preposition
                return PHRASE_PREPOSITIONS.contains(t.get(before)) ? null : u;
            }
        }
        return null;
    }

    /**
     * The actor list without the members named as its exceptions: "all members except Zaire and Australia agreed"
     * is not Zaire's or Australia's act.
     */
    static List<ActorUnits.Unit> withoutExceptions(Tokens t, List<ActorUnits.Unit> list) {
        int cut = -1;
        for (int n = 0; n < list.size() && cut < 0; n++) {
            int i = t.atOrAfter(list.get(n).start());
            String before = t.get(i - 1);
            if (EXCEPTING.contains(before) || before.equals("for") && t.get(i - 2).equals("except")
                    || (before.equals("than") && t.get(i - 2).equals("other"))
                    || (before.equals("from") && t.get(i - 2).equals("apart"))) {
                cut = n;
            }
        }
        return cut < 0 ? list : new ArrayList<>(list.subList(0, cut));
    }

    private static boolean unitStartsWithin(Tokens t, List<ActorUnits.Unit> units, int from, int to) {
        for (int i = from; i <= Math.min(to, t.size() - 1); i++) {
            int s = t.start.get(i);
            for (ActorUnits.Unit u : units) {
                if (u.start() <= s && s < u.end()) {
                    return true;
                }
            }
            String w = t.get(i);
            if (!(w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its") || w.equals("their")
                    || w.equals("his") || w.equals("her"))) {
                return false;
            }
        }
        return false;
    }

    private static boolean unitEndsIn(Tokens t, List<ActorUnits.Unit> units, int i) {
        int s = t.start.get(i);
        int e = t.end.get(i);
        for (ActorUnits.Unit u : units) {
            if (u.end() > s && u.end() <= e) {
                return true;
            }
        }
        return false;
    }

    private static boolean inUnit(List<ActorUnits.Unit> units, int offset) {
        for (ActorUnits.Unit u : units) {
            if (u.start() <= offset && offset < u.end()) {
                return true;
            }
        }
        return false;
    }

    /** Nouns of a gathering whose "of" phrase names who gathers ("a meeting of EC trade officials"). */
    private static final Set<String> GATHERINGS = Set.of("meeting", "meetings", "session", "sessions",
            "conference", "gathering", "summit");

    /**
     * The one actor phrase after "of" in "a (joint) meeting of EC finance ministers", "the session of the OPEC
     * conference": those who gather, who are the meeting's parties; null when the trigger is no gathering noun,
     * no actor follows "of" closely, or two actors do ("a meeting of the IMF and the World Bank" is between
     * them and is read as usual).
     */
    static ActorUnits.Unit gatheredAfterOf(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        int of = m.last() + 1;
        if (!GATHERINGS.contains(t.get(m.last())) || !t.get(of).equals("of")) {
            return null;
        }
        ActorUnits.Unit found = null;
        for (int i = of + 1; i < t.size(); i++) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-") || w.equals("that") || w.equals("which") || w.equals("who")
                    || w.equals("to") || w.equals("on") || w.equals("in") || w.equals("at")) {
                break;
            }
            for (ActorUnits.Unit u : units) {
                if (u.start() == t.start.get(i)) {
                    if (found != null) {
                        return null;
                    }
                    if (i > of + 3) {
                        return null; // too far from "of" to be what the meeting is of
                    }
                    found = u;
                }
            }
        }
        return found;
    }

    /**
     * The actor phrases after "from" in "despite protests from Taiwan", "protests from Japan and Korea": a protest
     * that comes from a state is a diplomatic complaint by it (CAMEO 114), not a demonstration; empty when no
     * actor follows "from" right after the noun.
     */
    static List<ActorUnits.Unit> protestersAfterFrom(Tokens t, List<ActorUnits.Unit> units,
                                                     PatternEventCoder.Match m) {
        int from = m.last() + 1;
        if (!t.get(from).equals("from")) {
            return List.of();
        }
        List<ActorUnits.Unit> out = new java.util.ArrayList<>();
        for (int i = from + 1; i < t.size() && i <= from + 12; i++) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals(",") && !w.equals("-") || w.equals("that") || w.equals("over")
                    || w.equals("against") || w.equals("about")) {
                break;
            }
            if (w.equals(",") && reporterFollows(t, i)) {
                break; // "… despite protests from Taiwan, bank president Masao Fujioka said": he reports them
            }
            for (ActorUnits.Unit u : units) {
                if (u.start() == t.start.get(i)) {
                    out.add(u);
                }
            }
        }
        if (out.isEmpty() || t.atOrAfter(out.get(0).start()) > from + 4) {
            return List.of();
        }
        return out;
    }

    /** Words that may stand between "despite" and the protest noun ("despite strong protests from …"). */
    private static final Set<String> PROTEST_MODIFIERS = Set.of("strong", "repeated", "vigorous", "angry", "formal",
            "official", "diplomatic", "the", "many", "several", "fierce", "loud", "vehement", "renewed");

    /**
     * The actor who acts in spite of the protests ("The ADB will not change its decision to admit China despite
     * protests from Taiwan": the ADB, not China, the nearest name): the first actor phrase of the sentence,
     * after a dateline ("MANILA, April 21 - "), when the protest noun follows "despite"; null otherwise.
     */
    static ActorUnits.Unit actingDespite(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        int i = m.head() - 1;
        while (i >= 0 && PROTEST_MODIFIERS.contains(t.get(i))) {
            i--;
        }
        if (i < 0 || !t.get(i).equals("despite")) {
            return null;
        }
        int opens = 0;
        for (int k = 0; k < Math.min(i, 10); k++) {
            if (t.get(k).equals("-")) {
                opens = t.end.get(k); // the dateline ends at its dash
                break;
            }
        }
        int despite = t.start.get(i);
        ActorUnits.Unit first = null;
        for (ActorUnits.Unit u : units) {
            if (u.start() >= opens && u.end() <= despite && (first == null || u.start() < first.start())) {
                first = u;
            }
        }
        return first;
    }

    private static final Set<String> REPORTING = Set.of("said", "says", "told", "tells", "added", "adds",
            "reported", "reports", "announced", "stated");

    /** True when the words after this comma close an inverted report (", bank president X said."). */
    private static boolean reporterFollows(Tokens t, int comma) {
        for (int i = comma + 1; i < t.size() && i <= comma + 10; i++) {
            String w = t.get(i);
            if (REPORTING.contains(w)) {
                return true;
            }
            if (Tokens.isPunct(w) && !w.equals("-")) {
                return false;
            }
        }
        return false;
    }
}
