package org.attache.nlp.events;

import java.util.List;
import java.util.Set;
import org.attache.api.events.PloverType;

/**
 * Acts named by a noun whose actors stand in the noun's own phrase rather than around a verb: the backer after
 * "the support of" ("the project has the support of the European Union"), and the second member of a pair of
 * countries written as one modifier ("Reagan's endorsement of U.S./Canada free trade": the counterpart is the
 * member that is not the actor's own country). The coder keeps its other readings; these only say who the
 * noun's actors are where the verb around it names none. Stateless.
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
}
