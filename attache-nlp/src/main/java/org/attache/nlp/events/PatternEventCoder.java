package org.attache.nlp.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.api.Annotated;
import org.attache.api.Evidence;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Resolved;
import org.attache.api.Sentence;
import org.attache.api.events.Event;
import org.attache.api.events.EventActor;
import org.attache.api.events.EventCoder;
import org.attache.api.events.EventDate;
import org.attache.api.events.EventStatus;
import org.attache.api.events.PloverType;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.dates.EventDateResolver;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * The Code stage without a parser: trigger phrases of a {@link VerbLexicon} found over the sentence's tokens,
 * actors from the sentence's own mentions (persons with their offices, organisations, places, demonyms).
 *
 * <p>Per sentence: the main event is the first verbal trigger (else the first nominal one); a later verbal
 * trigger coordinated with it ("…, and met with") is an event of its own that keeps the main source; a nominal
 * trigger followed by "between A and B" or "with B" ("phone talks between A and B") is one too. Triggers in the
 * main trigger's complement ("agreed to cooperate") are not: the outer verb codes the sentence, as in CAMEO.
 * The source is the nearest actor phrase left of the trigger (with its coordinated "A and B", "A, B and C");
 * "He"/"She" takes the previous sentence's source. The target is the first actor phrase right of the trigger
 * within the clause; a list of targets gives one event per counterpart. Actors never come from another
 * sentence except by that pronoun rule and the annotator's in-document coreference (canonical names).
 *
 * <p>Actors the text gives no country are placed as event coders place them: a group named by a common noun
 * ("protesters", "riot police", "the opposition") is an actor (no entity id; sector from the noun; country from
 * "in/from X" after it); an ethnic group takes the country it is said to live in; cities, regions and
 * well-known parties or armed groups take their country from {@link Places}; an actor still unplaced takes the
 * one country the sentence's own clause names (a state named bare as the counterpart, "threatened Russia",
 * does not count); a domestic protest with no named target is aimed at that country's government.
 *
 * <p>Status comes from cue words before the trigger; an intent to cooperate (will/pledged + aid, support,
 * cooperation, concession) is coded AGREE and an intent to use force THREATEN, as CAMEO does; a negated
 * cooperative verb ("did not agree") is REJECT. Confidence starts at 0.5 and grows with a verbal trigger
 * (+0.15), a multiword pattern (+0.05), a target (+0.15) and a source with a country (+0.1); a pronoun source
 * costs 0.1. Stateless and thread-safe.
 */
public final class PatternEventCoder implements EventCoder {
    private static final int WINDOW = 4;
    /** The object side starts within this many tokens of the trigger ("agreed to provide aid for Romania"). */
    private static final int MAX_TARGET_GAP = 14;
    private static final Set<String> NOUN_CONTEXT = Set.of("the", "a", "an", "this", "that", "his", "her", "its",
            "their", "our", "whose", "official", "working", "state", "first", "second", "last", "recent", "during",
            "after", "before", "of", "for", "on", "in", "at", "with", "upcoming", "planned", "latest", "new",
            "successful", "historic", "week-long", "two-day", "three-day", "such", "any", "no", "every", "each");
    private static final Set<String> PROMISE_HEADS = Set.of("pledge", "promise", "vow", "commit", "offer");
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "during", "on", "since",
            "outside", "inside", "across", "around", "of", "into", "throughout", "within", "towards", "toward");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "during", "since",
            "outside", "inside", "across", "around", "throughout", "within");
    private static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "reported", "added",
            "according", "stated", "quoted", "confirmed", "claimed", "insisted", "noted", "explained");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "as", "well", "the", "both", "its",
            "his", "her", "their");
    private static final Set<PloverType> DOMESTIC = Set.of(PloverType.PROTEST, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.ASSAULT, PloverType.THREATEN);
    private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE,
            PloverType.COOPERATE);
    private static final Set<PloverType> COOPERATIVE = Set.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);
    private static final Set<PloverType> FORCE = Set.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.SANCTION, PloverType.MOBILIZE, PloverType.PROTEST);

    private final VerbLexicon lexicon;
    private final CameoPlover table;
    private final ActorDictionary dictionary;
    private final EventDateResolver dates;
    private final CountryGazetteer gazetteer;

    /**
     * @param lexicon    trigger phrases
     * @param dictionary an external actor dictionary consulted for actors the article cannot place, or null
     */
    public PatternEventCoder(VerbLexicon lexicon, ActorDictionary dictionary) {
        this.lexicon = lexicon;
        this.table = CameoPlover.standard();
        this.dictionary = dictionary;
        this.dates = new EventDateResolver();
        this.gazetteer = CountryGazetteer.standard();
    }

    /** The bundled lexicon, no external dictionary. */
    public static PatternEventCoder standard() {
        return new PatternEventCoder(VerbLexicon.bundled(), null);
    }

    /** A trigger found in a sentence: token span of its words and the lexicon entry. */
    record Match(int head, int last, VerbLexicon.Entry entry, boolean lightVerb) {
        boolean noun() {
            return entry.noun() && !lightVerb;
        }
    }

    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry) {
        Annotated a = resolved.annotated();
        String body = a.article().bodyText();
        LocalDate anchor = EventDateResolver.anchorOf(a.article());
        List<Event> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<EventActor> previousSource = List.of();
        Map<String, String[]> known = new HashMap<>(); // entity id → country, sector seen earlier in the article
        for (Sentence s : a.sentences()) {
            Tokens t = new Tokens(body, s.start(), s.end());
            List<ActorUnits.Unit> units = ActorUnits.of(a, s.index(), body);
            List<Match> matches = outsideNames(matches(t), t, a, s.index());
            List<EventActor> firstSource = null;
            List<Event> sentenceEvents = new ArrayList<>();
            Match main = null;
            for (Match m : matches) {
                if (!m.noun()) {
                    main = m;
                    break;
                }
            }
            if (main == null && !matches.isEmpty()) {
                main = matches.get(0);
            }
            List<EventActor> mainSource = null;
            boolean promote = false;
            for (Match m : matches) {
                if (promote && (!m.noun() || main.noun())) {
                    main = m;
                    promote = false;
                }
                boolean isMain = m == main;
                boolean coordinated = !isMain && main != null && !m.noun() && m.head() > main.last()
                        && coordinated(t, m.head());
                boolean between = !isMain && m.noun() && t.get(m.last() + 1).equals("between");
                if (!isMain && !coordinated && !between) {
                    continue;
                }
                Context c = new Context(resolved, registry, body, s, t, units, anchor, previousSource, known);
                List<EventActor> inherited = coordinated ? mainSource : null;
                List<Event> made = code(c, m, matches, inherited, between);
                if (isMain && !made.isEmpty()) {
                    mainSource = made.get(0).source();
                } else if (isMain) {
                    promote = true; // a main trigger without actors ("During the visit, …"): the next one leads
                }
                if (firstSource == null && !made.isEmpty()) {
                    firstSource = made.get(0).source();
                }
                sentenceEvents.addAll(made);
            }
            for (Event e : sentenceEvents) {
                if (ids.add(e.id())) { // two triggers of one sentence for the same act ("met and held talks")
                    out.add(e);
                }
            }
            if (mainSource != null) {
                previousSource = mainSource;
            } else if (firstSource != null) {
                previousSource = firstSource;
            } else {
                List<EventActor> persons = firstPerson(resolved, registry, body, s, units);
                previousSource = persons == null ? List.of() : persons;
            }
        }
        return out;
    }

    private record Context(Resolved resolved, EntityRegistry registry, String body, Sentence sentence, Tokens t,
                           List<ActorUnits.Unit> units, LocalDate anchor, List<EventActor> previousSource,
                           Map<String, String[]> known) {
        Annotated a() {
            return resolved.annotated();
        }
    }

    /** Drops triggers inside a name ("the Ceasefire Violations Committee", "Freedom March Party"). */
    private static List<Match> outsideNames(List<Match> matches, Tokens t, Annotated a, int sentence) {
        List<Match> out = new ArrayList<>();
        for (Match m : matches) {
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

    /** Non-overlapping trigger matches, longest pattern at each head, in text order. */
    List<Match> matches(Tokens t) {
        List<Match> out = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (used[i]) {
                continue;
            }
            Match best = null;
            for (String lemma : lexicon.lemmasOf(t.get(i))) {
                for (VerbLexicon.Entry e : lexicon.withHead(lemma)) {
                    if (e.noun() && !nounForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (!e.noun() && !verbForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (!e.noun() && e.pattern().words().size() == 1 && nounForm(lemma, t.get(i))
                            && hasNoun(lemma) && nounContext(t, i)) {
                        continue; // "the visit", "a protest": the noun reading
                    }
                    int last = follow(t, i, e, used);
                    if (last >= 0 && (best == null || e.pattern().words().size() > best.entry().pattern().words().size())) {
                        best = new Match(i, last, e, e.noun() && lightVerbBefore(t, i));
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

    private static final Set<String> LIGHT_VERBS = Set.of("stage", "staged", "stages", "staging", "hold", "held",
            "holds", "holding", "begin", "began", "begun", "begins", "launch", "launched", "launches", "continue",
            "continued", "continuing", "organize", "organized", "organise", "organised", "conduct", "conducted",
            "mount", "mounted", "start", "started", "declare", "declared", "resume", "resumed", "carry", "carried",
            "call", "called", "impose", "imposed", "went", "go", "reiterate", "reiterated", "renew", "renewed",
            "repeat", "repeated", "issue", "issued", "insist", "insisted", "voice", "voiced", "express", "expressed", "make", "made");

    private static boolean lightVerbBefore(Tokens t, int i) {
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

    private boolean hasNoun(String lemma) {
        for (VerbLexicon.Entry e : lexicon.withHead(lemma)) {
            if (e.noun()) {
                return true;
            }
        }
        return false;
    }

    private static boolean nounContext(Tokens t, int i) {
        String p = t.get(i - 1);
        return NOUN_CONTEXT.contains(p) || p.endsWith("-day") || p.endsWith("-level") || p.endsWith("'s");
    }

    private boolean nounForm(String lemma, String token) {
        return Inflection.forms(lemma, true, false).contains(token);
    }

    private boolean verbForm(String lemma, String token) {
        return Inflection.forms(lemma, false, false).contains(token);
    }

    /** Index of the token matching the pattern's last word, or -1. */
    private int follow(Tokens t, int head, VerbLexicon.Entry e, boolean[] used) {
        List<String> w = e.pattern().words();
        int pos = head;
        int window = e.noun() ? 1 : WINDOW;
        for (int k = 1; k < w.size(); k++) {
            int found = -1;
            for (int j = pos + 1; j <= Math.min(t.size() - 1, pos + window); j++) {
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

    private static int tokensBetween(Tokens t, int from, int to) {
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            if (t.start.get(i) >= from && t.end.get(i) <= to) {
                n++;
            }
        }
        return n;
    }

    private static boolean coordinated(Tokens t, int head) {
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

    private List<Event> code(Context c, Match m, List<Match> all, List<EventActor> inherited, boolean nominalPair) {
        Tokens t = c.t();
        String cameo = m.entry().pattern().cameo();
        PloverType type = table.typeOf(cameo);
        if (type == null) {
            return List.of();
        }
        PloverType lexical = type; // before negation and intent turn it into REJECT, AGREE or THREATEN
        int headStart = t.start.get(m.head());
        int lastEnd = t.end.get(m.last());
        // the clause: from the previous trigger (or sentence start) to the next one
        int next = c.sentence().end();
        for (Match o : all) {
            if (o.head() > m.last() && !o.noun() && coordinated(t, o.head())) {
                next = t.start.get(o.head());
                break;
            }
        }
        boolean pronoun = false;
        List<ActorUnits.Unit> sourceUnits = new ArrayList<>();
        List<ActorUnits.Unit> targetUnits = new ArrayList<>();
        boolean passive = Modality.passive(t, m);
        if (nominalPair && t.get(m.last() + 1).equals("between")) {
            List<ActorUnits.Unit> pair = rightList(c, lastEnd, c.sentence().end(), false);
            if (pair.size() < 2 || tokensBetween(t, lastEnd, pair.get(0).start()) > 4) {
                return List.of();
            }
            sourceUnits.add(pair.get(0));
            targetUnits.addAll(pair.subList(1, pair.size()));
        } else {
            if (inherited == null) {
                sourceUnits = leftSource(c, headStart);
            }
            targetUnits = rightList(c, t.end.get(m.head()), next, true);
            if (!targetUnits.isEmpty() && tokensBetween(t, lastEnd, targetUnits.get(0).start()) > MAX_TARGET_GAP) {
                targetUnits = List.of();
            }
            if (passive) {
                List<ActorUnits.Unit> by = byAgent(c, lastEnd);
                if (!by.isEmpty()) {
                    targetUnits = sourceUnits;
                    sourceUnits = by;
                }
            }
        }
        List<EventActor> source;
        if (inherited != null) {
            source = inherited;
        } else if (sourceUnits.isEmpty() || pronounCloser(c, headStart, sourceUnits)) {
            if (pronounBefore(c, headStart) && !c.previousSource().isEmpty()) {
                source = c.previousSource();
                pronoun = true;
            } else if (sourceUnits.isEmpty()) {
                return List.of();
            } else {
                source = actors(c, sourceUnits);
            }
        } else {
            source = actors(c, sourceUnits);
        }
        // status, negation and intent
        EventStatus status = Modality.status(t, m);
        if (status == EventStatus.OCCURRED && PROMISE_HEADS.contains(m.entry().pattern().words().get(0))) {
            status = EventStatus.PROMISED; // "pledged to provide aid": the aid is promised
        }
        boolean negated = Modality.negated(t, m);
        String mode = m.entry().mode();
        if (negated && COOPERATIVE.contains(type)) {
            cameo = Modality.rejectCode(type);
            type = PloverType.REJECT;
            mode = null;
        } else if (negated) {
            status = EventStatus.DENIED;
        }
        boolean obliged = Modality.obliged(t, m);
        if (obliged && inherited == null && !negated) {
            // "X said Y must cooperate": a demand by the speaker on Y (CAMEO 10)
            List<ActorUnits.Unit> obligedUnits = sourceUnits;
            ActorUnits.Unit speaker = c.units().isEmpty() ? null : c.units().get(0);
            if (speaker != null && !obligedUnits.isEmpty() && speaker != obligedUnits.get(0)
                    && speaker.end() <= obligedUnits.get(0).start()) {
                source = actors(c, List.of(speaker));
                targetUnits = obligedUnits;
            }
            cameo = "100";
            type = PloverType.REQUEST;
            mode = null;
            status = EventStatus.OCCURRED;
        }
        if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && type == PloverType.CONSULT) {
            cameo = "036"; // intent to meet (CAMEO 036): a visit or talks announced, not yet held
            type = PloverType.AGREE;
            mode = null;
        }
        if ("043".equals(cameo) && (m.entry().pattern().words().get(0).equals("welcome"))
                && (targetUnits.isEmpty()
                || ActorUnits.type(c.a(), targetUnits.get(0)) != MentionType.PERSON
                || possessive(c, targetUnits.get(0)))) {
            cameo = "051"; // welcomed a decision, not a guest
            type = PloverType.SUPPORT;
            mode = null;
        }
        boolean conditional = t.lower.subList(m.last(), t.size()).contains("unless");
        if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && conditional
                && type != PloverType.AGREE && type != PloverType.REQUEST) {
            cameo = "130"; // "will withdraw … unless": a threat
            type = PloverType.THREATEN;
            mode = null;
        } else if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && type != PloverType.CONSULT
                && COOPERATIVE.contains(type) && type != PloverType.AGREE) {
            cameo = Modality.intentCode(type, cameo);
            type = PloverType.AGREE;
            mode = null;
        } else if (status == EventStatus.PLANNED && type == PloverType.ASSAULT && Modality.preparing(t, m)
                && source.stream().anyMatch(x -> "MIL".equals(x.sector()))) {
            cameo = "150"; // "the army prepared to resume shelling": a show of military force, not a threat
            type = PloverType.MOBILIZE;
            mode = table.modeOf(cameo);
        } else if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && FORCE.contains(type)) {
            cameo = Modality.threatCode(type, cameo);
            if (type == PloverType.PROTEST) {
                cameo = "133";
            }
            type = PloverType.THREATEN;
            mode = null;
        }
        if (type == PloverType.CONSULT) {
            mode = meetingMode(cameo, mode, t, c);
        } else if (mode == null || mode.equals("-")) {
            mode = table.modeOf(cameo);
        }
        String context = table.contextOf(cameo);
        String location = location(c, m, targetUnits, cameo);
        EventDate date = date(c, headStart);
        String trigger = c.body().substring(headStart, lastEnd);
        Evidence evidence = new Evidence(c.a().article().id(), c.sentence().start(), c.sentence().end(),
                c.body().substring(c.sentence().start(), c.sentence().end()));
        double base = 0.5 + (m.noun() ? 0 : 0.15) + (m.entry().pattern().words().size() > 1 ? 0.05 : 0)
                + (source.stream().anyMatch(x -> x.country() != null) ? 0.1 : 0) - (pronoun ? 0.1 : 0);
        if (sourceUnits.size() >= 2 && inherited == null && (SYMMETRIC.contains(type) || SYMMETRIC.contains(lexical))
                && !t.get(m.last() + 1).equals("with")) {
            targetUnits = List.of(); // "Israel and Lebanon renewed negotiations on …": each other, no third party
        }
        if (targetUnits.isEmpty() && inherited == null && DOMESTIC.contains(type)) {
            // "demonstrated in Serbia", "imposed a curfew in Cizre": the stated place is what the act is aimed at
            ActorUnits.Unit place = placeAfter(c, headStart, next);
            if (place != null) {
                targetUnits = List.of(place);
            }
        }
        List<Event> out = new ArrayList<>();
        List<List<EventActor>> targets = new ArrayList<>();
        String soleForSource = soleCountry(c, bareCountries(c, targetUnits));
        String soleForTarget = soleCountry(c, bareCountries(c, sourceUnits));
        source = placeUnplaced(source, soleForSource);
        for (ActorUnits.Unit u : targetUnits) {
            List<EventActor> one = placeUnplaced(actors(c, List.of(u)), soleForTarget);
            if (!one.isEmpty() && !sameActors(one, source)) {
                targets.add(one);
            }
        }
        if (targets.isEmpty() && type == PloverType.PROTEST && inherited == null && soleForTarget != null
                && !source.isEmpty() && source.stream().allMatch(x -> soleForTarget.equals(x.country()))) {
            // "Algerian landowners began a hunger strike to demand …": a protest within one country is aimed
            // at that country's government when the sentence names no other target
            String name = CountryGazetteer.englishName(soleForTarget);
            targets.add(List.of(new EventActor(null, (name == null ? soleForTarget : name) + " government",
                    soleForTarget, "GOV")));
            base -= 0.1;
        }
        if (targets.isEmpty()) {
            if (type == PloverType.CONSULT && source.size() < 2) {
                return List.of(); // a meeting needs two parties: "the cabinet met" is no CONSULT event
            }
            targets.add(List.of());
        }
        for (List<EventActor> target : targets) {
            double conf = Math.min(0.95, base + (target.isEmpty() ? 0 : 0.15));
            out.add(event(c, type, cameo, mode, context, status, trigger, source, target, location, date,
                    evidence, conf));
        }
        // a visit at someone's invitation, or hosted by someone: the host's side too (CAMEO 043)
        if ("042".equals(cameo)) {
            List<ActorUnits.Unit> host = hostAfter(c, lastEnd);
            if (!host.isEmpty()) {
                List<EventActor> hostActors = actors(c, host);
                out.add(event(c, PloverType.CONSULT, "043", "host", table.contextOf("043"), status, trigger,
                        hostActors, source, location, date, evidence, Math.min(0.9, base + 0.1)));
            }
        }
        return out;
    }

    /**
     * The one country the sentence's own clause ties to (countries, demonyms, places; international
     * organisations and a trailing attribution such as ", Belgrade radio said" or "according to …" left out),
     * or null when it names none or several. An actor the text gives no country ("President Mugabe",
     * "Abidjan", "the opposition") in a sentence about one country is of that country, as event coders do.
     */
    private String soleCountry(Context c, Set<Integer> ignored) {
        int limit = attributionStart(c);
        String sole = null;
        List<Mention> ms = c.a().mentions();
        for (int i = 0; i < ms.size(); i++) {
            Mention m = ms.get(i);
            if (m.sentence() != c.sentence().index() || m.start() >= limit || !m.type().isEntity()
                    && m.type() != MentionType.TITLE || ignored.contains(i)) {
                continue;
            }
            String country = m.country();
            if (country == null && m.type() == MentionType.LOCATION) {
                country = gazetteer.countryOfPlace(m.canonical());
                if (country == null) {
                    country = Places.countryOf(m.text());
                }
            } else if (country == null && m.type() == MentionType.ORGANIZATION) {
                country = Places.countryOfOrganisation(m.canonical());
            }
            if (country == null || ActorCoding.isIgo(country) || country.length() != 3
                    || !country.chars().allMatch(Character::isUpperCase)) {
                continue;
            }
            if (sole != null && !sole.equals(country)) {
                return null;
            }
            sole = country;
        }
        return sole;
    }

    /**
     * Mentions of the counterpart that do not tie this side to a country: a state named bare as the other
     * party ("President Bush threatened Russia", "offered talks to the president of Armenia") says nothing of
     * where the actor is from; a place the other side is in ("opposition groups in Zimbabwe") or a group of
     * that country ("Fijian rebels") does.
     */
    private Set<Integer> bareCountries(Context c, List<ActorUnits.Unit> counterpart) {
        Set<Integer> out = new HashSet<>();
        for (ActorUnits.Unit u : counterpart) {
            if (ActorUnits.type(c.a(), u) != MentionType.LOCATION
                    || gazetteer.countryOfName(c.a().mentions().get(u.anchor()).canonical()) == null
                    || PLACE_PREPOSITIONS.contains(wordBefore(c, u.start())) || possessive(c, u)) {
                continue;
            }
            out.addAll(u.mentions());
        }
        return out;
    }

    /** Start of a trailing attribution (", Belgrade radio said", "according to …"), else the sentence end. */
    private static int attributionStart(Context c) {
        Tokens t = c.t();
        int end = c.sentence().end();
        for (int i = 1; i < t.size(); i++) {
            String w = t.get(i);
            if (w.equals("according") && t.get(i + 1).equals("to")) {
                return Math.min(end, t.start.get(i));
            }
            if (w.equals(",") || w.equals(";")) {
                // ", a spokesman for the embassy said." / ", said a spokesman": the attribution runs to the end
                boolean report = false;
                for (int j = i + 1; j < t.size(); j++) {
                    if (REPORTING.contains(t.get(j))) {
                        report = true;
                    } else if (t.get(j).equals(",") || t.get(j).equals(";")) {
                        report = false;
                        break;
                    }
                }
                if (report && i > t.size() / 3) {
                    return Math.min(end, t.start.get(i));
                }
            }
        }
        return end;
    }

    private static List<EventActor> placeUnplaced(List<EventActor> actors, String sole) {
        if (sole == null) {
            return actors;
        }
        List<EventActor> out = null;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            if (a.country() == null && !"IGO".equals(a.sector()) && !"NGO".equals(a.sector())) {
                if (out == null) {
                    out = new ArrayList<>(actors);
                }
                out.set(i, new EventActor(a.entityId(), a.name(), sole, a.sector()));
            }
        }
        return out == null ? actors : out;
    }

    private Event event(Context c, PloverType type, String cameo, String mode, String context, EventStatus status,
                        String trigger, List<EventActor> source, List<EventActor> target, String location,
                        EventDate date, Evidence evidence, double conf) {
        String id = id(c.a().article().id(), evidence.start(), cameo, source, target);
        return new Event(id, c.a().article().id(), type, cameo, mode, context, status, trigger, source, target,
                location, date, evidence, Math.max(0, conf), null);
    }

    private static boolean sameActors(List<EventActor> a, List<EventActor> b) {
        for (EventActor x : a) {
            for (EventActor y : b) {
                if (x.name().equals(y.name())) {
                    return true;
                }
            }
        }
        return false;
    }

    static String id(String articleId, int start, String cameo, List<EventActor> source, List<EventActor> target) {
        StringBuilder key = new StringBuilder(articleId).append('|').append(start).append('|').append(cameo);
        for (EventActor a : source) {
            key.append("|s:").append(a.name());
        }
        for (EventActor a : target) {
            key.append("|t:").append(a.name());
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.toString().getBytes(StandardCharsets.UTF_8));
            return "ev_" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    // ---- actors ----

    /** The nearest actor phrase left of the trigger, with the phrases coordinated with it. */
    private List<ActorUnits.Unit> leftSource(Context c, int headStart) {
        List<ActorUnits.Unit> left = new ArrayList<>();
        for (ActorUnits.Unit u : c.units()) {
            if (u.end() <= headStart) {
                String gap = between(c, u.end(), headStart);
                if (gap.contains(";")) {
                    continue;
                }
                left.add(u);
            }
        }
        if (left.isEmpty()) {
            return List.of();
        }
        int limit = headStart;
        int close = appositionClose(c, headStart);
        if (close >= 0) {
            // "Pakistan, a key U.S. ally in the war, has refused": the subject is before the apposition
            int open = c.body().lastIndexOf(',', close - 1);
            if (open > c.sentence().start()) {
                limit = open;
            }
        }
        int pick = -1;
        for (int i = left.size() - 1; i >= 0; i--) {
            if (left.get(i).end() > limit) {
                continue;
            }
            if (!LOCATIVE.contains(wordBefore(c, left.get(i).start()))) {
                pick = i;
                break;
            }
        }
        if (pick < 0) {
            pick = left.size() - 1;
            while (pick > 0 && left.get(pick).end() > limit) {
                pick--;
            }
        }
        List<ActorUnits.Unit> out = new ArrayList<>();
        out.add(left.get(pick));
        for (int i = pick - 1; i >= 0; i--) {
            String gap = between(c, left.get(i).end(), out.get(0).start());
            if (listGap(gap, true)) {
                out.add(0, left.get(i));
            } else {
                break;
            }
        }
        return out;
    }

    private static final Set<String> AUX = Set.of("has", "have", "had", "is", "are", "was", "were", "will",
            "would", "also", "again", "today", "yesterday", "on", "reportedly", "later", "earlier", "then",
            "now", "already", "finally", "still");

    /** Offset of a comma closing an apposition right before the trigger (", has refused"), or -1. */
    private int appositionClose(Context c, int headStart) {
        Tokens t = c.t();
        int h = t.atOrAfter(headStart);
        for (int i = h - 1; i >= Math.max(0, h - 4); i--) {
            String w = t.get(i);
            if (w.equals(",")) {
                return i > 0 && c.body().substring(c.sentence().start(), t.start.get(i)).contains(",")
                        ? t.start.get(i) : -1;
            }
            if (!AUX.contains(w) && !w.endsWith("ly")) {
                return -1;
            }
        }
        return -1;
    }

    /** The text between two offsets, or "" when the spans overlap (a name inside another unit). */
    private static String between(Context c, int from, int to) {
        return from < to ? c.body().substring(from, to) : "";
    }

    /** Actor phrases right of {@code from} up to {@code to}: the first, and those listed after it. */
    private List<ActorUnits.Unit> rightList(Context c, int from, int to, boolean stopAtReport) {
        List<ActorUnits.Unit> out = new ArrayList<>();
        int limit = to;
        if (stopAtReport) {
            limit = Math.min(limit, reportBoundary(c, from, to));
        }
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() < from || u.start() >= limit) {
                continue;
            }
            if (out.isEmpty()) {
                String before = wordBefore(c, u.start());
                if (PLACE_PREPOSITIONS.contains(before)) {
                    continue; // "in Hanoi": where, not whom ("blockade on X", "withdrawal from X" are whom)
                }
                String gap = c.body().substring(from, u.start());
                if (gap.contains(";")) {
                    break;
                }
                out.add(u);
            } else {
                int previousEnd = out.get(out.size() - 1).end();
                if (u.start() < previousEnd) {
                    continue; // a unit inside the previous one (a name within an organisation's name)
                }
                String gap = c.body().substring(previousEnd, u.start());
                if (listGap(gap, false)) {
                    out.add(u);
                } else {
                    break;
                }
            }
        }
        return out;
    }

    private static final Set<String> SUBORDINATORS = Set.of("while", "because", "although", "though", "whereas",
            "when", "until", "without"); // not "if"/"unless": a threat's condition names its target

    /**
     * A comma followed closely by a reporting verb ends the object side (", the White House announced"); so
     * does a subordinate clause ("resigned as the opposition threatened …", "without returning to …").
     */
    private int reportBoundary(Context c, int from, int to) {
        Tokens t = c.t();
        for (int i = t.atOrAfter(from); i < t.size() && t.start.get(i) < to; i++) {
            String w = t.get(i);
            if (SUBORDINATORS.contains(w) || (w.equals("as") && Set.of("the", "they", "he", "she", "it", "his",
                    "their").contains(t.get(i + 1)) && !t.get(i - 1).equals("well") && !t.get(i - 1).equals("such"))) {
                return t.start.get(i);
            }
            if (t.get(i).equals(",") || t.get(i).equals(";")) {
                for (int j = i + 1; j <= Math.min(t.size() - 1, i + 7); j++) {
                    if (REPORTING.contains(t.get(j))) {
                        return t.start.get(i);
                    }
                }
            }
        }
        return to;
    }

    private static boolean listGap(String gap, boolean left) {
        String g = gap.trim();
        if (g.isEmpty()) {
            return false;
        }
        boolean conj = false;
        for (String w : g.toLowerCase().replace(",", " , ").split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (!LIST_GLUE.contains(w)) {
                return false;
            }
            if (w.equals("and") || w.equals(",") || w.equals("or")) {
                conj = true;
            }
        }
        return conj && (!left || g.contains("and") || g.equals(","));
    }

    private static boolean possessive(Context c, ActorUnits.Unit u) {
        String after = c.body().substring(u.end(), Math.min(c.body().length(), u.end() + 3)).replace('’', '\'');
        return after.startsWith("'s") || after.startsWith("' ");
    }

    /** A place with a country stated as "in X" / "at X" after the trigger, within the clause. */
    private ActorUnits.Unit placeAfter(Context c, int from, int to) {
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() < from || u.start() >= to) {
                continue;
            }
            if (ActorUnits.type(c.a(), u) != MentionType.LOCATION || ActorCoding.country(c.a(), u, gazetteer) == null) {
                continue;
            }
            Tokens t = c.t();
            int i = t.endingBy(u.start());
            for (int k = i; k >= Math.max(0, i - 4); k--) {
                String w = t.get(k);
                if (w.equals("in") || w.equals("at")) {
                    return u; // "in Serbia", "in southeastern Turkey", "in the town of Cizre"
                }
                if (Tokens.isPunct(w)) {
                    break;
                }
            }
        }
        return null;
    }

    private List<ActorUnits.Unit> byAgent(Context c, int from) {
        Tokens t = c.t();
        int i = t.atOrAfter(from);
        for (int j = i; j < Math.min(t.size(), i + 4); j++) {
            if (t.get(j).equals("by")) {
                return rightList(c, t.end.get(j), c.sentence().end(), true);
            }
        }
        return List.of();
    }

    private List<ActorUnits.Unit> hostAfter(Context c, int from) {
        String rest = c.body().substring(from, c.sentence().end()).toLowerCase();
        for (String cue : new String[]{"at the invitation of", "invited by", "hosted by", "at the invite of",
                "as a guest of", "as guest of"}) {
            int k = rest.indexOf(cue);
            if (k >= 0) {
                int at = from + k + cue.length();
                for (ActorUnits.Unit u : c.units()) {
                    if (u.start() >= at && u.start() - at < 30) {
                        return List.of(u);
                    }
                }
            }
        }
        return List.of();
    }

    private String wordBefore(Context c, int offset) {
        Tokens t = c.t();
        int i = t.endingBy(offset);
        String w = t.get(i);
        if (w.equals("the") || w.equals("a") || w.equals("an")) {
            w = t.get(i - 1);
        }
        return w;
    }

    private boolean pronounBefore(Context c, int headStart) {
        Tokens t = c.t();
        int h = t.atOrAfter(headStart);
        for (int i = h - 1; i >= Math.max(0, h - 6); i--) {
            if (SUBJECT_PRONOUNS.contains(t.get(i))) {
                return true;
            }
            if (t.get(i).equals(",") || t.get(i).equals(";")) {
                return false;
            }
        }
        return false;
    }

    private boolean pronounCloser(Context c, int headStart, List<ActorUnits.Unit> source) {
        if (!pronounBefore(c, headStart)) {
            return false;
        }
        Tokens t = c.t();
        int h = t.atOrAfter(headStart);
        for (int i = h - 1; i >= 0; i--) {
            if (SUBJECT_PRONOUNS.contains(t.get(i))) {
                return t.start.get(i) >= source.get(source.size() - 1).end();
            }
        }
        return false;
    }

    private List<EventActor> actors(Context c, List<ActorUnits.Unit> units) {
        List<EventActor> out = new ArrayList<>();
        for (ActorUnits.Unit u : units) {
            if (u.anchor() < 0) {
                // a group named by a common noun ("protesters", "the opposition"): the phrase, its sector;
                // the country comes from the sentence (placeUnplaced)
                String words = u.words();
                String head = words.substring(words.lastIndexOf(' ') + 1); // "government troops": the troops
                String sector = ActorCoding.sector(head, c.a(), u);
                out.add(new EventActor(null, c.body().substring(u.start(), u.end()), placeOfGroup(c, u),
                        sector != null ? sector : ActorCoding.sector(words, c.a(), u)));
                continue;
            }
            Mention anchor = c.a().mentions().get(u.anchor());
            String entityId = c.resolved().entityId(u.anchor());
            Optional<RegisteredEntity> entity = entityId == null ? Optional.empty() : c.registry().get(entityId);
            String name = entity.map(RegisteredEntity::name).orElse(anchor.canonical());
            String country = entity.map(RegisteredEntity::country).orElse(null);
            if (country == null) {
                country = ActorCoding.country(c.a(), u, gazetteer);
            }
            String sector = ActorCoding.sector(u.words(), c.a(), u);
            String org = ActorCoding.organisationCode(anchor.canonical());
            if (org == null) {
                for (int i : u.mentions()) {
                    org = org != null ? org : ActorCoding.organisationCode(c.a().mentions().get(i).canonical());
                }
                if (org != null && country != null && !ActorCoding.isIgo(country)) {
                    org = null; // "Malaysian UN envoy": the country is more specific
                }
            }
            if (org != null) {
                country = org;
                sector = org.equals("NGO") ? "NGO" : (sector == null || anchor.type() != MentionType.PERSON ? "IGO" : sector);
            }
            if (country != null && ethnic(c, u)) {
                String home = residence(c, country);
                country = home != null ? home : country;
            }
            if (anchor.type() == MentionType.LOCATION && sector == null) {
                sector = null; // a bare country names the state, not a sector of it
            }
            if (entityId != null) {
                String[] seen = c.known().get(entityId);
                if (seen != null) {
                    country = country == null ? seen[0] : country;
                    sector = sector == null ? seen[1] : sector;
                }
                if (country != null || sector != null) {
                    c.known().put(entityId, new String[]{country, sector});
                }
            }
            if ((country == null || sector == null) && dictionary != null) {
                Optional<ActorDictionary.ActorCode> code = dictionary.lookup(name, c.anchor());
                if (code.isPresent()) {
                    country = country == null ? code.get().country() : country;
                    sector = sector == null ? code.get().sector() : sector;
                }
            }
            out.add(new EventActor(entityId, name, country, sector));
        }
        return out;
    }

    private static final java.util.regex.Pattern GROUP_PLACE = java.util.regex.Pattern.compile(
            "^\\s+(?:in|from|of|throughout|across|inside)\\s+(?:the\\s+)?");

    /** The country of the place a group is bound to ("demonstrators in Baghdad", "rebels in the Ivory Coast"). */
    private String placeOfGroup(Context c, ActorUnits.Unit group) {
        String after = c.body().substring(group.end(), Math.min(c.sentence().end(), group.end() + 24));
        java.util.regex.Matcher m = GROUP_PLACE.matcher(after);
        if (!m.find()) {
            return null;
        }
        int at = group.end() + m.end();
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() == at && ActorUnits.type(c.a(), u) == MentionType.LOCATION) {
                return ActorCoding.country(c.a(), u, gazetteer);
            }
        }
        return null;
    }

    /** True when the phrase is an ethnic group ("ethnic Albanians", "ethnic Albanian guerrillas"). */
    private static boolean ethnic(Context c, ActorUnits.Unit u) {
        // a unit may start before its sentence (an office title given earlier), hence the clamp
        String before = c.body().substring(Math.min(u.start(), Math.max(c.sentence().start(), u.start() - 8)), u.start())
                .toLowerCase(java.util.Locale.ROOT);
        return before.endsWith("ethnic ") || c.body().startsWith("ethnic ", u.start())
                || c.body().startsWith("Ethnic ", u.start());
    }

    /**
     * The country an ethnic group lives in when the sentence places it ("ethnic Albanians … in Serbia",
     * "near Macedonia's border"): event coders code an ethnic group by its country of residence, not by the
     * state its name recalls. Null when the sentence names no other country as a place.
     */
    private String residence(Context c, String ethnicCountry) {
        Tokens t = c.t();
        for (Mention m : c.a().mentions()) {
            if (m.sentence() != c.sentence().index() || m.type() != MentionType.LOCATION) {
                continue;
            }
            String country = m.country() != null ? m.country() : gazetteer.countryOfPlace(m.canonical());
            if (country == null || country.equals(ethnicCountry)) {
                continue;
            }
            int i = t.endingBy(m.start());
            String w = t.get(i);
            if (w.equals("southern") || w.equals("northern") || w.equals("eastern") || w.equals("western")
                    || w.equals("central") || w.endsWith("ern") || w.equals("the")) {
                w = t.get(i - 1);
            }
            if (PLACE_PREPOSITIONS.contains(w) || w.equals("near")) {
                return country;
            }
        }
        return null;
    }

    private List<EventActor> firstPerson(Resolved r, EntityRegistry registry, String body, Sentence s,
                                         List<ActorUnits.Unit> units) {
        for (ActorUnits.Unit u : units) {
            if (ActorUnits.type(r.annotated(), u) == MentionType.PERSON) {
                Context c = new Context(r, registry, body, s, new Tokens(body, s.start(), s.end()), units, null,
                        List.of(), new HashMap<>());
                return actors(c, List.of(u));
            }
        }
        return null;
    }

    // ---- mode, location, date (status: Modality) ----

    private String meetingMode(String cameo, String mode, Tokens t, Context c) {
        switch (cameo) {
            case "041":
                return "phone";
            case "042":
                return "visit";
            case "043":
                return "host";
            case "044":
                return "third_party";
            default:
                break;
        }
        if (mode != null && !mode.equals("in_person")) {
            return mode;
        }
        for (String w : t.lower) {
            switch (w) {
                case "videoconference", "video-conference", "videoconferencing", "virtual", "online", "zoom",
                     "teleconference" -> {
                    return "video";
                }
                case "phone", "telephone" -> {
                    return "phone";
                }
                default -> {
                }
            }
        }
        if (t.lower.contains("summit") || t.lower.contains("conference") || t.lower.contains("forum")) {
            long countries = c.a().mentions().stream().filter(x -> x.sentence() == c.sentence().index())
                    .map(Mention::country).filter(x -> x != null).distinct().count();
            if (countries >= 3) {
                return "multilateral";
            }
        }
        return mode == null ? (cameo.startsWith("04") && cameo.length() == 3 && cameo.compareTo("045") >= 0 ? null
                : "in_person") : mode;
    }

    private String location(Context c, Match m, List<ActorUnits.Unit> targets, String cameo) {
        if (cameo.equals("042")) {
            for (ActorUnits.Unit u : targets) {
                if (ActorUnits.type(c.a(), u) == MentionType.LOCATION) {
                    return c.a().mentions().get(u.anchor()).text();
                }
            }
        }
        Tokens t = c.t();
        int from = m.last() + 1;
        for (int i = from; i < Math.min(t.size(), from + 14); i++) {
            if (t.get(i).equals(";")) {
                break;
            }
            if (t.get(i).equals("in") || (t.get(i).equals("at") && !t.get(i + 1).equals("the"))) {
                int at = t.start.get(Math.min(t.size() - 1, i + 1));
                for (Mention mm : c.a().mentions()) {
                    if (mm.sentence() == c.sentence().index() && mm.type() == MentionType.LOCATION && mm.start() == at) {
                        return mm.text();
                    }
                }
            }
        }
        return null;
    }

    private EventDate date(Context c, int headStart) {
        Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : c.a().mentions()) {
            if (m.sentence() != c.sentence().index() || m.type() != MentionType.DATE) {
                continue;
            }
            int d = m.start() >= headStart ? m.start() - headStart : headStart - m.end();
            if (d < bestDist) {
                bestDist = d;
                best = m;
            }
        }
        if (best == null) {
            return null;
        }
        String phrase = best.text();
        Tokens t = c.t();
        int i = t.endingBy(best.start());
        String prev = t.get(i);
        if (Set.of("from", "on", "since", "between", "until", "till", "by", "in", "during").contains(prev)) {
            phrase = c.body().substring(t.start.get(i), best.end());
        }
        return dates.resolve(phrase, c.anchor()).orElse(null);
    }
}
