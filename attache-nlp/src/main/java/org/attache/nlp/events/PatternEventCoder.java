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
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.IntPredicate;
import org.attache.api.Annotated;
import org.attache.api.Evidence;
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
import org.attache.nlp.dates.EventDateResolver;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Code stage without a parser: trigger phrases of a {@link VerbLexicon} found over the sentence's tokens,
 * actors from the sentence's own mentions (persons with their offices, organisations, places, demonyms).
 *
 * <p>Per sentence: the main event is the first verbal trigger (else the first nominal one); a later verbal
 * trigger coordinated with it ("…, and met with") is an event of its own that keeps the main source; a nominal
 * trigger followed by "between A and B" or "with B" ("phone talks between A and B") is one too. Triggers in the
 * main trigger's complement ("agreed to cooperate") are not: the outer verb codes the sentence, as in CAMEO.
 * A nominal act whose own phrase names both sides ("denounced a U.S. attack on an Iranian platform") is.
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
 *
 * <p>Its parts: {@link TriggerMatcher} finds the triggers (and tags or parses the sentences that need it),
 * {@link ClauseReading} reads the clause around one, {@link ActorPhrases} and {@link ActorBinding} bind its
 * actors, {@link Modality} gives its status, {@link EventCircumstances} its mode, location and date. This
 * class reads each sentence's triggers in order and puts an event together from those readings.
 */
public final class PatternEventCoder implements EventCoder {
    private static final Logger LOG = LoggerFactory.getLogger(PatternEventCoder.class);
    /** The object side starts within this many tokens of the trigger ("agreed to provide aid for Romania"). */
    private static final int MAX_TARGET_GAP = 14;
    private static final Set<PloverType> DOMESTIC = Set.of(PloverType.PROTEST, PloverType.COERCE,
            PloverType.MOBILIZE, PloverType.ASSAULT, PloverType.THREATEN);
    private static final Set<PloverType> SYMMETRIC = Set.of(PloverType.CONSULT, PloverType.AGREE,
            PloverType.COOPERATE);
    private static final Set<PloverType> COOPERATIVE = Set.of(PloverType.AGREE, PloverType.CONSULT,
            PloverType.SUPPORT, PloverType.COOPERATE, PloverType.AID, PloverType.CONCEDE, PloverType.RETREAT);
    /** Types told by saying something: their date may be that of what is said ("agreed to meet next month"). */
    private static final Set<PloverType> SAYING = Set.of(PloverType.AGREE, PloverType.REQUEST, PloverType.THREATEN,
            PloverType.REJECT, PloverType.ACCUSE, PloverType.SUPPORT);
    private static final Set<PloverType> FORCE = Set.of(PloverType.ASSAULT, PloverType.COERCE,
            PloverType.SANCTION, PloverType.MOBILIZE, PloverType.PROTEST);

    private final CameoPlover table;
    private final CountryGazetteer gazetteer;
    private final ActorPhrases phrases;
    private final boolean syntaxEnabled;
    private final ActorSources sources;
    private final TriggerMatcher triggers;
    private final ActorBinding binding;
    private final EventCircumstances circumstances;

    /**
     * @param lexicon    trigger phrases
     * @param dictionary an external actor dictionary consulted for actors the article cannot place, or null
     */
    public PatternEventCoder(VerbLexicon lexicon, ActorDictionary dictionary) {
        this(lexicon, dictionary, true);
    }

    /**
     * @param lexicon    trigger phrases
     * @param dictionary an external actor dictionary consulted for actors the article cannot place, or null
     * @param syntax     false to code without the tagger and parser (patterns alone), for comparison
     */
    public PatternEventCoder(VerbLexicon lexicon, ActorDictionary dictionary, boolean syntax) {
        this.syntaxEnabled = syntax;
        this.table = CameoPlover.standard();
        this.gazetteer = CountryGazetteer.standard();
        this.phrases = new ActorPhrases(dictionary, gazetteer);
        this.sources = new ActorSources(dictionary);
        this.triggers = new TriggerMatcher(lexicon);
        this.binding = new ActorBinding(gazetteer, phrases);
        this.circumstances = new EventCircumstances(new EventDateResolver());
    }

    /** Loads the tagger and parser now when this coder uses them (else on the first sentence that needs them). */
    public void prepare() {
        if (syntaxEnabled) {
            Syntax.get();
        }
    }

    /** Sentences tagged and parsed ahead of {@link #code}, by article and sentence; taken when coded. */
    private final Map<String, Syntax.Analysis> prepared = new java.util.concurrent.ConcurrentHashMap<>();
    /** Prepared sentences kept at most: beyond it (articles prepared but never coded) the store starts over. */
    private static final int MAX_PREPARED = 20_000;

    /**
     * Tags and parses, ahead of coding and on the calling thread, the sentences {@link #code} will need: in the
     * ingest pipeline the workers do it beside annotation, so the single thread that resolves, codes and stores
     * does not. Coding without it computes the same on the spot.
     */
    @Override
    public void prepare(Annotated a) {
        prepare(a, sentence -> true);
    }

    /** {@link #prepare(Annotated)}, parsing only the sentences {@code kept} accepts (see {@link #code(Resolved,
     * EntityRegistry, IntPredicate)}). */
    @Override
    public void prepare(Annotated a, IntPredicate kept) {
        analyse(a, kept, (s, syntax) -> remember(a, s, syntax));
    }

    /**
     * The work {@link #prepare(Annotated, IntPredicate)} does, returned as data instead of held by this coder: for a
     * caller that codes the article in another process (a Spark executor prepares, the driver codes; see
     * {@link #adopt}). Pure: keeps nothing. Null when this coder does not use the tagger and parser.
     */
    public PreparedSyntax prepared(Annotated a, IntPredicate kept) {
        if (!syntaxEnabled) {
            return null;
        }
        List<PreparedSyntax.SentenceSyntax> out = new ArrayList<>();
        analyse(a, kept, (s, syntax) -> out.add(PreparedSyntax.SentenceSyntax.of(s, syntax)));
        return new PreparedSyntax(out);
    }

    /**
     * Hands this coder what {@link #prepared} computed for {@code a} (here or in another process), so that the next
     * {@link #code} of {@code a} takes it instead of tagging and parsing again. A sentence whose offsets differ from
     * {@code a}'s is ignored (coded on the spot).
     */
    public void adopt(Annotated a, PreparedSyntax syntax) {
        if (!syntaxEnabled || syntax == null) {
            return;
        }
        List<Sentence> sentences = a.sentences();
        for (PreparedSyntax.SentenceSyntax p : syntax.sentences()) {
            Sentence s = p.index() >= 0 && p.index() < sentences.size() ? sentences.get(p.index()) : null;
            if (s == null || s.index() != p.index()) {
                s = sentences.stream().filter(x -> x.index() == p.index()).findFirst().orElse(null);
            }
            if (s != null && s.start() == p.start() && s.end() == p.end()) {
                remember(a, s, p.analysis());
            }
        }
    }

    /** Sentences prepared or adopted and not yet coded (for tests). */
    int held() {
        return prepared.size();
    }

    private void remember(Annotated a, Sentence s, Syntax.Analysis syntax) {
        if (prepared.size() > MAX_PREPARED) {
            prepared.clear();
        }
        prepared.put(key(a, s), syntax);
    }

    /** Tags and parses the sentences {@link #code} will need, each handed to {@code sink}. */
    private void analyse(Annotated a, IntPredicate kept, BiConsumer<Sentence, Syntax.Analysis> sink) {
        if (!syntaxEnabled) {
            return;
        }
        String body = a.article().bodyText();
        for (Sentence s : a.sentences()) {
            Tokens t = new Tokens(body, s.start(), s.end());
            List<ActorUnits.Unit> units = ActorUnits.of(a, s.index(), body);
            if (units.isEmpty()) {
                continue;
            }
            List<Match> matches = TriggerMatcher.outsideNames(triggers.matches(t, units, null), t, a, s.index());
            if (matches.isEmpty()) {
                continue;
            }
            sink.accept(s, triggers.analyse(a, s, t, units, matches, kept.test(s.index())));
        }
    }

    private static String key(Annotated a, Sentence s) {
        return a.article().id() + '|' + s.index() + '|' + s.start() + '|' + s.end();
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
        return code(resolved, registry, sentence -> true);
    }

    /**
     * Codes every sentence, but parses only those {@code kept} accepts: the caller drops the events of the others
     * (the relevance gate), so their parse, the most costly step, would be wasted. They are still tagged and coded,
     * since their main actor is carried to the next sentence ("he said …"); only where a parse would have changed
     * that actor can the next sentence read differently.
     */
    @Override
    public List<Event> code(Resolved resolved, EntityRegistry registry, IntPredicate kept) {
        Annotated a = resolved.annotated();
        String body = a.article().bodyText();
        LocalDate anchor = EventDateResolver.anchorOf(a.article());
        List<Event> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<EventActor> previousSource = List.of();
        Map<String, String[]> known = new HashMap<>(); // entity id → country, sector seen earlier in the article
        for (Sentence s : a.sentences()) {
            try {
                Tokens t = new Tokens(body, s.start(), s.end());
                List<ActorUnits.Unit> units = ActorUnits.of(a, s.index(), body);
                List<Match> matches = TriggerMatcher.outsideNames(triggers.matches(t, units, null), t, a, s.index());
                Syntax.Analysis syntax = null;
                if (!matches.isEmpty() && !units.isEmpty() && syntaxEnabled) {
                    syntax = prepared.remove(key(a, s));
                    if (syntax == null) {
                        syntax = triggers.analyse(a, s, t, units, matches, kept.test(s.index()));
                    }
                    matches = TriggerMatcher.outsideNames(triggers.matches(t, units, syntax), t, a, s.index());
                }
                List<EventActor> firstSource = null;
                List<Event> sentenceEvents = new ArrayList<>();
                // the main event: the first verbal trigger that codes one, else the first nominal one ("troops arrived
                // in Bosnia" codes no visit, so "the deployment of NATO troops" leads)
                List<Match> order = new ArrayList<>();
                for (Match m : matches) {
                    if (!m.noun()) {
                        order.add(m);
                    }
                }
                for (Match m : matches) {
                    if (m.noun()) {
                        order.add(m);
                    }
                }
                Match main = null;
                List<Event> mainEvents = List.of();
                boolean verbal = !order.isEmpty() && !order.get(0).noun();
                for (Match m : order) {
                    Context c = new Context(resolved, registry, body, s, t, units, anchor, previousSource, known,
                            syntax);
                    // a noun leads instead of a failed verb only with actors of its own ("the battle against
                    // poverty" after "must allocate" is no attack by the allocating side)
                    // "talks between A and B" leads with its own pair, whoever reports it ("he said the talks
                    // between U.S. and EC officials …"); without a pair there the trigger is read as usual
                    List<Event> made = NominalActs.betweenAfter(t, m, syntax) >= 0
                            ? code(c, m, matches, null, true, false) : List.of();
                    if (made.isEmpty()) {
                        made = code(c, m, matches, null, false, verbal && m.noun());
                    }
                    if (!made.isEmpty()) {
                        main = m;
                        mainEvents = made;
                        break;
                    }
                }
                List<EventActor> mainSource = main == null ? null : mainEvents.get(0).source();
                ActorUnits.Unit apposed = main == null ? null : TriggerReadings.appositivePassive(t, units, main, syntax);
                if (apposed != null) {
                    // "Hong Kong, supported by Canada, criticised the bill": the one described acts in the clause
                    mainSource = phrases.actors(new Context(resolved, registry, body, s, t, units, anchor,
                            previousSource, known, syntax), List.of(apposed));
                }
                for (Match m : matches) {
                    boolean isMain = m == main;
                    boolean coordinated = !isMain && main != null && !m.noun() && m.head() > main.last()
                            && ClauseReading.coordinated(t, m.head());
                    boolean between = !isMain && NominalActs.betweenAfter(t, m, syntax) >= 0;
                    // "Tass denounced a U.S. attack on an Iranian platform": the attack is an event of its own
                    ActorUnits.Unit pairActor = isMain || coordinated || between || main == null ? null
                            : TriggerReadings.pairedNounActor(t, units, m, table.typeOf(m.entry().pattern().cameo()));
                    if (pairActor == null && !isMain && !coordinated && !between && main != null) {
                        // "Nakasone leaves on his visit to the United States, weeks after Reagan imposed …"
                        pairActor = NominalActs.possessorActor(t, units, m, table.typeOf(m.entry().pattern().cameo()));
                    }
                    // "will keep its decision to lend to Laos despite protests from Thailand": the complaint too
                    boolean complaintFrom = !isMain && !coordinated && !between && pairActor == null && main != null
                            && m.noun() && table.typeOf(m.entry().pattern().cameo()) == PloverType.PROTEST
                            && !TriggerReadings.protestersAfterFrom(t, units, m).isEmpty()
                            && TriggerReadings.actingDespite(t, units, m) != null; // whom it is aimed at
                    if (!isMain && !coordinated && !between && pairActor == null && !complaintFrom) {
                        continue;
                    }
                    List<Event> made;
                    if (isMain) {
                        made = mainEvents;
                    } else {
                        Context c = new Context(resolved, registry, body, s, t, units, anchor, previousSource, known,
                                syntax);
                        List<EventActor> given = coordinated ? mainSource
                                : pairActor != null ? phrases.actors(c, List.of(pairActor)) : null;
                        made = given != null && given.isEmpty() ? List.of() : code(c, m, matches, given, between, false);
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
                    List<EventActor> persons = phrases.firstPerson(resolved, registry, body, s, units);
                    previousSource = persons == null ? List.of() : persons;
                }
            } catch (RuntimeException e) {
                // a reading that fails on one sentence loses that sentence's events, not the whole article's
                LOG.warn("Event coding skipped sentence {} of {}: {}", s.index(), a.article().id(), e.toString(), e);
            }
        }
        return ActorEvidence.placed(sources.mark(textIds(out), resolved, registry)); // each actor's country with its source
    }

    /**
     * The events with ids that depend on the article's text only: its id, the evidence's start, the CAMEO code and
     * the event's rank among the article's events of that start and code ({@code ev_} + 16 hex digits of SHA-256).
     * The working ids also hash the actors' names, which are the registry's names when the article is coded and so
     * depend on which articles came before; they only tell one event of a sentence from another.
     */
    static List<Event> textIds(List<Event> events) {
        Map<String, Integer> ranks = new HashMap<>();
        List<Event> out = new ArrayList<>(events.size());
        for (Event e : events) {
            String base = e.articleId() + '|' + e.evidence().start() + '|' + e.cameo();
            int rank = ranks.merge(base, 1, Integer::sum);
            out.add(new Event(hash(base + "|#" + rank), e.articleId(), e.type(), e.cameo(), e.mode(), e.context(),
                    e.status(), e.trigger(), e.source(), e.target(), e.location(), e.date(), e.evidence(),
                    e.confidence(), e.storyId(), e.reportedOn()));
        }
        return out;
    }

    /** What coding one sentence reads: the article, its registry, the sentence's tokens and name phrases. */
    record Context(Resolved resolved, EntityRegistry registry, String body, Sentence sentence, Tokens t,
                           List<ActorUnits.Unit> units, LocalDate anchor, List<EventActor> previousSource,
                           Map<String, String[]> known, Syntax.Analysis syntax) {
        Annotated a() {
            return resolved.annotated();
        }
    }

    private List<Event> code(Context c, Match m, List<Match> all, List<EventActor> inherited, boolean nominalPair,
                             boolean ownActorsOnly) {
        Tokens t = c.t();
        String cameo = m.entry().pattern().cameo();
        PloverType type = table.typeOf(cameo);
        if (type == null) {
            return List.of();
        }
        if (m.noun() && cameo.equals("143") && m.entry().pattern().words().size() == 1
                && Set.of("on", "against").contains(t.get(m.last() + 1))) {
            cameo = "190"; // "the strike on the platform": a military strike, not a walkout
            type = table.typeOf(cameo);
        }
        if (cameo.equals("0831")) {
            // a resignation: CAMEO files it under conceding to demands for a change of leader, PLOVER's RETREAT
            // names it (stepping back from office), and so do the project's coding conventions
            type = PloverType.RETREAT;
        }
        String eased = PloverSenses.concession(t, m);
        if (eased != null) {
            cameo = eased; // "decided to allow candidate X to run": a restriction eased, no outside party let in
            type = table.typeOf(cameo);
        }
        PloverType lexical = type; // before negation and intent turn it into REJECT, AGREE or THREATEN
        int headStart = t.start.get(m.head());
        int lastEnd = t.end.get(m.last());
        // the clause: from the previous trigger (or sentence start) to the next one
        int next = c.sentence().end();
        for (Match o : all) {
            if (o.head() > m.last() && !o.noun() && ClauseReading.coordinated(t, o.head())) {
                next = t.start.get(o.head());
                break;
            }
        }
        next = ClauseReading.adjunctStart(t, m, next); // "… following the deaths of two Israelis": no counterpart
        boolean pronoun = false;
        List<ActorUnits.Unit> sourceUnits = new ArrayList<>();
        List<ActorUnits.Unit> targetUnits = new ArrayList<>();
        boolean passive = Modality.passive(t, m);
        List<ActorUnits.Unit> members = List.of();
        List<ActorUnits.Unit> protesters = List.of();
        ActorUnits.Unit giver = null;
        ActorUnits.Unit lent = null;
        int betweenAt = nominalPair ? NominalActs.betweenAfter(t, m, c.syntax()) : -1;
        if (betweenAt >= 0) {
            int pairFrom = t.start.get(betweenAt);
            List<ActorUnits.Unit> pair = phrases.rightList(c, pairFrom, c.sentence().end(), false);
            if (pair.size() < 2 || ClauseReading.tokensBetween(t, pairFrom, pair.get(0).start()) > 4) {
                return List.of();
            }
            sourceUnits.add(pair.get(0));
            targetUnits.addAll(pair.subList(1, pair.size()));
        } else {
            // "a joint meeting of EC finance ministers": the body whose members gather holds it, with no counterpart
            ActorUnits.Unit gathered = type == PloverType.CONSULT && inherited == null
                    ? TriggerReadings.gatheredAfterOf(t, c.units(), m) : null;
            if (gathered != null && ActorBinding.igoOnly(phrases.actors(c, List.of(gathered)))) {
                members = List.of(gathered);
            }
            if (m.noun() && type == PloverType.PROTEST && inherited == null) {
                protesters = TriggerReadings.protestersAfterFrom(t, c.units(), m);
            }
            giver = inherited == null ? NominalActs.agentAfterOf(t, c.units(), m, type) : null;
            lent = giver == null && inherited == null ? NominalActs.giverAfterFrom(t, c.units(), m) : null;
            giver = lent != null ? lent : giver; // "will repay the loan from Egypt": Egypt gives, to the clause's actor
            if (m.noun() && inherited == null && members.isEmpty() && protesters.isEmpty() && giver == null
                    && !TriggerReadings.nounHasActor(t, c.units(), m, type, c.syntax())) {
                return List.of(); // "global economic cooperation", "the subsidy offer remains dormant": a topic
            }
            if (inherited == null) {
                sourceUnits = TriggerReadings.withoutExceptions(t, phrases.leftSource(c, headStart));
                if (ReportedClauses.onlyTheOneTold(t, sourceUnits, m)
                        || ReportedClauses.reportsOthers(t, c.units(), sourceUnits, m)) {
                    // "told Reuters that committee Democrats favor …": Reuters is told; "Baker said all seven
                    // nations were committed …": the nations commit themselves, Baker reports it
                    sourceUnits = new ArrayList<>();
                }
            }
            targetUnits = phrases.rightList(c, t.end.get(m.head()), next, true);
            if (!targetUnits.isEmpty() && ClauseReading.tokensBetween(t, lastEnd, targetUnits.get(0).start()) > MAX_TARGET_GAP) {
                targetUnits = List.of();
            }
            if (passive) {
                List<ActorUnits.Unit> by = phrases.byAgent(c, lastEnd);
                if (!by.isEmpty()) {
                    targetUnits = sourceUnits;
                    sourceUnits = by;
                }
            }
        }
        if (inherited == null && !nominalPair && !FORCE.contains(type) && type != PloverType.RETREAT
                && BackgroundGate.agentlessPassive(t, m, all)) {
            return List.of(); // "was asked about …", "was accused of violating …": the actor is not given
        }
        if (!passive && !nominalPair && !m.noun() && !m.lightVerb() && inherited == null
                && TriggerReadings.reducedPassive(t, c.body(), m, c.syntax())) {
            // "a customs fee imposed by the U.S.": the agent after "by" acts; the patient is the noun, no actor
            List<ActorUnits.Unit> by = phrases.byAgent(c, lastEnd);
            if (by.isEmpty()) {
                return List.of();
            }
            sourceUnits = by;
            targetUnits = List.of();
        }
        // the parse, where there is one, says who is the subject and who the object (the attacker is the source)
        // "EC ministers met on Monday. The ministers are also due to discuss …": the parties named before act
        // ("the ministers", "the two countries" stand for a group: a body or several parties, not one state)
        BackReferences.Kind backKind = inherited == null && !m.noun() && !c.previousSource().isEmpty()
                ? BackReferences.subjectBefore(t, m.head()) : BackReferences.Kind.NONE;
        boolean backReference = backKind == BackReferences.Kind.PRONOUN
                || backKind == BackReferences.Kind.PARTIES
                && (c.previousSource().size() >= 2 || ActorBinding.igoOnly(c.previousSource()));
        // "The World Bank … The Bank rejected …", "Foreign Minister X … The minister said …": a definite
        // description as the subject stands for the actor named earlier with that name or office
        String description = inherited == null && !m.noun() && backKind == BackReferences.Kind.NONE
                ? BackReferences.describedBefore(t, c.body(), m.head()) : null;
        List<EventActor> described = description == null ? null : binding.described(c, description);
        boolean describedCloser = described != null && (sourceUnits.isEmpty()
                || sourceUnits.get(sourceUnits.size() - 1).end() <= t.start.get(m.head() - 1));
        GrammaticalRoles.Roles roles = !nominalPair
                ? GrammaticalRoles.of(c.syntax(), c.units(), headStart, t.start.get(m.last()),
                TriggerMatcher.LIGHT_VERBS.contains(t.get(m.head()))) : null;
        if (roles != null && roles.passive() && roles.source().isEmpty()) {
            roles = null; // an agentless passive ("were demobilised"): the patterns' reading stands
        }
        ActorUnits.Unit apposed = inherited == null && !nominalPair
                ? TriggerReadings.appositivePassive(t, c.units(), m, c.syntax()) : null;
        if (apposed != null) {
            // "Hong Kong, supported by many developing countries, attacked …": Hong Kong is supported, by them
            List<ActorUnits.Unit> by = phrases.byAgent(c, lastEnd);
            if (by.isEmpty()) {
                return List.of(); // the supporters are named by no actor phrase
            }
            sourceUnits = new ArrayList<>(by);
            targetUnits = new ArrayList<>(List.of(apposed));
            roles = null;
        }
        if (!members.isEmpty()) {
            sourceUnits = new ArrayList<>(members);
            targetUnits = List.of();
            roles = null; // the chair or the one who reports is no party to the members' meeting
        }
        if (!protesters.isEmpty()) {
            // "will not change its decision despite protests from Taiwan": Taiwan complains to the clause's actor
            List<ActorUnits.Unit> aimedAt = new ArrayList<>(sourceUnits);
            aimedAt.removeAll(protesters);
            ActorUnits.Unit defier = TriggerReadings.actingDespite(t, c.units(), m);
            if (defier != null && !protesters.contains(defier)) {
                aimedAt = new ArrayList<>(List.of(defier)); // whoever acts despite the protests, not the nearest name
            }
            sourceUnits = new ArrayList<>(protesters);
            targetUnits = aimedAt;
            roles = null;
            cameo = PloverSenses.complaintCode(m);
            type = table.typeOf(cameo);
        }
        if (giver != null) {
            // "the project has the support of the EU": the one after "of" gives it, to the subject that has it
            targetUnits = lent != null || NominalActs.received(t, m) ? new ArrayList<>(sourceUnits) : new ArrayList<>();
            targetUnits.remove(giver);
            sourceUnits = new ArrayList<>(List.of(giver));
            roles = null;
        }
        if (ownActorsOnly && (roles == null || roles.source().isEmpty()) && !m.lightVerb()
                && members.isEmpty() && protesters.isEmpty() && giver == null) {
            return List.of();
        }
        ActorUnits.Unit reporter = null;
        if (roles != null && inherited != null) {
            // an act with its actor given (coordinated, or ordered by someone): the parse only says whom
            if (parseTargetsWin(roles.target(), targetUnits)) {
                targetUnits = new ArrayList<>(roles.target());
            }
            targetUnits = new ArrayList<>(targetUnits);
            targetUnits.removeAll(roles.source()); // "the strike … by U.S. destroyers": who carried it out
        } else if (roles != null) {
            if (!roles.source().isEmpty()) {
                sourceUnits = new ArrayList<>(roles.source());
            } else if (roles.subjectWord() != null && !passive && !FORCE.contains(type) && type != PloverType.THREATEN
                    && !backReference && !describedCloser) {
                // the subject is no actor ("prices declined", "the accord provides …"); a bombing or a blast
                // that kills is still an attack, whose actor the sentence may name elsewhere
                return List.of();
            } else if (roles.pronounSubject() && roles.speaker() != null) {
                reporter = roles.speaker(); // "Reagan said he ordered …"
                sourceUnits = new ArrayList<>(List.of(reporter));
            }
            if (parseTargetsWin(roles.target(), targetUnits)) {
                targetUnits = new ArrayList<>(roles.target());
            }
            targetUnits = new ArrayList<>(targetUnits);
            targetUnits.removeAll(sourceUnits);
        }
        ActorUnits.Unit visitor = inherited == null ? ActorBinding.visitingParticiple(t, m, c.units()) : null;
        if (visitor != null) {
            // "told a visiting Nicaraguan delegation": the delegation visits the clause's subject
            List<ActorUnits.Unit> host = new ArrayList<>(sourceUnits);
            host.remove(visitor);
            sourceUnits = new ArrayList<>(List.of(visitor));
            targetUnits = host;
        }
        if (roles == null && c.syntax() != null && inherited == null && !m.noun() && !sourceUnits.isEmpty()
                && !describedCloser
                && !FORCE.contains(type) && type != PloverType.THREATEN) {
            // unparsed plain clause: "Indian exports declined": the noun before the verb is its subject, a thing
            String subject = ClauseReading.subjectNoun(c, sourceUnits.get(sourceUnits.size() - 1), m);
            if (subject != null && !GrammaticalRoles.agentive(subject)) {
                return List.of();
            }
        }
        if ((roles == null || c.syntax() == null || !c.syntax().parsed()) && inherited == null && !m.noun()
                && !m.lightVerb() && !passive && !FORCE.contains(type) && !describedCloser
                && TriggerReadings.thingSubject(t, c.body(), c.units(), m, c.syntax())) {
            return List.of(); // "net export growth will provide", "a holding company, which would allow"
        }
        if (c.syntax() != null && ClauseReading.TRANSITIVE_HEADS.contains(m.entry().pattern().words().get(0))
                && m.entry().pattern().words().size() == 1 && !m.noun()
                && String.valueOf(c.syntax().tagAt(headStart)).startsWith("VB")
                && !(roles != null && roles.hasComplement()) && apposed == null
                && !ClauseReading.objectFollows(c, m)) {
            return List.of(); // "prices declined", "returned home": not the sense the lexicon codes
        }
        if ("070".equals(cameo) && m.entry().pattern().words().equals(List.of("give")) && inherited == null) {
            // "give" aids only when what is given is help: "gave no date", "did not give details", "gave the bill
            // top priority" give nothing; "gave Tokyo a clear warning" threatens
            String given = ClauseReading.givenThing(t, m);
            if (given == null) {
                return List.of();
            }
            if (!given.equals("aid")) {
                cameo = "130";
                type = PloverType.THREATEN;
            }
        }
        // a journey ("arrived in Hanoi", "is expected here", "will go to Moscow"): the place reached is the host,
        // and without a place the words are no visit ("is expected in March", "went to the polls")
        EventActor herePlace = null;
        List<ActorUnits.Unit> senders = List.of();
        if (ClauseReading.motionVisit(m)) {
            if (m.entry().pattern().words().get(m.entry().pattern().words().size() - 1).equals("here")) {
                herePlace = binding.datelinePlace(c);
                if (herePlace == null) {
                    return List.of();
                }
                targetUnits = List.of();
            } else {
                ActorUnits.Unit place = phrases.placeRightAfter(c, lastEnd);
                if (place == null) {
                    return List.of();
                }
                targetUnits = List.of(place);
                if (ClauseReading.returning(m) && sourceUnits.stream().anyMatch(u -> u.anchor() < 0)) {
                    return List.of(); // "refugees returned from Thailand": people going home, no visitor
                }
            }
            if (ClauseReading.SENDING.contains(m.entry().pattern().words().get(0))) {
                // "is sending Secretary of State George Shultz to Moscow": the one sent travels, for the sender
                senders = sourceUnits;
                sourceUnits = new ArrayList<>();
                for (ActorUnits.Unit u : c.units()) {
                    if (u.start() >= t.end.get(m.head()) && u.end() <= t.start.get(m.last())) {
                        sourceUnits.add(u);
                    }
                }
                if (sourceUnits.isEmpty() || inherited != null) {
                    return List.of();
                }
            }
        }
        // "NATO peacekeeping troops have arrived in Bosnia": the journey delivers the aid its travellers are
        Match aidTravelling = inherited == null ? ClauseReading.travellingAid(t, m, all, table) : null;
        if (aidTravelling != null) {
            cameo = aidTravelling.entry().pattern().cameo();
            type = table.typeOf(cameo);
            lexical = type;
        }
        sourceUnits = binding.withoutVenueSources(c, sourceUnits); // "the Venice summit": the host city is no party
        boolean speakerOutside = false;
        List<EventActor> speakerFirst;
        List<EventActor> source;
        if (inherited != null) {
            source = inherited;
        } else if (reporter != null) {
            source = phrases.actors(c, sourceUnits);
        } else if (describedCloser && (roles == null || roles.source().isEmpty())) {
            source = described;
        } else if (phrases.firstPersonCloser(c, headStart, sourceUnits)
                && (speakerFirst = binding.quotedSpeaker(c, m)) != null) {
            source = speakerFirst; // '"I assured X that I support …," Y said': Y acts
            pronoun = true;
            speakerOutside = true; // the quotation's countries are what Y speaks of, not Y's own
        } else if (sourceUnits.isEmpty() || phrases.pronounCloser(c, headStart, sourceUnits)) {
            List<EventActor> speaker;
            if (phrases.speakerOfPronoun(c, headStart, sourceUnits)) {
                source = phrases.actors(c, sourceUnits); // "Reagan has said repeatedly that he opposes": Reagan
                pronoun = true;
            } else if (phrases.pronounBefore(c, headStart) && !c.previousSource().isEmpty()) {
                source = c.previousSource();
                pronoun = true;
            } else if (sourceUnits.isEmpty() && (speaker = binding.quotedSpeaker(c, m)) != null) {
                source = speaker; // '"… we call for the release of …," it added': the one quoted acts
                pronoun = true;
            } else if (sourceUnits.isEmpty() && backReference) {
                source = c.previousSource();
                pronoun = true;
            } else if (sourceUnits.isEmpty()) {
                return List.of();
            } else {
                source = phrases.actors(c, sourceUnits);
            }
        } else {
            source = phrases.actors(c, sourceUnits);
        }
        Match ordered = ClauseReading.orderedAct(c, m, all);
        if (ordered != null && inherited == null) {
            // "Reagan said he ordered the strike on the platform", "ordered troops to attack the town": the act
            // ordered, by the one who orders it
            return code(c, ordered, all, source, false, false);
        }
        String complaint = type == PloverType.PROTEST ? PloverSenses.complaint(t, m, source) : null;
        String dispersing = complaint == null && type == PloverType.ASSAULT ? PloverSenses.dispersing(t, m) : null;
        if (complaint != null) {
            cameo = complaint; // "the ministry protested that …", "a rights group protested": a complaint, not a rally
            type = table.typeOf(cameo);
            int comma = inherited == null ? PloverSenses.reportBreak(t, m) : -1;
            if (comma >= 0) {
                // "The blockade violates the law, the Macedonian government protested": the one who protests is
                // named after the break, the complaint is about the actor the reported words begin with
                int after = t.end.get(comma);
                int before = t.start.get(comma);
                List<ActorUnits.Unit> speakers = sourceUnits.stream().filter(u -> u.start() >= after).toList();
                if (speakers.isEmpty()) {
                    return List.of(); // "…, a rights group protested": the protester is not named as an actor
                }
                source = phrases.actors(c, speakers);
                if (targetUnits.isEmpty()) {
                    targetUnits = c.units().stream().filter(u -> u.end() <= before).limit(1).toList();
                }
            }
        } else if (dispersing != null) {
            cameo = dispersing; // "police opened fire to disperse demonstrators": repression of a crowd
            type = table.typeOf(cameo);
        }
        if (!senders.isEmpty()) {
            String senderCountry = null;
            for (EventActor x : phrases.actors(c, senders)) {
                senderCountry = senderCountry != null ? senderCountry : x.country();
            }
            source = ActorBinding.placeUnplaced(source, senderCountry);
        }
        if (m.noun() && type == PloverType.CONSULT && inherited == null && ClauseReading.statementSetting(t, m)) {
            return List.of(); // "told delegates at the meeting that …", "said at a news conference": a statement
        }
        if (type == PloverType.CONSULT
                && (inherited == null && BackgroundGate.meetingTalkedAbout(t, m) || BackgroundGate.meetSatisfies(t, m))) {
            return List.of(); // "found today's meeting useful", "to meet demand": no meeting reported
        }
        if (inherited == null && TriggerReadings.unsettled(t, m)) {
            return List.of(); // "reserved his reply on whether to accept", "no plans for an emergency meeting"
        }
        if (UnstatedActs.noAct(t, c.body(), c.units(), m, c.syntax())) {
            return List.of(); // "declined to comment", "asked whether", "agreed with the outlook": no act (acts14l)
        }
        if ("043".equals(cameo) && m.entry().pattern().words().get(0).equals("receive") && !m.noun()
                && !TriggerReadings.actorRightAfter(t, c.units(), m)) {
            return List.of(); // "will receive a grant", "received strong criticism": no guest received
        }
        if (inherited == null && type != PloverType.CONSULT && Modality.aspired(t, m)) {
            return List.of(); // "is keen to reach an agreement", "hopes the visit will resolve …": a hope, no act
        }
        // status, negation and intent
        EventStatus status = Modality.status(t, m);
        boolean saidOfFuture = false; // a threat or refusal made now about a future act: its date looks forward
        if (status == EventStatus.OCCURRED && m.noun()) {
            status = Modality.statusAfterNoun(t, m); // "the talks will resume", "a visit is expected"
        }
        if (status == EventStatus.OCCURRED && m.noun() && type == PloverType.CONSULT
                && NominalActs.scheduledDeparture(t, m)) {
            status = EventStatus.PLANNED; // "leaves on his visit to Washington on Wednesday": a timetable
        }
        if (status == EventStatus.OCCURRED && Modality.ahead(t, m)) {
            status = EventStatus.PLANNED; // "ahead of today's meeting of G5 ministers": still to come
        }
        if (inherited == null && ReportedClauses.opinion(t, m, status)) {
            return List.of(); // "analysts said China could …", "economists believe Japan will …": a view
        }
        if (status == EventStatus.PLANNED && ClauseReading.returning(m)) {
            status = EventStatus.ONGOING; // "will return from Paris on Friday": the visit is under way
        }
        if (status == EventStatus.ONGOING && !senders.isEmpty()) {
            status = EventStatus.PLANNED; // "is sending its foreign minister to Brasilia": a trip announced
        }
        if (status == EventStatus.OCCURRED && ClauseReading.ANNOUNCING_HEADS.contains(t.get(m.head()))) {
            status = EventStatus.PLANNED;
        }
        if (status == EventStatus.OCCURRED && ClauseReading.PROMISE_HEADS.contains(m.entry().pattern().words().get(0))) {
            status = EventStatus.PROMISED; // "pledged to provide aid": the aid is promised
        }
        boolean negated = Modality.negated(t, m);
        String mode = cameo.equals(m.entry().pattern().cameo()) ? m.entry().mode() : table.modeOf(cameo);
        if (negated && COOPERATIVE.contains(type)) {
            if (type != PloverType.CONSULT && status == EventStatus.PLANNED && Modality.future(t, m)) {
                status = EventStatus.OCCURRED; // "insisted it would not yield": the refusal is made as it is said
                saidOfFuture = true;
            }
            cameo = Modality.rejectCode(type);
            type = PloverType.REJECT;
            mode = null;
        } else if (negated) {
            status = EventStatus.DENIED;
        }
        boolean obliged = Modality.obliged(t, m);
        boolean mustDemand = false;
        if (t.get(m.head()).equals("must")) {
            // "must" on its own is a demand only when someone says another actor must act ("Mubarak said the
            // US must be ready …", "Japan must open its markets, Baker said"); "prices must fall" is none
            Syntax.Analysis a = c.syntax();
            int mi = a == null || !a.parsed() ? -1 : a.tokenAt(headStart);
            int verb = mi < 0 ? -1 : a.heads[mi];
            if (verb < 0 || negated) {
                return List.of();
            }
            ActorUnits.Unit sayer = GrammaticalRoles.reportingSubject(a, c.units(), verb);
            List<ActorUnits.Unit> bound = GrammaticalRoles.subjectUnits(a, c.units(), verb);
            if (sayer == null || bound.isEmpty() || bound.contains(sayer)) {
                return List.of();
            }
            source = phrases.actors(c, List.of(sayer));
            targetUnits = bound;
            mustDemand = true;
        }
        if (obliged && inherited == null && !negated && !mustDemand) {
            // "X said Y must cooperate": a demand by the speaker on Y (CAMEO 10)
            List<ActorUnits.Unit> obligedUnits = sourceUnits;
            ActorUnits.Unit speaker = c.units().isEmpty() ? null : c.units().get(0);
            if (speaker != null && !obligedUnits.isEmpty() && speaker != obligedUnits.get(0)
                    && speaker.end() <= obligedUnits.get(0).start()) {
                source = phrases.actors(c, List.of(speaker));
                targetUnits = obligedUnits;
            }
        }
        if (obliged && inherited == null && !negated) {
            cameo = "100";
            type = PloverType.REQUEST;
            mode = null;
            status = EventStatus.OCCURRED;
        }
        // a meeting or visit announced, expected or possible stays CONSULT with that status; only a reported
        // agreement to meet ("agreed to meet", "accepted an invitation") is AGREE 036, from the lexicon
        if ("043".equals(cameo) && (m.entry().pattern().words().get(0).equals("welcome"))
                && (targetUnits.isEmpty()
                || ActorUnits.type(c.a(), targetUnits.get(0)) != MentionType.PERSON
                || ActorPhrases.possessive(c, targetUnits.get(0)))) {
            cameo = "051"; // welcomed a decision, not a guest
            type = PloverType.SUPPORT;
            mode = null;
        }
        Match threatened = inherited == null ? Modality.conditionalThreat(t, m, all, table) : null;
        if (threatened != null) { // "agreed to impose tariffs unless Tokyo opens its market": a threat (acts14l)
            cameo = Modality.threatCode(table.typeOf(threatened.entry().pattern().cameo()), threatened.entry().pattern().cameo());
            type = PloverType.THREATEN;
            mode = null;
            status = EventStatus.OCCURRED;
            saidOfFuture = true;
        }
        boolean conditional = t.lower.subList(m.last(), t.size()).contains("unless");
        if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && conditional
                && type != PloverType.AGREE && type != PloverType.REQUEST) {
            cameo = "130"; // "will withdraw … unless": a threat, made as it is said
            type = PloverType.THREATEN;
            mode = null;
            status = EventStatus.OCCURRED;
            saidOfFuture = true;
        } else if ((status == EventStatus.PLANNED || status == EventStatus.PROMISED) && type != PloverType.CONSULT
                && COOPERATIVE.contains(type) && type != PloverType.AGREE && !cameo.equals("0831")) {
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
            status = EventStatus.OCCURRED; // "would impose sanctions if …": the threat is made as it is said
            saidOfFuture = true;
        } else if (type == PloverType.REJECT && status == EventStatus.PLANNED && Modality.future(t, m)
                && lexical == PloverType.REJECT) {
            status = EventStatus.OCCURRED; // "indicated he would veto the proposal": a refusal stated now
            saidOfFuture = true;
        }
        if ("044".equals(cameo)) {
            // "met in Cairo": a third location only when it is no party's country
            ActorUnits.Unit place = phrases.placeRightAfter(c, lastEnd);
            String where = place == null ? null : ActorCoding.country(c.a(), place, gazetteer);
            Set<String> parties = new HashSet<>();
            for (EventActor x : source) {
                parties.add(x.country());
            }
            for (EventActor x : phrases.actors(c, targetUnits)) {
                parties.add(x.country());
            }
            if (where == null || parties.contains(where)) {
                cameo = "040";
                mode = "in_person";
            }
        }
        if (type == PloverType.CONSULT) {
            mode = circumstances.meetingMode(cameo, mode, t, c);
        } else if (mode == null || mode.equals("-")) {
            mode = table.modeOf(cameo);
        }
        String context = table.contextOf(cameo);
        String location = circumstances.location(c, m, targetUnits, cameo);
        boolean future = saidOfFuture || status == EventStatus.PLANNED || status == EventStatus.POSSIBLE
                || status == EventStatus.PROMISED || status == EventStatus.DENIED && Modality.future(t, m);
        EventDate date = circumstances.date(c, m, headStart, future);
        if (date != null && c.anchor() != null && date.start().year() != null
                && (status == EventStatus.OCCURRED || status == EventStatus.ONGOING)
                && !SAYING.contains(type) && EventCircumstances.startsAfter(date.start(), c.anchor())) {
            status = EventStatus.PLANNED; // "is sending him to Moscow next month": dated after the report
        }
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
            ActorUnits.Unit place = phrases.placeAfter(c, headStart, next);
            if (place != null) {
                targetUnits = List.of(place);
            }
        }
        targetUnits = binding.withoutNonParties(c, targetUnits, type, headStart); // no region, document, reporter
        List<Event> out = new ArrayList<>();
        List<List<EventActor>> targets = new ArrayList<>();
        String soleForSource = binding.soleCountry(c, binding.bareCountries(c, targetUnits));
        String soleForTarget = binding.soleCountry(c, binding.bareCountries(c, sourceUnits));
        // the source by what the sentence says of it, not by the scene of another clause ("Y, kidnapped in Iraq")
        String namedSource = binding.soleCountry(c, binding.counterpartMentions(c, targetUnits, type), headStart);
        for (ActorUnits.Unit u : targetUnits) {
            List<EventActor> one = ActorBinding.placeUnplaced(phrases.actors(c, List.of(u)), soleForTarget);
            ActorUnits.Unit partner = targetUnits.size() == 1 && sameCountries(one, source)
                    ? NominalActs.pairPartner(t, c.body(), c.units(), u) : null;
            if (partner != null) {
                one = phrases.actors(c, List.of(partner)); // "Reagan's endorsement of U.S./Canada free trade"
            }
            if (!one.isEmpty() && !ActorBinding.sameActors(one, source)) {
                targets.add(one);
            }
        }
        if (herePlace != null) {
            targets.add(List.of(herePlace));
        }
        if (targets.isEmpty() && inherited == null && ActorEvidence.DIRECTED.contains(type)) {
            // "Brazil told Japan it would retaliate": an act announced to someone is aimed at the one told
            ActorUnits.Unit told = ReportedClauses.addressee(t, c.units(), m);
            List<EventActor> one = told == null ? List.of() : phrases.actors(c, List.of(told));
            if (!one.isEmpty() && !ActorBinding.sameActors(one, source)) {
                targets.add(one);
            }
        }
        if (aidTravelling == null && ClauseReading.motionVisit(m) && (source.stream().anyMatch(x -> "MIL".equals(x.sector()) || "REB".equals(x.sector()))
                || sourceUnits.stream().anyMatch(u -> ActorBinding.militaryWords(u.words())))) {
            return List.of(); // troops arriving somewhere are deployed, not visiting
        }
        String hostCountry = soleForSource;
        boolean visitorFromHost = cameo.startsWith("042") && hostCountry != null
                && targets.stream().flatMap(List::stream).anyMatch(x -> hostCountry.equals(x.country()));
        // the visitor comes from elsewhere: the host's country says nothing of theirs
        source = ActorBinding.placeUnplaced(source, visitorFromHost || speakerOutside ? null : soleForSource,
                visitorFromHost || speakerOutside ? null : namedSource);
        if (targets.isEmpty() && type == PloverType.PROTEST && inherited == null && soleForTarget != null
                && !source.isEmpty() && source.stream().allMatch(x -> soleForTarget.equals(x.country()))) {
            // "Algerian landowners began a hunger strike to demand …": a protest within one country is aimed
            // at that country's government when the sentence names no other target
            String name = CountryGazetteer.englishName(soleForTarget);
            targets.add(List.of(new EventActor(null, (name == null ? soleForTarget : name) + " government",
                    soleForTarget, "GOV")));
            base -= 0.1;
        }
        if (ActorBinding.companiesOnly(source) && targets.stream().allMatch(ActorBinding::companiesOrNobody)) {
            // "the shareholders agreed", "the airline held talks with a bank": acts between companies (or of one)
            // are no state events unless a state or an international body is a party
            return List.of();
        }
        if (targets.isEmpty()) {
            if (type == PloverType.CONSULT && source.size() < 2 && !(source.size() == 1
                    && source.get(0).country() != null && ActorCoding.isIgo(source.get(0).country()))) {
                // a meeting needs two parties: "the cabinet met" is no CONSULT event; an international body's
                // members meeting ("EC foreign ministers will meet") are its parties
                return List.of();
            }
            if (type == PloverType.CONSULT && source.size() == 2 && source.get(0).country() != null
                    && source.get(1).country() != null && !source.get(0).country().equals(source.get(1).country())) {
                // "Shultz and Shevardnadze will meet": the two meet each other
                targets.add(List.of(source.get(1)));
                source = List.of(source.get(0));
            } else {
                targets.add(List.of());
            }
        }
        for (List<EventActor> target : targets) {
            double conf = Math.min(0.95, base + (target.isEmpty() ? 0 : 0.15));
            out.add(event(c, type, cameo, mode, context, status, trigger, source, target, location, date,
                    evidence, conf));
        }
        // a visit at someone's invitation, or hosted by someone: the host's side too (CAMEO 043)
        if ("042".equals(cameo)) {
            List<ActorUnits.Unit> host = phrases.hostAfter(c, lastEnd);
            if (!host.isEmpty()) {
                List<EventActor> hostActors = phrases.actors(c, host);
                out.add(event(c, PloverType.CONSULT, "043", "host", table.contextOf("043"), status, trigger,
                        hostActors, source, location, date, evidence, Math.min(0.9, base + 0.1)));
            }
        }
        return out;
    }

    /** Whether both sides are of the same one country (each actor with a country, all of them equal). */
    private static boolean sameCountries(List<EventActor> a, List<EventActor> b) {
        Set<String> countries = new HashSet<>();
        for (EventActor x : a) {
            countries.add(x.country());
        }
        for (EventActor x : b) {
            countries.add(x.country());
        }
        return !a.isEmpty() && !b.isEmpty() && countries.size() == 1 && !countries.contains(null);
    }

    /**
     * Whether the parse's objects replace the patterns' reading of whom: yes, unless the parse found only some of
     * the coordinated list the patterns read after the trigger ("met A, B, C and D"), where a long list's
     * attachments are the parser's weak spot and the list is the better reading.
     */
    static boolean parseTargetsWin(List<ActorUnits.Unit> parsed, List<ActorUnits.Unit> read) {
        return !parsed.isEmpty() && !(read.size() > parsed.size() && read.containsAll(parsed));
    }

    private Event event(Context c, PloverType type, String cameo, String mode, String context, EventStatus status,
                        String trigger, List<EventActor> source, List<EventActor> target, String location,
                        EventDate date, Evidence evidence, double conf) {
        String id = id(c.a().article().id(), evidence.start(), cameo, source, target);
        return new Event(id, c.a().article().id(), type, cameo, mode, context, status, trigger, source, target,
                location, date, evidence, Math.max(0, conf), null, c.anchor());
    }

    static String id(String articleId, int start, String cameo, List<EventActor> source, List<EventActor> target) {
        StringBuilder key = new StringBuilder(articleId).append('|').append(start).append('|').append(cameo);
        for (EventActor a : source) {
            key.append("|s:").append(a.name());
        }
        for (EventActor a : target) {
            key.append("|t:").append(a.name());
        }
        return hash(key.toString());
    }

    private static String hash(String key) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "ev_" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
