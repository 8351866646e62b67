package org.attache.nlp.events;

import java.util.Set;

/**
 * A subject that refers back to the actors of the sentence before: "they", "the ministers", "the delegates",
 * "the two countries", "both sides". News reports name the parties once and then go on with such words ("EC farm
 * ministers met in Brussels. Yesterday, they discussed …"); the coder gives the act the previous sentence's acting
 * side. Only a plural subject right before the trigger counts, and only when the sentence names no actor of its
 * own there: "the ministers of Japan and Korea" names them and is read as usual. "They" after a verb of saying
 * or inside a quotation is left alone ("the sources said they will meet", "… but they will help"): there it
 * refers to whoever the speaker has in mind, not to the previous sentence's actors.
 */
final class BackReferences {
    /** Heads of a definite plural phrase that stands for parties already named. */
    private static final Set<String> PARTY_NOUNS = Set.of("ministers", "delegates", "delegations", "members",
            "leaders", "countries", "nations", "sides", "governments", "partners", "allies", "negotiators",
            "states", "parties");
    /** Words that may come between the article and the head ("the two countries", "the farm ministers"). */
    private static final Set<String> PARTY_MODIFIERS = Set.of("two", "three", "four", "both", "foreign", "finance",
            "farm", "agriculture", "trade", "economic", "defence", "defense", "oil", "energy", "member", "other",
            "european", "visiting");
    private static final Set<String> DETERMINERS = Set.of("the", "both", "all", "these");
    /** Words between the subject and the trigger ("are also due to", "have already", "will"). */
    private static final Set<String> GLUE = Set.of("also", "then", "later", "have", "has", "had", "will", "would",
            "are", "were", "due", "to", "expected", "already", "again", "jointly", "subsequently", "themselves",
            "all", "both", "could", "may", "might", "should", "shall", "be", "finally", "formally", "now", "not");

    private static final Set<String> SAYING = Set.of("said", "say", "says", "told", "added", "stated", "announced",
            "reported", "believe", "believed", "think", "thought", "expect", "expected", "\"", "\u201c", "\u201d");

    /** What kind of back reference the subject is. */
    enum Kind {
        /** no back reference */
        NONE,
        /** "they" */
        PRONOUN,
        /** "the ministers", "the two countries", "delegates" */
        PARTIES
    }

    /**
     * Heads of a capitalised definite description that names an institution already named in full ("the Bank"
     * after "the World Bank", "the Community" after "the European Community", "the Fund", "the Commission").
     */
    private static final Set<String> INSTITUTION_NOUNS = Set.of("bank", "fund", "community", "commission",
            "council", "organisation", "organization", "alliance", "agency", "union", "committee", "secretariat",
            "assembly", "league", "conference", "board", "court", "parliament", "congress", "government");
    /** Heads of a lower-case definite description that names an office holder already named ("the minister"). */
    private static final Set<String> OFFICE_NOUNS = Set.of("minister", "president", "premier", "chancellor",
            "secretary", "ambassador", "envoy", "king", "queen", "governor", "commissioner", "chairman", "director");

    private BackReferences() {
    }

    /**
     * The head noun of the trigger's subject when that subject is a singular definite description of an actor
     * named earlier: "the Bank", "the Community", "the Commission" (capitalised, an institution) or "the minister",
     * "the Foreign Minister" (an office), right before the trigger past auxiliaries and adverbs; null otherwise.
     * The noun is returned in lower case; {@code body} tells a capitalised institution from a common noun ("the
     * bank raised rates" names no institution).
     */
    static String describedBefore(Tokens t, String body, int head) {
        int i = head - 1;
        while (i >= 0 && GLUE.contains(t.get(i))) {
            i--;
        }
        if (i < 1) {
            return null;
        }
        String w = t.get(i);
        boolean capitalised = Character.isUpperCase(body.charAt(t.start.get(i)));
        boolean institution = INSTITUTION_NOUNS.contains(w) && capitalised;
        if (!institution && !OFFICE_NOUNS.contains(w)) {
            return null;
        }
        int j = i - 1;
        while (j >= 0 && j >= i - 2 && !t.get(j).equals("the") && Character.isLetter(t.get(j).charAt(0))
                && (institution ? Character.isUpperCase(body.charAt(t.start.get(j))) : OFFICE_MODIFIERS.contains(t.get(j)))) {
            j--; // "the Foreign Minister", "the EC Commission": a modifier of the head
        }
        return j >= 0 && t.get(j).equals("the") ? w : null;
    }

    private static final Set<String> OFFICE_MODIFIERS = Set.of("foreign", "prime", "finance", "trade", "defence",
            "defense", "interior", "deputy", "state", "general", "managing", "vice", "agriculture", "farm");

    /**
     * The back reference that is the trigger's subject, right before it past auxiliaries and adverbs: "they"
     * (not after a verb of saying or a quotation mark), or a definite plural phrase of parties ("the ministers",
     * "the two countries", "both sides", "delegates" at the start of the sentence); NONE otherwise.
     */
    static Kind subjectBefore(Tokens t, int head) {
        int i = head - 1;
        while (i >= 0 && GLUE.contains(t.get(i))) {
            i--;
        }
        if (i < 0) {
            return Kind.NONE;
        }
        String w = t.get(i);
        if (w.equals("they")) {
            for (int k = 0; k < i; k++) {
                if (SAYING.contains(t.get(k))) {
                    return Kind.NONE;
                }
            }
            return Kind.PRONOUN;
        }
        if (!PARTY_NOUNS.contains(w)) {
            return Kind.NONE;
        }
        int j = i - 1;
        while (j >= 0 && PARTY_MODIFIERS.contains(t.get(j))) {
            j--;
        }
        return j < 0 || DETERMINERS.contains(t.get(j)) ? Kind.PARTIES : Kind.NONE;
    }
}
