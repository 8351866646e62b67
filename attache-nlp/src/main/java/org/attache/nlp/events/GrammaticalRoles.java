package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Who does what to whom by the dependency parse: the actor phrases that are the grammatical subject of a
 * trigger (the agent of a passive, "by Iranian guards" of a nominal trigger, the possessor of "Iraq's attack",
 * the demonym of "Soviet attacks") and those that are its object ("attacked the town", "talks with Iran",
 * "sanctions against Libya"). A verb without a subject of its own takes the subject of the verb that governs it
 * ("agreed to meet", "met and signed"), or of the noun a relative clause describes ("troops who attacked").
 * An actor phrase that only governs the trigger from outside its clause ("The United States said …") is
 * neither. Used by {@link PatternEventCoder} where the sentence was parsed; {@code lightVerb} says the trigger's
 * verb only carries its noun ("held talks", "launched attacks").
 */
final class GrammaticalRoles {
    /** Subjects of a clause. */
    private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj");
    private static final Set<String> PASSIVE_SUBJECTS = Set.of("nsubj:pass", "csubj:pass");
    private static final Set<String> OBJECTS = Set.of("obj", "iobj");
    private static final Set<String> OBLIQUE = Set.of("obl", "nmod", "obl:agent", "obl:tmod", "obl:npmod");
    /** Prepositions that mark the one acted on: "with Iran", "against Libya", "on the town", "to Romania". */
    private static final Set<String> TARGET_CASES = Set.of("with", "against", "on", "upon", "to", "toward", "towards",
            "at", "from", "into", "onto", "between");
    /** Verbs whose object is the subject of their infinitive ("urged Iran to withdraw"). */
    private static final Set<String> OBJECT_CONTROL = Set.of("urge", "urged", "urges", "urging", "ask", "asked",
            "asks", "asking", "order", "ordered", "orders", "ordering", "tell", "told", "tells", "telling", "force",
            "forced", "forces", "forcing", "allow", "allowed", "allows", "allowing", "persuade", "persuaded",
            "invite", "invited", "invites", "inviting", "encourage", "encouraged", "press", "pressed", "pressure",
            "pressured", "compel", "compelled", "instruct", "instructed", "authorize", "authorized", "authorise",
            "authorised", "permit", "permitted", "help", "helped", "enable", "enabled", "call", "called", "warn",
            "warned", "request", "requested", "requests", "demand", "demanded", "require", "required", "want",
            "wanted", "wants");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "who", "which", "that");
    private static final Set<String> RELATIVE = Set.of("who", "which", "that", "whom");

    /**
     * What the parse says of one trigger.
     *
     * @param source           actor phrases that act
     * @param target           actor phrases acted on
     * @param subjectWord      the subject's head word when the subject is no actor phrase ("prices"), else null
     * @param pronounSubject   true when the subject is a personal pronoun ("he ordered")
     * @param speaker          the actor phrase of the reporting verb governing the trigger ("Reagan said he …"),
     *                         for a pronoun subject
     * @param passive          true when the trigger verb is passive
     * @param hasComplement    true when the trigger verb has an object or a clause as complement
     */
    record Roles(List<ActorUnits.Unit> source, List<ActorUnits.Unit> target, String subjectWord,
                 boolean pronounSubject, ActorUnits.Unit speaker, boolean passive, boolean hasComplement) {
    }

    private GrammaticalRoles() {
    }

    /** The roles of the trigger whose head word starts at {@code headStart}, or null when the parse lacks it. */
    static Roles of(Syntax.Analysis a, List<ActorUnits.Unit> units, int headStart, int lastStart, boolean lightVerb) {
        if (a == null || !a.parsed()) {
            return null;
        }
        int h = a.tokenAt(headStart);
        if (h < 0) {
            return null;
        }
        int last = a.tokenAt(lastStart);
        List<ActorUnits.Unit> source = new ArrayList<>();
        List<ActorUnits.Unit> target = new ArrayList<>();
        String subjectWord = null;
        boolean pronoun = false;
        boolean passive = false;
        boolean complement = false;
        ActorUnits.Unit speaker = null;
        boolean verbal = a.tags[h].startsWith("VB") || a.tags[h].equals("MD") || a.tags[h].equals("JJ");
        // a light verb's noun ("launched attacks", "held talks"): the noun's own agents and objects count too
        List<Integer> heads = new ArrayList<>();
        heads.add(h);
        if (last > h) {
            for (int k = h + 1; k <= last; k++) {
                if (a.tags[k].startsWith("NN") && a.under(k, h)) {
                    heads.add(k);
                }
            }
        }
        if (verbal) {
            int subj = -1;
            for (int k : a.children(h, SUBJECTS)) {
                subj = k;
            }
            for (int k : a.children(h, PASSIVE_SUBJECTS)) {
                subj = k;
                passive = true;
            }
            if (subj >= 0 && RELATIVE.contains(a.lower(subj)) && a.rels[h].startsWith("acl") && a.heads[h] >= 0) {
                subj = a.heads[h]; // "the army, which attacked …"
            }
            // a verb without an actor for subject takes the governing verb's ("agreed to meet", "met and signed",
            // "issued a statement demanding …"); the innermost subject found is kept when none is an actor
            int governor = h;
            int steps = 0;
            int innermost = subj;
            while ((subj < 0 || phraseUnits(a, units, subj).isEmpty() && !PRONOUNS.contains(a.lower(subj)))
                    && !passive && steps++ < 4 && a.heads[governor] >= 0) {
                String rel = a.rels[governor];
                int up = a.heads[governor];
                int next;
                if (rel.equals("xcomp")) {
                    // object control ("urged Iran to withdraw", "ordered troops to attack"), else subject control
                    List<Integer> objects = a.children(up, OBJECTS);
                    next = !objects.isEmpty() && OBJECT_CONTROL.contains(a.lower(up)) ? objects.get(0)
                            : first(a.children(up, SUBJECTS));
                } else if (rel.equals("conj") || rel.startsWith("advcl")) {
                    next = first(a.children(up, SUBJECTS));
                } else if (rel.startsWith("acl")) {
                    next = up; // "troops stationed in …", "demonstrators protesting …"
                } else if (rel.equals("obj") || rel.startsWith("obl") || rel.startsWith("nmod")) {
                    next = first(a.children(up, SUBJECTS)); // from a noun up to its verb: "issued a declaration"
                } else {
                    break;
                }
                if (next >= 0) {
                    subj = next;
                    innermost = innermost < 0 ? next : innermost;
                }
                governor = up;
            }
            if (subj >= 0 && phraseUnits(a, units, subj).isEmpty() && !PRONOUNS.contains(a.lower(subj))) {
                subj = innermost;
            }
            if (subj >= 0) {
                List<ActorUnits.Unit> found = phraseUnits(a, units, subj);
                if (!found.isEmpty()) {
                    (passive ? target : source).addAll(found);
                } else if (PRONOUNS.contains(a.lower(subj))) {
                    pronoun = !passive;
                    speaker = reportingSubject(a, units, h);
                } else if (!passive) {
                    subjectWord = a.lower(subj);
                }
            }
            complement = !a.children(h, Set.of("obj", "iobj", "xcomp", "ccomp", "dep")).isEmpty() || passive;
        }
        for (int head : heads) {
            for (int k : a.children(head, OBJECTS)) {
                if (head == h && !verbal) {
                    continue;
                }
                addAll(target, phraseUnits(a, units, k));
            }
            for (int k : a.children(head, OBLIQUE)) {
                String prep = a.caseOf(k);
                if (prep.equals("by") && (passive || !verbal || head != h)) {
                    addAll(source, phraseUnits(a, units, k));
                } else if (TARGET_CASES.contains(prep)) {
                    addAll(target, phraseUnits(a, units, k));
                }
            }
            if (head != h || !verbal) {
                // a nominal trigger: its possessor or a demonym before it acts ("Iraq's attack", "Soviet attacks"),
                // and an agent "by …" may hang from the phrase after it ("attacks on shipping by Iranian guards");
                // the noun object of a verb that is no light verb is what is acted on ("rejected a US offer")
                boolean eventNoun = head == h || lightVerb || source.isEmpty();
                for (int k : a.children(head, Set.of("nmod:poss", "amod", "compound"))) {
                    addAll(eventNoun ? source : target, phraseUnits(a, units, k));
                }
                if (source.isEmpty()) {
                    for (int k = head + 1; k < a.size(); k++) {
                        if (a.lower(k).equals("by") && a.heads[k] >= 0 && a.under(a.heads[k], head)
                                && !crossesClause(a, a.heads[k], head)) {
                            addAll(source, phraseUnits(a, units, a.heads[k]));
                            break;
                        }
                    }
                }
            }
        }
        target.removeIf(source::contains);
        return new Roles(source, target, subjectWord, pronoun, speaker, passive, complement);
    }

    private static int first(List<Integer> list) {
        return list.isEmpty() ? -1 : list.get(0);
    }

    private static void addAll(List<ActorUnits.Unit> to, List<ActorUnits.Unit> from) {
        for (ActorUnits.Unit u : from) {
            if (!to.contains(u)) {
                to.add(u);
            }
        }
    }

    /** True when the path from {@code k} up to {@code root} passes through a clause (a verb). */
    private static boolean crossesClause(Syntax.Analysis a, int k, int root) {
        int guard = 0;
        for (int x = a.heads[k]; x >= 0 && x != root && guard++ < a.size(); x = a.heads[x]) {
            if (a.tags[x].startsWith("VB")) {
                return true;
            }
        }
        return false;
    }

    /** The actor phrases that are the subject of the verb at token {@code v} (empty when none is an actor). */
    static List<ActorUnits.Unit> subjectUnits(Syntax.Analysis a, List<ActorUnits.Unit> units, int v) {
        return phraseUnits(a, units, first(a.children(v, SUBJECTS)));
    }

    /**
     * The actor phrase of the reporting verb the trigger's clause is the complement of ("Reagan said he …",
     * "Japan must open its markets, Baker said"), or null.
     */
    static ActorUnits.Unit reportingSubject(Syntax.Analysis a, List<ActorUnits.Unit> units, int h) {
        for (int k : a.children(h, Set.of("parataxis", "ccomp"))) {
            if (ActorPhrases.REPORTING.contains(a.lower(k))) {
                List<ActorUnits.Unit> found = phraseUnits(a, units, first(a.children(k, SUBJECTS)));
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
        }
        int x = h;
        int guard = 0;
        while (a.heads[x] >= 0 && guard++ < 4) {
            String rel = a.rels[x];
            x = a.heads[x];
            if (rel.equals("ccomp") || rel.equals("parataxis")) {
                List<ActorUnits.Unit> found = phraseUnits(a, units, first(a.children(x, SUBJECTS)));
                return found.isEmpty() ? null : found.get(0);
            }
            if (!rel.equals("conj") && !rel.equals("xcomp")) {
                return null;
            }
        }
        return null;
    }

    /**
     * The actor phrases of the noun phrase headed by token {@code k} (itself and words joined to it by
     * compound, modifier, possessive, apposition and coordination): "Iranian Revolutionary guards" for
     * "guards", "Israel and Egypt" for "Israel".
     */
    static List<ActorUnits.Unit> phraseUnits(Syntax.Analysis a, List<ActorUnits.Unit> units, int k) {
        List<ActorUnits.Unit> out = new ArrayList<>();
        if (k < 0) {
            return out;
        }
        ActorUnits.Unit one = headUnit(a, units, k);
        if (one != null) {
            out.add(one);
            // "the Egyptian and Israeli leaders": the modifier's own conjuncts are actors of the phrase too
            int mod = a.tokenAt(one.start());
            if (mod >= 0 && mod != k && a.heads[mod] == k) {
                for (int c : a.children(mod, Set.of("conj"))) {
                    ActorUnits.Unit u = unitAt(units, a.start[c]);
                    if (u != null && !out.contains(u)) {
                        out.add(u);
                    }
                }
            }
        }
        // coordinated phrases are actors of their own ("Israel and Egypt", "the Iranian and Syrian envoys")
        for (int c : a.children(k, Set.of("conj"))) {
            ActorUnits.Unit u = headUnit(a, units, c);
            if (u != null && !out.contains(u)) {
                out.add(u);
            }
        }
        return out;
    }

    /**
     * The one actor phrase a noun phrase names: the unit over its head word, else over a word joined to the head
     * by compound, modifier or possessive ("Iranian Revolutionary guards", "Israeli tanks"), else that of the
     * phrase after "of" ("leaders of the opposition coalition", "a group of Moroccan diplomats").
     */
    private static ActorUnits.Unit headUnit(Syntax.Analysis a, List<ActorUnits.Unit> units, int k) {
        ActorUnits.Unit own = unitAt(units, a.start[k]);
        if (own != null) {
            return own;
        }
        boolean agentive = agentive(a.lower(k));
        for (int i = 0; i < a.size(); i++) {
            if (a.heads[i] == k && MODIFIERS.contains(a.rels[i]) && (agentive || a.rels[i].equals("nmod:poss")
                    && !a.tags[k].startsWith("NN"))) {
                ActorUnits.Unit u = unitAt(units, a.start[i]);
                if (u == null) {
                    for (int j = 0; j < a.size() && u == null; j++) {
                        if (a.heads[j] == i && MODIFIERS.contains(a.rels[j])) {
                            u = unitAt(units, a.start[j]);
                        }
                    }
                }
                if (u != null) {
                    return u;
                }
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (a.heads[i] == k && a.rels[i].startsWith("nmod") && a.caseOf(i).equals("of")) {
                return headUnit(a, units, i);
            }
        }
        return null;
    }

    /**
     * True when a noun names those who act: people and bodies ("officials", "troops", "government"), or the
     * arms they act with ("warplanes", "destroyers"); "Indian exports" and "Japanese prices" name things, so the
     * demonym before them makes no actor.
     */
    static boolean agentive(String noun) {
        if (ActorUnits.GROUP_NOUNS.contains(noun) || AGENT_NOUNS.contains(noun)) {
            return true;
        }
        String singular = noun.endsWith("s") ? noun.substring(0, noun.length() - 1) : noun;
        return AGENT_NOUNS.contains(singular) || ActorCoding.sectorOfNoun(noun) != null;
    }

    private static final Set<String> AGENT_NOUNS = Set.of("warplane", "jet", "fighter", "bomber", "tank", "warship",
            "destroyer", "frigate", "gunboat", "vessel", "boat", "ship", "submarine", "aircraft", "helicopter",
            "artillery", "missile", "rocket", "drone", "guard", "unit", "force", "navy", "army", "militia", "regime",
            "leadership", "side", "state", "nation", "country", "people", "leader", "negotiator", "delegation",
            "envoy", "diplomat", "spokesman", "spokeswoman", "agency", "ministry", "embassy", "court", "parliament",
            "congress", "senate", "cabinet", "council", "committee", "commission", "party", "group", "coalition",
            "movement", "front", "union", "league", "alliance", "administration", "authority", "team", "mission",
            "contingent", "battalion", "brigade", "division", "patrol", "sniper", "commando", "marine", "paratrooper",
            "official", "counterpart", "colleague", "premier", "president", "minister", "king", "queen", "prince",
            "emir", "sheikh", "chancellor", "ambassador", "general", "commander", "chief", "head", "representative",
            "government", "judge", "prosecutor", "newspaper", "agencies", "organisation", "organization");

    private static final Set<String> MODIFIERS = Set.of("compound", "amod", "nmod:poss", "flat", "appos");

    private static ActorUnits.Unit unitAt(List<ActorUnits.Unit> units, int offset) {
        for (ActorUnits.Unit u : units) {
            if (u.start() <= offset && offset < Math.max(u.end(), u.start() + 1)) {
                return u;
            }
        }
        return null;
    }
}
