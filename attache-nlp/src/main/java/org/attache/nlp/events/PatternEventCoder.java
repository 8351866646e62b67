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
import java.util.function.IntPredicate;
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
import org.attache.api.events.PartialDate;
import org.attache.api.events.PloverType;
import org.attache.api.registry.EntityRegistry;
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
    private static final Set<String> SENDING = Set.of("send", "dispatch");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "may", "might", "shall", "should",
            "must", "can", "'ll", "to");
    /**
     * Verbs whose coded sense needs an object or a clause after them: "declined to comment" and "declined the
     * offer" reject, "prices declined" does not; "returned the hostages" returns, "returned home" does not.
     */
    private static final Set<String> TRANSITIVE_HEADS = Set.of("decline", "return", "offer", "receive", "order",
            "block", "accept", "support", "help", "charge", "pressure", "demand", "release", "free", "grant",
            "provide", "give", "allow", "reject", "refuse");
    /** Heads that announce what they head ("is expected in Moscow", "is due here on Friday"). */
    private static final Set<String> ANNOUNCING_HEADS = Set.of("expected", "due");
    private static final Set<String> PROMISE_HEADS = Set.of("pledge", "promise", "vow", "commit", "offer");
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

    private final VerbLexicon lexicon;
    private final CameoPlover table;
    private final EventDateResolver dates;
    private final CountryGazetteer gazetteer;
    private final ActorPhrases phrases;
    private final boolean syntaxEnabled;
    private final ActorSources sources;

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
        this.lexicon = lexicon;
        this.table = CameoPlover.standard();
        this.dates = new EventDateResolver();
        this.gazetteer = CountryGazetteer.standard();
        this.phrases = new ActorPhrases(dictionary, gazetteer);
        this.sources = new ActorSources(dictionary);
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
            List<Match> matches = outsideNames(matches(t, units, null), t, a, s.index());
            if (matches.isEmpty()) {
                continue;
            }
            if (prepared.size() > MAX_PREPARED) {
                prepared.clear();
            }
            prepared.put(key(a, s), analyse(a, s, t, units, matches, kept.test(s.index())));
        }
    }

    private static String key(Annotated a, Sentence s) {
        return a.article().id() + '|' + s.index() + '|' + s.start() + '|' + s.end();
    }

    /**
     * The tags of a sentence holding a trigger and an actor ("March" the month, "orders" the noun), and its
     * dependency parse when it holds two actors and the patterns' reading is not plain (see {@link #needsParse}).
     * A sentence that will not be parsed is tagged only around its triggers.
     */
    private Syntax.Analysis analyse(Annotated a, Sentence s, Tokens t, List<ActorUnits.Unit> units,
                                    List<Match> matches, boolean mayParse) {
        String body = a.article().bodyText();
        boolean title = titleCase(t, body);
        List<int[]> names = nameSpans(a, s.index());
        int from = s.end();
        int to = s.start();
        for (Match m : matches) {
            // the tagger reads left to right: a trigger early in the sentence gets the sentence's start as context
            int first = m.head() <= 3 * TAG_WINDOW ? 0 : m.head() - TAG_WINDOW;
            from = Math.min(from, t.start.get(first));
            to = Math.max(to, t.end.get(Math.min(t.size() - 1, m.last() + TAG_WINDOW)));
        }
        // the window starts at the actor before the first trigger, so the words between are tagged too
        for (ActorUnits.Unit u : units) {
            if (u.end() <= from && u.start() >= s.start()) {
                from = Math.min(from, u.start());
            }
        }
        Syntax.Analysis window = Syntax.get().tag(body, from, to, title, names);
        List<Match> valid = outsideNames(matches(t, units, window), t, a, s.index());
        if (!mayParse || valid.isEmpty() || units.size() < 2 || !needsParse(t, units, valid, window)) {
            return window;
        }
        // a window that already spans the sentence is the sentence's own tagging: tagging it again gives the same
        Syntax.Analysis whole = from == s.start() && to == s.end() ? window
                : Syntax.get().tag(body, s.start(), s.end(), title, names);
        Syntax.get().parse(whole);
        return whole;
    }

    /** The common noun heading the subject between an actor phrase and the verb ("Indian exports declined"). */
    private static String subjectNoun(Context c, ActorUnits.Unit left, Match m) {
        Tokens t = c.t();
        String noun = null;
        for (int i = t.atOrAfter(left.end()); i < m.head(); i++) {
            String tag = String.valueOf(c.syntax().tagAt(t.start.get(i)));
            String w = t.get(i);
            if (insideDate(c, t.start.get(i)) || TEMPORAL.contains(w)) {
                break; // "A top U.S. official today praised …"
            }
            if ((tag.equals("NN") || tag.equals("NNS")) && Character.isLowerCase(c.body().charAt(t.start.get(i)))) {
                noun = w;
            } else if (!tag.equals("JJ")) {
                break;
            }
        }
        return noun;
    }

    private static final Set<String> TEMPORAL = Set.of("today", "yesterday", "tonight", "tomorrow", "now");
    /** Words after a trigger (and before it, when the sentence is long) the tagger sees when it is not parsed. */
    private static final int TAG_WINDOW = 6;
    /** Words that may stand between a subject and its verb in a plain clause ("has", "also", "not"). */
    private static final Set<String> PLAIN_BETWEEN = Set.of("has", "have", "had", "will", "would", "shall",
            "should", "could", "can", "may", "might", "must", "also", "again", "not", "n't", "never", "today",
            "yesterday", "now", "already", "still", "later", "then", "reportedly", "did", "does", "do");

    /**
     * True unless every trigger is a verb whose subject is the actor phrase right before it ("Iraqi warplanes
     * attacked …", "Peru has rejected …"): there the patterns read the sentence as the parse would. A nominal
     * trigger, a passive, a reporting or relative clause, a command or "must" needs the parse.
     */
    private static boolean needsParse(Tokens t, List<ActorUnits.Unit> units, List<Match> matches,
                                      Syntax.Analysis tags) {
        for (Match m : matches) {
            String head = m.entry().pattern().words().get(0);
            if (m.noun() || m.lightVerb() || head.equals("must") || COMMANDS.contains(head) || SENDING.contains(head)
                    || Modality.passive(t, m)) {
                return true;
            }
            int headStart = t.start.get(m.head());
            ActorUnits.Unit left = null;
            for (ActorUnits.Unit u : units) {
                if (u.end() <= headStart) {
                    left = u;
                }
            }
            if (left == null) {
                return true;
            }
            boolean noun = true; // the rest of the subject's noun phrase, then auxiliaries
            for (int i = t.atOrAfter(left.end()); i < m.head(); i++) {
                String w = t.get(i);
                String tag = String.valueOf(tags.tagAt(t.start.get(i)));
                if (noun && (tag.startsWith("NN") && !tag.startsWith("NNP") || tag.equals("JJ"))
                        && Character.isLowerCase(w.charAt(0))) {
                    continue;
                }
                noun = false;
                if (!PLAIN_BETWEEN.contains(w) && !w.endsWith("ly")) {
                    return true;
                }
            }
        }
        return false;
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
            Tokens t = new Tokens(body, s.start(), s.end());
            List<ActorUnits.Unit> units = ActorUnits.of(a, s.index(), body);
            List<Match> matches = outsideNames(matches(t, units, null), t, a, s.index());
            Syntax.Analysis syntax = null;
            if (!matches.isEmpty() && !units.isEmpty() && syntaxEnabled) {
                syntax = prepared.remove(key(a, s));
                if (syntax == null) {
                    syntax = analyse(a, s, t, units, matches, kept.test(s.index()));
                }
                matches = outsideNames(matches(t, units, syntax), t, a, s.index());
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
                List<Event> made = m.noun() && t.get(m.last() + 1).equals("between")
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
            for (Match m : matches) {
                boolean isMain = m == main;
                boolean coordinated = !isMain && main != null && !m.noun() && m.head() > main.last()
                        && coordinated(t, m.head());
                boolean between = !isMain && m.noun() && t.get(m.last() + 1).equals("between");
                if (!isMain && !coordinated && !between) {
                    continue;
                }
                List<Event> made;
                if (isMain) {
                    made = mainEvents;
                } else {
                    Context c = new Context(resolved, registry, body, s, t, units, anchor, previousSource, known,
                            syntax);
                    made = code(c, m, matches, coordinated ? mainSource : null, between, false);
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

    /** Nouns a place name before them names the venue or the name of ("the Venice summit", "the Uruguay Round"). */
    private static final Set<String> VENUE_NOUNS = Set.of("summit", "round", "conference", "talks", "meeting",
            "session", "negotiations", "accord", "accords", "agreement", "process", "declaration", "convention",
            "club", "group");

    /**
     * The recipients without places that only name where a meeting is or what an agreement is called: a city
     * before "summit" or "talks" ("discuss the June Venice summit"), any place before a capitalised name word
     * ("the Uruguay Round", "the Paris Club"). A country before a meeting noun ("U.S. talks") takes part and stays.
     */
    private List<ActorUnits.Unit> withoutVenues(Context c, List<ActorUnits.Unit> units) {
        if (units.isEmpty()) {
            return units;
        }
        Tokens t = c.t();
        List<ActorUnits.Unit> out = new ArrayList<>(units.size());
        for (ActorUnits.Unit u : units) {
            int after = t.atOrAfter(u.end());
            String next = t.get(after);
            boolean venue = false;
            if (VENUE_NOUNS.contains(next) && ActorUnits.type(c.a(), u) == MentionType.LOCATION) {
                boolean nameWord = Character.isUpperCase(c.body().charAt(t.start.get(after)));
                venue = nameWord || gazetteer.countryOfName(u.words()) == null;
            }
            if (!venue) {
                out.add(u);
            }
        }
        return out.size() == units.size() ? units : out;
    }

    private static final Set<String> SPEECH_VERBS = Set.of("told", "tell", "tells", "telling", "said", "say", "says",
            "saying", "addressed", "address", "addressing", "spoke", "speaking", "speaks", "announced", "quoted");
    private static final Set<String> NOUN_PHRASE_WORDS = Set.of("the", "a", "an", "this", "that", "its", "his",
            "her", "their", "same", "informal", "formal", "special", "annual", "joint", "weekly", "monthly",
            "closing", "opening", "final", "recent", "news", "press", "ministerial", "plenary", "emergency");

    /**
     * True when a meeting noun only sets the scene of a statement: "at"/"to" the meeting right after a verb of
     * speaking and its object ("told delegates at the informal meeting", "said at the same meeting",
     * "speaking to a news conference"). The facts conventions: "X told a meeting that …" is a statement.
     */
    static boolean statementSetting(Tokens t, Match m) {
        int i = m.head() - 1;
        while (i >= 0 && (NOUN_PHRASE_WORDS.contains(t.get(i)) || t.get(i).endsWith("'s"))) {
            i--;
        }
        if (i < 0 || !(t.get(i).equals("at") || t.get(i).equals("to") || t.get(i).equals("before"))) {
            return false;
        }
        for (int j = i - 1; j >= Math.max(0, i - 4); j--) {
            String w = t.get(j);
            if (SPEECH_VERBS.contains(w)) {
                return true;
            }
            if (Tokens.isPunct(w)) {
                return false;
            }
        }
        return false;
    }

    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");
    private static final Set<String> SAYING_VERBS = Set.of("said", "says", "added", "adds", "told", "declared",
            "stated", "continued", "quoted");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "he", "she", "they");

    /**
     * The speaker of the quotation a trigger stands in, named after the quotation: an actor ('"…," the ministry
     * said') or a pronoun for the previous sentence's actor ('"…," it added'); null when the trigger is not quoted
     * or no speaker follows. The quotation may have opened in an earlier sentence.
     */
    private List<EventActor> quotedSpeaker(Context c, Match m) {
        Tokens t = c.t();
        int before = 0;
        for (int i = 0; i < m.head(); i++) {
            before += QUOTES.contains(t.get(i)) ? 1 : 0;
        }
        if (before % 2 == 0 && before > 0) {
            return null; // the quotation closed before the trigger
        }
        int close = -1;
        for (int i = m.last() + 1; i < t.size(); i++) {
            if (QUOTES.contains(t.get(i))) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return null;
        }
        for (int i = close + 1; i < Math.min(t.size(), close + 9); i++) {
            if (!SAYING_VERBS.contains(t.get(i))) {
                continue;
            }
            int from = t.end.get(close);
            int to = t.start.get(i);
            if (i == close + 1 || i == close + 2 && t.get(close + 1).equals(",")) {
                // '"…," said the ministry'
                from = t.end.get(i);
                to = t.end.get(Math.min(t.size() - 1, i + 6));
            } else if (SPEAKER_PRONOUNS.contains(t.get(i - 1)) && i - 1 <= close + 2) {
                return c.previousSource().isEmpty() ? null : c.previousSource();
            }
            for (ActorUnits.Unit u : c.units()) {
                if (u.start() >= from && u.end() <= to) {
                    List<EventActor> named = phrases.actors(c, List.of(u));
                    return named.isEmpty() ? null : named;
                }
            }
            return null;
        }
        return null;
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

    /**
     * Non-overlapping trigger matches, longest pattern at each head, in text order. A name phrase between two
     * words of a pattern counts as one word ("sent Secretary of State George Shultz to Moscow").
     */
    List<Match> matches(Tokens t, List<ActorUnits.Unit> units, Syntax.Analysis syntax) {
        List<Match> out = new ArrayList<>();
        boolean[] used = new boolean[t.size()];
        for (int i = 0; i < t.size(); i++) {
            if (used[i]) {
                continue;
            }
            Match best = null;
            String headTag = syntax == null ? null : syntax.tagAt(t.start.get(i));
            for (String lemma : lexicon.lemmasOf(t.get(i))) {
                for (VerbLexicon.Entry e : lexicon.withHead(lemma)) {
                    String tag = headTag;
                    if (tag != null && e.noun() && e.pattern().words().size() > 1 && i + 1 < t.size()) {
                        // "general strike", "courtesy call": the noun is the pattern's last word
                        String lastTag = syntax.tagAt(t.start.get(Math.min(t.size() - 1, i + e.pattern().words().size() - 1)));
                        tag = lastTag == null ? tag : lastTag;
                    }
                    if (e.noun() && !nounForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (!e.noun() && !verbForm(lemma, t.get(i))) {
                        continue;
                    }
                    if (tag != null && !partOfSpeechFits(e, t.get(i), tag)
                            && !(!e.noun() && !tag.startsWith("NNP") && MODALS.contains(t.get(i - 1)))) {
                        continue; // "in March", "new orders", "the return on capital"; "would blockade" is a verb
                    }
                    if (!e.noun() && e.pattern().words().size() == 1 && nounForm(lemma, t.get(i))
                            && hasNoun(lemma) && nounContext(t, i)) {
                        continue; // "the visit", "a protest": the noun reading
                    }
                    int last = follow(t, i, e, used, units);
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

    /**
     * True when the tagger's part of speech allows this reading: a verb pattern needs a verb (a gerund used as
     * a noun, "the killing of", counts; "due" is an adjective), a noun pattern a common noun. A proper noun is a
     * name ("March", "Summit Street"), never a trigger.
     */
    static boolean partOfSpeechFits(VerbLexicon.Entry e, String token, String tag) {
        if (tag.startsWith("NNP")) {
            return false;
        }
        if (e.noun()) {
            return tag.startsWith("NN") || tag.startsWith("VB") && LIGHT_NOUNS_AS_VERBS.contains(token);
        }
        return tag.startsWith("VB") || tag.equals("MD") || tag.equals("JJ") && ANNOUNCING_HEADS.contains(token)
                || tag.startsWith("NN") && token.endsWith("ing");
    }

    /** Nouns the tagger may read as verbs in a headline's compressed syntax ("Ministers Hold Talks"). */
    private static final Set<String> LIGHT_NOUNS_AS_VERBS = Set.of("talks", "visit", "meeting", "protest", "protests",
            "march", "strike", "attack", "attacks", "raid", "raids");

    /** True when most words of the sentence are capitalised, as in a headline ("Brazil Condemns Argentina"). */
    static boolean titleCase(Tokens t, String body) {
        int words = 0;
        int capitalised = 0;
        for (int i = 0; i < t.size(); i++) {
            char ch = body.charAt(t.start.get(i));
            if (Character.isLetter(ch) && t.get(i).length() > 3) {
                words++;
                capitalised += Character.isUpperCase(ch) ? 1 : 0;
            }
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    /** Character spans of the sentence's names, which keep their capitals when a headline is tagged. */
    private static List<int[]> nameSpans(Annotated a, int sentence) {
        List<int[]> out = new ArrayList<>();
        for (Mention m : a.mentions()) {
            if (m.sentence() == sentence && m.type().isEntity()) {
                out.add(new int[] {m.start(), m.end()});
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
    private int follow(Tokens t, int head, VerbLexicon.Entry e, boolean[] used, List<ActorUnits.Unit> units) {
        List<String> w = e.pattern().words();
        int pos = head;
        int window = e.noun() ? 1 : WINDOW;
        for (int k = 1; k < w.size(); k++) {
            int found = -1;
            int limit = Math.min(t.size() - 1, pos + window);
            for (int j = pos + 1; j <= limit; j++) {
                int inName = e.noun() ? -1 : unitEndingAfter(units, t.start.get(j));
                if (inName > t.end.get(j)) {
                    int after = t.atOrAfter(inName);
                    limit = Math.min(t.size() - 1, limit + (after - j - 1)); // the whole name counts as one word
                    j = after - 1;
                    continue;
                }
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

    /** End of the name phrase holding the character at {@code offset}, or -1. */
    private static int unitEndingAfter(List<ActorUnits.Unit> units, int offset) {
        for (ActorUnits.Unit u : units) {
            if (u.start() <= offset && offset < u.end()) {
                return u.end();
            }
        }
        return -1;
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
        List<ActorUnits.Unit> members = List.of();
        List<ActorUnits.Unit> protesters = List.of();
        if (nominalPair && t.get(m.last() + 1).equals("between")) {
            List<ActorUnits.Unit> pair = phrases.rightList(c, lastEnd, c.sentence().end(), false);
            if (pair.size() < 2 || tokensBetween(t, lastEnd, pair.get(0).start()) > 4) {
                return List.of();
            }
            sourceUnits.add(pair.get(0));
            targetUnits.addAll(pair.subList(1, pair.size()));
        } else {
            // "a joint meeting of EC finance ministers": the body whose members gather holds it, with no counterpart
            ActorUnits.Unit gathered = type == PloverType.CONSULT && inherited == null
                    ? TriggerReadings.gatheredAfterOf(t, c.units(), m) : null;
            if (gathered != null && igoOnly(phrases.actors(c, List.of(gathered)))) {
                members = List.of(gathered);
            }
            if (m.noun() && type == PloverType.PROTEST && inherited == null) {
                protesters = TriggerReadings.protestersAfterFrom(t, c.units(), m);
            }
            if (m.noun() && inherited == null && members.isEmpty()
                    && !TriggerReadings.nounHasActor(t, c.units(), m, type, c.syntax())) {
                return List.of(); // "global economic cooperation", "the subsidy offer remains dormant": a topic
            }
            if (inherited == null) {
                sourceUnits = TriggerReadings.withoutExceptions(t, phrases.leftSource(c, headStart));
            }
            targetUnits = phrases.rightList(c, t.end.get(m.head()), next, true);
            if (!targetUnits.isEmpty() && tokensBetween(t, lastEnd, targetUnits.get(0).start()) > MAX_TARGET_GAP) {
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
                && (c.previousSource().size() >= 2 || igoOnly(c.previousSource()));
        GrammaticalRoles.Roles roles = !nominalPair
                ? GrammaticalRoles.of(c.syntax(), c.units(), headStart, t.start.get(m.last()),
                LIGHT_VERBS.contains(t.get(m.head()))) : null;
        if (roles != null && roles.passive() && roles.source().isEmpty()) {
            roles = null; // an agentless passive ("were demobilised"): the patterns' reading stands
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
            sourceUnits = new ArrayList<>(protesters);
            targetUnits = aimedAt;
            roles = null;
            cameo = "114";
            type = table.typeOf(cameo);
        }
        if (ownActorsOnly && (roles == null || roles.source().isEmpty()) && !m.lightVerb()
                && members.isEmpty() && protesters.isEmpty()) {
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
                    && !backReference) {
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
        if (roles == null && c.syntax() != null && inherited == null && !m.noun() && !sourceUnits.isEmpty()
                && !FORCE.contains(type) && type != PloverType.THREATEN) {
            // unparsed plain clause: "Indian exports declined": the noun before the verb is its subject, a thing
            String subject = subjectNoun(c, sourceUnits.get(sourceUnits.size() - 1), m);
            if (subject != null && !GrammaticalRoles.agentive(subject)) {
                return List.of();
            }
        }
        if ((roles == null || c.syntax() == null || !c.syntax().parsed()) && inherited == null && !m.noun()
                && !m.lightVerb() && !passive && !FORCE.contains(type)
                && TriggerReadings.thingSubject(t, c.body(), c.units(), m, c.syntax())) {
            return List.of(); // "net export growth will provide", "a holding company, which would allow"
        }
        if (c.syntax() != null && TRANSITIVE_HEADS.contains(m.entry().pattern().words().get(0))
                && m.entry().pattern().words().size() == 1 && !m.noun()
                && String.valueOf(c.syntax().tagAt(headStart)).startsWith("VB")
                && !(roles != null && roles.hasComplement()) && !objectFollows(c, m)) {
            return List.of(); // "prices declined", "returned home": not the sense the lexicon codes
        }
        if ("070".equals(cameo) && m.entry().pattern().words().equals(List.of("give")) && inherited == null) {
            // "give" aids only when what is given is help: "gave no date", "did not give details", "gave the bill
            // top priority" give nothing; "gave Tokyo a clear warning" threatens
            String given = givenThing(t, m);
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
        if (motionVisit(m)) {
            if (m.entry().pattern().words().get(m.entry().pattern().words().size() - 1).equals("here")) {
                herePlace = datelinePlace(c);
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
                if (returning(m) && sourceUnits.stream().anyMatch(u -> u.anchor() < 0)) {
                    return List.of(); // "refugees returned from Thailand": people going home, no visitor
                }
            }
            if (SENDING.contains(m.entry().pattern().words().get(0))) {
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
        List<EventActor> source;
        if (inherited != null) {
            source = inherited;
        } else if (reporter != null) {
            source = phrases.actors(c, sourceUnits);
        } else if (sourceUnits.isEmpty() || phrases.pronounCloser(c, headStart, sourceUnits)) {
            List<EventActor> speaker;
            if (phrases.pronounBefore(c, headStart) && !c.previousSource().isEmpty()) {
                source = c.previousSource();
                pronoun = true;
            } else if (sourceUnits.isEmpty() && (speaker = quotedSpeaker(c, m)) != null) {
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
        Match ordered = orderedAct(c, m, all);
        if (ordered != null && inherited == null) {
            // "Reagan said he ordered the strike on the platform", "ordered troops to attack the town": the act
            // ordered, by the one who orders it
            return code(c, ordered, all, source, false, false);
        }
        if (!senders.isEmpty()) {
            String senderCountry = null;
            for (EventActor x : phrases.actors(c, senders)) {
                senderCountry = senderCountry != null ? senderCountry : x.country();
            }
            source = placeUnplaced(source, senderCountry);
        }
        if (m.noun() && type == PloverType.CONSULT && inherited == null && statementSetting(t, m)) {
            return List.of(); // "told delegates at the meeting that …", "said at a news conference": a statement
        }
        if (inherited == null && TriggerReadings.unsettled(t, m)) {
            return List.of(); // "reserved his reply on whether to accept", "no plans for an emergency meeting"
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
        if (status == EventStatus.OCCURRED && Modality.ahead(t, m)) {
            status = EventStatus.PLANNED; // "ahead of today's meeting of G5 ministers": still to come
        }
        if (inherited == null && ReportedClauses.opinion(t, m, status)) {
            return List.of(); // "analysts said China could …", "economists believe Japan will …": a view
        }
        if (status == EventStatus.PLANNED && returning(m)) {
            status = EventStatus.ONGOING; // "will return from Paris on Friday": the visit is under way
        }
        if (status == EventStatus.ONGOING && !senders.isEmpty()) {
            status = EventStatus.PLANNED; // "is sending its foreign minister to Brasilia": a trip announced
        }
        if (status == EventStatus.OCCURRED && ANNOUNCING_HEADS.contains(t.get(m.head()))) {
            status = EventStatus.PLANNED;
        }
        if (status == EventStatus.OCCURRED && PROMISE_HEADS.contains(m.entry().pattern().words().get(0))) {
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
            mode = meetingMode(cameo, mode, t, c);
        } else if (mode == null || mode.equals("-")) {
            mode = table.modeOf(cameo);
        }
        String context = table.contextOf(cameo);
        String location = location(c, m, targetUnits, cameo);
        boolean future = saidOfFuture || status == EventStatus.PLANNED || status == EventStatus.POSSIBLE
                || status == EventStatus.PROMISED || status == EventStatus.DENIED && Modality.future(t, m);
        EventDate date = date(c, m, headStart, future);
        if (date != null && c.anchor() != null && date.start().year() != null
                && (status == EventStatus.OCCURRED || status == EventStatus.ONGOING)
                && !SAYING.contains(type) && startsAfter(date.start(), c.anchor())) {
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
        targetUnits = withoutVenues(c, targetUnits);
        List<Event> out = new ArrayList<>();
        List<List<EventActor>> targets = new ArrayList<>();
        String soleForSource = soleCountry(c, bareCountries(c, targetUnits));
        String soleForTarget = soleCountry(c, bareCountries(c, sourceUnits));
        for (ActorUnits.Unit u : targetUnits) {
            List<EventActor> one = placeUnplaced(phrases.actors(c, List.of(u)), soleForTarget);
            if (!one.isEmpty() && !sameActors(one, source)) {
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
            if (!one.isEmpty() && !sameActors(one, source)) {
                targets.add(one);
            }
        }
        if (motionVisit(m) && (source.stream().anyMatch(x -> "MIL".equals(x.sector()) || "REB".equals(x.sector()))
                || sourceUnits.stream().anyMatch(u -> militaryWords(u.words())))) {
            return List.of(); // troops arriving somewhere are deployed, not visiting
        }
        String hostCountry = soleForSource;
        boolean visitorFromHost = cameo.startsWith("042") && hostCountry != null
                && targets.stream().flatMap(List::stream).anyMatch(x -> hostCountry.equals(x.country()));
        // the visitor comes from elsewhere: the host's country says nothing of theirs
        source = placeUnplaced(source, visitorFromHost ? null : soleForSource);
        if (targets.isEmpty() && type == PloverType.PROTEST && inherited == null && soleForTarget != null
                && !source.isEmpty() && source.stream().allMatch(x -> soleForTarget.equals(x.country()))) {
            // "Algerian landowners began a hunger strike to demand …": a protest within one country is aimed
            // at that country's government when the sentence names no other target
            String name = CountryGazetteer.englishName(soleForTarget);
            targets.add(List.of(new EventActor(null, (name == null ? soleForTarget : name) + " government",
                    soleForTarget, "GOV")));
            base -= 0.1;
        }
        if (companiesOnly(source) && targets.stream().allMatch(PatternEventCoder::companiesOrNobody)) {
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

    /**
     * True when an object or an infinitive follows the trigger verb ("declined to comment", "rejected the
     * plan", "returned 200 prisoners"), adverbs and the date between left out; "declined 5 pct", "returned to
     * Paris" and "rose in March" have none.
     */
    private static boolean objectFollows(Context c, Match m) {
        Tokens t = c.t();
        Syntax.Analysis a = c.syntax();
        String head = m.entry().pattern().words().get(0);
        for (int i = m.last() + 1; i < t.size(); i++) {
            String w = t.get(i);
            String tag = String.valueOf(a.tagAt(t.start.get(i)));
            if (tag.equals("RB") || w.endsWith("ly") || insideDate(c, t.start.get(i))) {
                continue;
            }
            if (tag.equals("TO")) {
                return !head.equals("return") && !t.get(i + 1).isEmpty()
                        && String.valueOf(a.tagAt(t.start.get(Math.min(i + 1, t.size() - 1)))).startsWith("VB");
            }
            if (tag.equals("CD")) {
                return !QUANTITY_UNITS.contains(t.get(i + 1));
            }
            return tag.equals("DT") || tag.equals("PRP$") || tag.equals("PRP") || tag.startsWith("NN")
                    || tag.equals("JJ") || tag.equals("WDT") || tag.equals("PDT") || tag.equals("IN") && w.equals("that");
        }
        return false;
    }

    /** True when every actor of a side is a business (no state, no international body among them). */
    private static boolean companiesOnly(List<EventActor> side) {
        return !side.isEmpty() && side.stream().allMatch(x -> "BUS".equals(x.sector())
                && (x.country() == null || !ActorCoding.isIgo(x.country())));
    }

    private static boolean companiesOrNobody(List<EventActor> side) {
        return side.isEmpty() || companiesOnly(side);
    }

    /** Nouns of help given: what makes "give" AID. */
    private static final Set<String> AID_NOUNS = Set.of("aid", "assistance", "help", "money", "funds", "fund",
            "funding", "loan", "loans", "credit", "credits", "grant", "grants", "dlrs", "dollars", "mln", "million",
            "billion", "arms", "weapons", "food", "medicine", "medicines", "supplies", "equipment", "relief",
            "asylum", "refuge", "shelter", "support", "backing", "training", "subsidies", "guarantees", "oil",
            "fuel", "grain", "wheat", "rice", "tents", "blankets", "donation", "donations", "contribution");
    private static final Set<String> WARNING_NOUNS = Set.of("warning", "warnings", "ultimatum");

    /**
     * Whether the parse's objects replace the patterns' reading of whom: yes, unless the parse found only some of
     * the coordinated list the patterns read after the trigger ("met A, B, C and D"), where a long list's
     * attachments are the parser's weak spot and the list is the better reading.
     */
    static boolean parseTargetsWin(List<ActorUnits.Unit> parsed, List<ActorUnits.Unit> read) {
        return !parsed.isEmpty() && !(read.size() > parsed.size() && read.containsAll(parsed));
    }

    /**
     * What the clause after "give" gives: "aid" for help (money, arms, asylum, …), "warning" for a warning or an
     * ultimatum, null for anything else ("details", "no date", "priority", "notice").
     */
    private static String givenThing(Tokens t, Match m) {
        for (int i = m.last() + 1; i < Math.min(t.size(), m.last() + 12); i++) {
            String w = t.get(i);
            if (Tokens.isPunct(w) && !w.equals("-") && !w.equals("'")) {
                break;
            }
            if (AID_NOUNS.contains(w) || w.startsWith("$")) {
                return "aid";
            }
            if (WARNING_NOUNS.contains(w)) {
                return "warning";
            }
        }
        return null;
    }

    private static final Set<String> QUANTITY_UNITS = Set.of("pct", "percent", "%", "points", "point", "dlrs",
            "cents", "mln", "billion", "million", "tonnes", "tons", "pence", "yen", "marks", "francs", "basis");

    private static boolean insideDate(Context c, int offset) {
        for (Mention m : c.a().mentions()) {
            if (m.sentence() == c.sentence().index() && m.type() == MentionType.DATE && m.start() <= offset
                    && offset < m.end()) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> MILITARY_NOUNS = Set.of("troops", "soldiers", "forces", "peacekeepers",
            "peacekeeping", "army", "navy", "warships", "marines", "contingent", "battalion", "units", "force");

    private static boolean militaryWords(String words) {
        for (String w : words.split("[^\\p{L}]+")) {
            if (MILITARY_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Verbs of command whose object or infinitive names the act they cause. */
    private static final Set<String> COMMANDS = Set.of("order", "authorize", "authorise", "approve");
    private static final Set<String> ORDER_GLUE = Set.of("the", "a", "an", "new", "further", "more", "immediate");

    /**
     * The trigger a command verb governs ("ordered the air strikes", "ordered troops to withdraw"), by the
     * parse, or null when the command names no act of the lexicon (then it stays a demand: "ordered Iraq to").
     */
    private static Match orderedAct(Context c, Match m, List<Match> all) {
        Syntax.Analysis a = c.syntax();
        if (a == null || m.noun() || !COMMANDS.contains(m.entry().pattern().words().get(0))
                || m.entry().pattern().words().size() > 1) {
            return null;
        }
        if (!a.parsed()) {
            // no parse (one actor in the sentence): the act named right after ("ordered the air strikes")
            Tokens t = c.t();
            for (Match o : all) {
                if (o.head() > m.last() && o.head() <= m.last() + 3) {
                    boolean plain = true;
                    for (int i = m.last() + 1; i < o.head(); i++) {
                        plain &= ORDER_GLUE.contains(t.get(i));
                    }
                    if (plain) {
                        return o;
                    }
                }
            }
            return null;
        }
        int h = a.tokenAt(c.t().start.get(m.head()));
        if (h < 0) {
            return null;
        }
        for (int k : a.children(h, Set.of("obj", "xcomp", "ccomp"))) {
            for (Match o : all) {
                if (o != m && a.tokenAt(c.t().start.get(o.last())) == k || o != m && a.tokenAt(c.t().start.get(o.head())) == k) {
                    return o;
                }
            }
        }
        return null;
    }

    /**
     * A visit told by a verb of travel ending in a preposition or "here" ("arrive in", "head for", "due here",
     * "returned from").
     */
    static boolean motionVisit(Match m) {
        List<String> w = m.entry().pattern().words();
        return m.entry().pattern().cameo().equals("042") && !m.noun() && w.size() > 1
                && Set.of("in", "to", "for", "at", "here", "from").contains(w.get(w.size() - 1));
    }

    /** A journey's end told by "return from": the visit to the place left is over (or, future, under way). */
    static boolean returning(Match m) {
        List<String> w = m.entry().pattern().words();
        return motionVisit(m) && w.get(w.size() - 1).equals("from");
    }

    /** The article's dateline place as an actor ("here" in "is expected here on Friday"), or null. */
    private EventActor datelinePlace(Context c) {
        String dateline = c.a().article().dateline();
        if (dateline == null || dateline.isBlank()) {
            return null;
        }
        String country = gazetteer.countryOfPlace(dateline);
        if (country == null) {
            country = Places.countryOf(dateline);
        }
        if (country == null) {
            country = gazetteer.countryOfName(dateline);
        }
        if (country == null) {
            return null;
        }
        String name = dateline.strip();
        if (name.equals(name.toUpperCase(java.util.Locale.ROOT))) { // "ALGIERS" → "Algiers"
            StringBuilder sb = new StringBuilder();
            for (String part : name.toLowerCase(java.util.Locale.ROOT).split(" ")) {
                if (!part.isEmpty()) {
                    sb.append(sb.isEmpty() ? "" : " ").append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
                }
            }
            name = sb.toString();
        }
        return new EventActor(null, name, country, null);
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
                    || ActorPhrases.PLACE_PREPOSITIONS.contains(phrases.wordBefore(c, u.start())) || ActorPhrases.possessive(c, u)) {
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
                    if (ActorPhrases.REPORTING.contains(t.get(j))) {
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
                // weak context: the sentence's one country, not evidence about this actor
                out.set(i, new EventActor(a.entityId(), a.name(), sole, a.sector(),
                        org.attache.api.AffiliationSource.CONTEXT));
            }
        }
        return out == null ? actors : out;
    }

    private Event event(Context c, PloverType type, String cameo, String mode, String context, EventStatus status,
                        String trigger, List<EventActor> source, List<EventActor> target, String location,
                        EventDate date, Evidence evidence, double conf) {
        String id = id(c.a().article().id(), evidence.start(), cameo, source, target);
        return new Event(id, c.a().article().id(), type, cameo, mode, context, status, trigger, source, target,
                location, date, evidence, Math.max(0, conf), null, c.anchor());
    }

    /** True when a side names an actor of the other (same name and sector: "the British government" outlawing
     * a group "in Northern Ireland" acts on the country, not on itself). */
    /** True when the actors are one international organisation ("EC ministers", "OPEC"). */
    private static boolean igoOnly(List<EventActor> actors) {
        return actors.size() == 1 && actors.get(0).country() != null && ActorCoding.isIgo(actors.get(0).country());
    }

    private static boolean sameActors(List<EventActor> a, List<EventActor> b) {
        for (EventActor x : a) {
            for (EventActor y : b) {
                if (x.name().equals(y.name()) && java.util.Objects.equals(x.sector(), y.sector())) {
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

    /**
     * The date of the trigger's own clause nearest to it, resolved against the article's day (forward in a
     * future-tense sentence); a date that dates another fact of the sentence ("the accord, signed in 1978",
     * "closed for repairs in 1978", "said on Monday it had …") is not the event's.
     */
    private EventDate date(Context c, Match trigger, int headStart, boolean future) {
        Mention best = null;
        int bestDist = Integer.MAX_VALUE;
        for (Mention m : c.a().mentions()) {
            if (m.sentence() != c.sentence().index() || m.type() != MentionType.DATE) {
                continue;
            }
            if (datesAnotherFact(c, trigger, m)) {
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
        return dates.resolve(phrase, c.anchor(), future).orElse(null);
    }

    /** True when every day the partial date may stand for is after {@code day}. */
    static boolean startsAfter(PartialDate p, LocalDate day) {
        if (p.year() == null) {
            return false;
        }
        if (p.year() != day.getYear()) {
            return p.year() > day.getYear();
        }
        if (p.month() == null || p.month() != day.getMonthValue()) {
            return p.month() != null && p.month() > day.getMonthValue();
        }
        return p.day() != null && p.day() > day.getDayOfMonth();
    }

    private static final Set<String> AUXILIARIES = Set.of("is", "are", "was", "were", "be", "been", "being", "has",
            "have", "had", "having", "do", "does", "did", "will", "would", "'s", "'re");

    private static final Set<String> RELATIVE_WORDS = Set.of("which", "who", "whose", "whom");

    /**
     * True when the date stands before the trigger inside a clause set off by commas or dashes that is a relative
     * clause or tells since when ("Casey, who underwent surgery in December, had resigned"; "he repeated -- as he
     * has done since the crisis broke last November -- that he would not resign"): that clause's own fact.
     */
    static boolean insideEarlierClause(Tokens t, Match trigger, Mention date) {
        int d = t.atOrAfter(date.start());
        if (d >= trigger.head()) {
            return false;
        }
        int close = -1;
        for (int i = d; i < trigger.head(); i++) {
            if (t.get(i).equals(",") || t.get(i).equals("-") && t.get(i + 1).equals("-")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        int open = -1;
        for (int i = d - 1; i >= 0; i--) {
            if (t.get(i).equals(",") || t.get(i).equals("-") && t.get(i - 1).equals("-")) {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return false;
        }
        if (RELATIVE_WORDS.contains(t.get(open + 1))) {
            return true;
        }
        for (int i = open + 1; i < d; i++) {
            if (t.get(i).equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** True when the date phrase belongs to another verb of the sentence than the trigger (see {@link #date}). */
    private static boolean datesAnotherFact(Context c, Match trigger, Mention date) {
        if (insideEarlierClause(c.t(), trigger, date)) {
            return true;
        }
        Syntax.Analysis a = c.syntax();
        if (a == null) {
            return false;
        }
        Tokens t = c.t();
        int from = t.start.get(trigger.head());
        int to = t.end.get(trigger.last());
        for (int i = trigger.last() + 1; i < t.size() && t.start.get(i) < date.start(); i++) {
            if (RELATIVE_WORDS.contains(t.get(i)) && t.get(i - 1).equals(",")) {
                return true; // ", which was closed for repairs in 1978": the relative clause's own fact
            }
        }
        if (a.parsed()) {
            int first = a.tokenAt(date.start());
            if (first < 0) {
                return false;
            }
            int d = first; // the date phrase's head: its token whose head lies outside it
            for (int i = first; i < a.size() && a.start[i] < date.end(); i++) {
                int h = a.heads[i];
                if (h < 0 || a.start[h] < date.start() || a.start[h] >= date.end()) {
                    d = i;
                    break;
                }
            }
            int guard = 0;
            for (int x = a.heads[d]; x >= 0 && guard++ < a.size(); x = a.heads[x]) {
                if (a.start[x] >= from && a.start[x] < to) {
                    return false; // the trigger's own date
                }
                boolean governsTrigger = false;
                for (int k = a.tokenAt(from); k >= 0 && k < a.size() && a.start[k] < to; k++) {
                    governsTrigger |= a.heads[k] == x && !a.rels[k].startsWith("ccomp") && !a.rels[k].equals("parataxis");
                }
                if (governsTrigger && !ActorPhrases.REPORTING.contains(a.lower(x))) {
                    return false; // the light verb of a nominal trigger ("held talks on Monday")
                }
                if (a.tags[x].startsWith("VB") && !AUXILIARIES.contains(a.lower(x))) {
                    return true; // another verb's date: "signed in 1978", "said on Monday"
                }
            }
            return false;
        }
        // tagged only: another verb between the trigger and the date ("the plant, closed for repairs in 1978")
        int lo = Math.min(to, date.end());
        int hi = Math.max(from, date.start());
        for (int i = 0; i < a.size(); i++) {
            if (a.start[i] >= lo && a.end[i] <= hi && (a.start[i] < from || a.start[i] >= to)
                    && (a.tags[i].equals("VBD") || a.tags[i].equals("VBN") || a.tags[i].equals("VBG")
                    || a.tags[i].equals("VBZ") || a.tags[i].equals("VBP"))
                    && !AUXILIARIES.contains(a.lower(i))) {
                return true;
            }
        }
        return false;
    }
}
