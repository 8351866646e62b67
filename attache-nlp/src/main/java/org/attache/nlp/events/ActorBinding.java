package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.events.EventActor;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * Who the actors of a trigger are beyond the phrases next to it: the speaker of a quotation, the dateline
 * place for "here", the one country a sentence names for actors the text leaves unplaced, venues that are
 * no party, and the tests on a side (companies only, one international body, the military).
 */
final class ActorBinding {
    private final CountryGazetteer gazetteer;
    private final ActorPhrases phrases;

    ActorBinding(CountryGazetteer gazetteer, ActorPhrases phrases) {
        this.gazetteer = gazetteer;
        this.phrases = phrases;
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
    List<ActorUnits.Unit> withoutVenues(PatternEventCoder.Context c, List<ActorUnits.Unit> units) {
        if (units.isEmpty()) {
            return units;
        }
        Tokens t = c.t();
        List<ActorUnits.Unit> out = new ArrayList<>(units.size());
        for (ActorUnits.Unit u : units) {
            int after = t.atOrAfter(u.end());
            String next = t.get(after);
            boolean venue = false;
            if (VENUE_NOUNS.contains(next) && placeLike(c, u)) {
                boolean nameWord = Character.isUpperCase(c.body().charAt(t.start.get(after)));
                venue = nameWord || gazetteer.countryOfName(u.words()) == null;
            }
            if (!venue) {
                out.add(u);
            }
        }
        return out.size() == units.size() ? units : out;
    }

    /** World regions, seas and waterways ({@code world-regions.txt}): scenes, no state's own. */
    private static final Set<String> REGIONS = loadRegions();
    /** Nouns after a region that make it a group of states or their people ("Gulf states", "Asian leaders"). */
    private static final Set<String> STATES_OF_REGION = Set.of("states", "countries", "nations", "governments",
            "leaders", "ministers", "members", "producers", "allies", "neighbours", "neighbors", "monarchies",
            "rulers", "partners", "delegations", "delegates");
    /**
     * Head nouns of documents: an accord, a bill or a memorandum is what parties sign, propose or oppose, not a
     * party itself. "Pact" is left out: "the Warsaw Pact" is an alliance that acts.
     */
    static final Set<String> DOCUMENT_NOUNS = Set.of("memorandum", "mou", "accord", "accords", "agreement",
            "agreements", "treaty", "directive", "bill", "act", "law", "protocol", "convention", "charter",
            "resolution", "declaration", "communique", "amendment", "legislation", "regulation", "regulations");
    /** Words before a city that make it the scene of a protest ("the streets of Seoul", "rallies in Manila"). */
    private static final Set<String> SCENE_WORDS = Set.of("of", "in", "at", "across", "through", "throughout",
            "around", "near", "outside", "inside", "downtown", "central");

    private static Set<String> loadRegions() {
        Set<String> keys = new HashSet<>();
        CountryGazetteer.readTable(ActorBinding.class, "world-regions.txt", (kind, form) -> keys.add(CountryGazetteer.key(form)));
        return Set.copyOf(keys);
    }

    /** True when {@code name} names a world region, sea or waterway ("the Gulf", "Middle East"). */
    static boolean region(String name) {
        if (name == null) {
            return false;
        }
        String k = CountryGazetteer.key(name);
        return REGIONS.contains(k) || k.startsWith("the") && REGIONS.contains(k.substring(3));
    }

    /**
     * The counterparts without those that are no party ({@link #withoutVenues} first): a world region or sea
     * ("a raid in the Gulf", "a conference for the Middle East", unless a group noun follows: "Gulf states"); a
     * document without a country of its own ("signed a Memorandum of Understanding": the signatories are the
     * parties; "the U.S. Farm Act" keeps its country and stays); a name inside the trailing attribution (", the
     * Emirates news agency said": the reporter, not the one acted on); and for a protest, a city named as its scene
     * ("took to the streets of Seoul"), which leaves the protest aimed at the government of the sentence's country;
     * a name whose possessive only says whose word something is ("a naval target -- Baghdad's term for a tanker").
     * A country's name ("demonstrated in Serbia") or a capital named for its government ("protested to Washington")
     * stays.
     */
    List<ActorUnits.Unit> withoutNonParties(PatternEventCoder.Context c, List<ActorUnits.Unit> units,
                                            org.attache.api.events.PloverType type, int trigger) {
        units = withoutVenues(c, units);
        if (units.isEmpty()) {
            return units;
        }
        Tokens t = c.t();
        int attribution = attributionStart(c);
        List<ActorUnits.Unit> out = new ArrayList<>(units.size());
        for (ActorUnits.Unit u : units) {
            MentionType kind = ActorUnits.type(c.a(), u);
            Mention m = u.anchor() < 0 ? null : c.a().mentions().get(u.anchor());
            boolean party = true;
            if (m != null && kind == MentionType.LOCATION && (region(m.canonical()) || region(m.text()))) {
                party = STATES_OF_REGION.contains(t.get(t.atOrAfter(u.end())));
            } else if (m != null && (kind == MentionType.MISC || kind == MentionType.ORGANIZATION
                    || kind == MentionType.EVENT) && m.country() == null && documentName(m.canonical())) {
                party = false;
            } else if (phrases.absent(c, u)) {
                party = false; // "met in the absence of the opposition"
            } else if (ActorPhrases.possessive(c, u) && NAMING_NOUNS.contains(wordAfterPossessive(t, u))) {
                party = false; // "hit a naval target -- Baghdad's term for a tanker": whose word, not whom
            } else if (trigger < attribution && u.start() >= attribution && attribution < c.sentence().end()) {
                party = false;
            } else if (m != null && type == org.attache.api.events.PloverType.PROTEST && kind == MentionType.LOCATION
                    && gazetteer.countryOfName(m.canonical()) == null && gazetteer.countryOfName(m.text()) == null
                    && SCENE_WORDS.contains(placeWordBefore(c, u.start()))) {
                party = false;
            }
            if (party) {
                out.add(u);
            }
        }
        return out.size() == units.size() ? units : out;
    }

    /** The word after a unit's possessive ("Baghdad's term": "term"; the tokens keep "'s" on the name). */
    private static String wordAfterPossessive(Tokens t, ActorUnits.Unit u) {
        int k = t.atOrAfter(u.end());
        if (t.get(k).equals("'s") || t.get(k).equals("'") || t.get(k).equals("s")) {
            k++;
        }
        return t.get(k);
    }

    /** True when the name's last word is a document's head noun ("Memorandum of Understanding" by its first). */
    static boolean documentName(String name) {
        if (name == null || name.isBlank()) {
            return false;
        }
        String[] words = name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        if (words.length == 0) {
            return false;
        }
        String last = words[words.length - 1];
        return DOCUMENT_NOUNS.contains(last) || DOCUMENT_NOUNS.contains(words[0]) && words.length > 1
                && java.util.Arrays.asList(words).contains("of");
    }

    /**
     * The source phrases without venues ({@link #withoutVenues}); when only a meeting's venue was read ("will discuss
     * the Venice summit with …"), the phrase before it acts, if there is one. An accord's place ("the Louvre
     * agreement") leaves no source: on unseen Reuters the phrase before it was the one who mentioned the accord.
     */
    List<ActorUnits.Unit> withoutVenueSources(PatternEventCoder.Context c, List<ActorUnits.Unit> units) {
        List<ActorUnits.Unit> out = withoutVenues(c, units);
        if (!out.isEmpty() || units.isEmpty()) {
            return out;
        }
        // only a meeting's venue: "the Louvre agreement" names an accord, whose parties the phrase before is not
        String noun = c.t().get(c.t().atOrAfter(units.get(0).end()));
        return MEETING_NOUNS.contains(noun) ? phrases.leftSource(c, units.get(0).start()) : out;
    }

    private static final Set<String> MEETING_NOUNS = Set.of("summit", "conference", "talks", "meeting", "session",
            "negotiations");

    /**
     * True for a place phrase: a location mention, or a name the annotator typed otherwise that the gazetteer or
     * {@code places.txt} knows as a city or region ("the Peking meeting" with "Peking" as a bare name).
     */
    private boolean placeLike(PatternEventCoder.Context c, ActorUnits.Unit u) {
        MentionType kind = ActorUnits.type(c.a(), u);
        if (kind == MentionType.LOCATION) {
            return true;
        }
        if (kind == null || kind == MentionType.PERSON) {
            return false;
        }
        String name = c.a().mentions().get(u.anchor()).canonical();
        return u.mentions().size() == 1 && gazetteer.countryOfName(name) == null
                && (gazetteer.countryOfPlace(name) != null || Places.countryOf(name) != null || region(name));
    }

    /** Nouns after a possessive that make the name the author of a word, not a party ("Baghdad's term for"). */
    private static final Set<String> NAMING_NOUNS = Set.of("term", "word", "name", "euphemism", "phrase",
            "expression", "description", "designation", "label", "codename", "code-name");

    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "\u201d");
    private static final Set<String> SAYING_VERBS = Set.of("said", "says", "added", "adds", "told", "declared",
            "stated", "continued", "quoted");
    private static final Set<String> SPEAKER_PRONOUNS = Set.of("it", "he", "she", "they");

    /**
     * The speaker of the quotation a trigger stands in, named after the quotation: an actor ('"…," the ministry
     * said') or a pronoun for the previous sentence's actor ('"…," it added'); null when the trigger is not quoted
     * or no speaker follows. The quotation may have opened in an earlier sentence.
     */
    List<EventActor> quotedSpeaker(PatternEventCoder.Context c, PatternEventCoder.Match m) {
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

    /** True when every actor of a side is a business (no state, no international body among them). */
    static boolean companiesOnly(List<EventActor> side) {
        return !side.isEmpty() && side.stream().allMatch(x -> "BUS".equals(x.sector())
                && (x.country() == null || !ActorCoding.isIgo(x.country())));
    }

    static boolean companiesOrNobody(List<EventActor> side) {
        return side.isEmpty() || companiesOnly(side);
    }

    private static final Set<String> MILITARY_NOUNS = Set.of("troops", "soldiers", "forces", "peacekeepers",
            "peacekeeping", "army", "navy", "warships", "marines", "contingent", "battalion", "units", "force");

    static boolean militaryWords(String words) {
        for (String w : words.split("[^\\p{L}]+")) {
            if (MILITARY_NOUNS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** The article's dateline place as an actor ("here" in "is expected here on Friday"), or null. */
    EventActor datelinePlace(PatternEventCoder.Context c) {
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
    String soleCountry(PatternEventCoder.Context c, Set<Integer> ignored) {
        return soleCountry(c, ignored, -1);
    }

    /**
     * Prepositions that make a place the scene of what is told, not anyone's country: "kidnapped in Iraq",
     * "on his return from a visit to Japan", "its office in Baghdad". "of" is not among them ("President Mugabe of
     * Zimbabwe" names his country), nor "'s" ("Zimbabwe's President Mugabe").
     */
    static final Set<String> SCENE_PREPOSITIONS = Set.of("in", "at", "near", "from", "to", "into", "inside",
            "outside", "across", "around", "throughout", "within", "during", "since", "towards", "toward", "via",
            "through", "for");

    /**
     * {@link #soleCountry(PatternEventCoder.Context, Set)}; with a {@code trigger} offset (else -1), a country only
     * given by places a preposition makes a scene ({@link #SCENE_PREPOSITIONS}) in another clause than the trigger's
     * (a comma between them) is none: a named person or body the text gives no country is not of the country where
     * something happened to someone else ("Ex-Labour MP X has appealed for the release of Y, kidnapped in Iraq",
     * "urged Care International, the agency she works for, to close its office in Baghdad"), while the scene of the
     * act itself still places its actor ("threatened to impose a curfew in Algiers"), and a group named by a common
     * noun is placed as before ("protesters", "the opposition": news names such a group by where it acts). A scene
     * in another country still makes the sentence one of several countries.
     */
    String soleCountry(PatternEventCoder.Context c, Set<Integer> ignored, int trigger) {
        int limit = attributionStart(c);
        String sole = null;
        boolean witnessed = false;
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
                return null; // a scene in another country still says the sentence is about several
            }
            sole = country;
            witnessed |= trigger < 0 || m.type() != MentionType.LOCATION
                    || !SCENE_PREPOSITIONS.contains(placeWordBefore(c, m.start()))
                    || !c.body().substring(Math.min(trigger, m.start()), Math.max(trigger, m.start())).contains(",");
        }
        return witnessed ? sole : null;
    }

    /** The word before a place, past a determiner and a direction ("in the south of", "in northern Iraq"). */
    static String placeWordBefore(PatternEventCoder.Context c, int offset) {
        Tokens t = c.t();
        int i = t.endingBy(offset);
        for (int k = 0; k < 2 && i > 0; k++) {
            String w = t.get(i);
            if (w.equals("the") || w.equals("a") || w.endsWith("ern") || w.equals("central")) {
                i--;
            } else {
                break;
            }
        }
        return t.get(i);
    }

    /**
     * Mentions of the counterpart that do not tie this side to a country: a state named bare as the other
     * party ("President Bush threatened Russia", "offered talks to the president of Armenia") says nothing of
     * where the actor is from; a place the other side is in ("opposition groups in Zimbabwe") or a group of
     * that country ("Fijian rebels") does.
     */
    Set<Integer> bareCountries(PatternEventCoder.Context c, List<ActorUnits.Unit> counterpart) {
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

    /**
     * {@link #bareCountries}, and for a meeting every mention of the counterpart: "farm commissioner X met Belgian
     * minister Y" says where Y is from, not X (a meeting is mostly between parties of two countries); for other acts
     * the counterpart's own country may still be the sentence's one country ("the opposition accused Kenya's
     * president").
     */
    Set<Integer> counterpartMentions(PatternEventCoder.Context c, List<ActorUnits.Unit> counterpart,
                                     org.attache.api.events.PloverType type) {
        Set<Integer> out = bareCountries(c, counterpart);
        if (type == org.attache.api.events.PloverType.CONSULT) {
            for (ActorUnits.Unit u : counterpart) {
                out.addAll(u.mentions());
                if (u.anchor() >= 0) {
                    out.add(u.anchor());
                }
            }
        }
        return out;
    }

    /** Start of a trailing attribution (", Belgrade radio said", "according to …"), else the sentence end. */
    static int attributionStart(PatternEventCoder.Context c) {
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
                    return Math.min(end, t.start.get(attributionHead(c, i)));
                }
            }
        }
        return end;
    }

    /** Office nouns that head a speaker's apposition (", secretary of the dairy section of …, said"). */
    private static final Set<String> SPEAKER_OFFICES = Set.of("president", "chairman", "chairwoman", "secretary",
            "director", "head", "chief", "spokesman", "spokeswoman", "spokesperson", "minister", "official",
            "officials", "governor", "commissioner", "leader", "representative", "ambassador", "manager",
            "executive", "deputy", "vice-president", "vice-chairman", "member", "adviser", "advisor", "economist",
            "analyst", "general", "director-general", "secretary-general", "undersecretary", "under-secretary",
            "senator", "congressman", "delegate", "envoy", "editor", "professor", "lawyer", "aide", "source",
            "sources", "assistant", "counsellor", "president-elect");

    /**
     * The comma where a trailing attribution starts, given the comma {@code i} before its reporting verb: earlier
     * comma-separated pieces of the speaker's own apposition belong to it (", Abele Kuypers, secretary of the
     * dairy section of the farmers' organisation, said"; ", President of the Coffee Institute, IBC, Jorio Dauster
     * said"). A piece joins only when it is one person's name, an acronym, or a phrase headed by an office noun,
     * and it neither starts with "and"/"or" nor holds a verb of its own; so a list of places ("attacked Iraq,
     * Kuwait, a spokesman said") stays out of it.
     */
    private static int attributionHead(PatternEventCoder.Context c, int i) {
        Tokens t = c.t();
        int head = i;
        for (int steps = 0; steps < 3; steps++) {
            int k = head - 1;
            while (k > 0 && !t.get(k).equals(",") && !t.get(k).equals(";") && head - k <= 12) {
                k--;
            }
            if (k <= 0 || !t.get(k).equals(",")) {
                break;
            }
            if (!speakerPiece(c, k + 1, head, titleFollows(c, head))) {
                break;
            }
            head = k;
        }
        return head;
    }

    /**
     * True when the piece after the comma {@code comma} is a title that places a person in a body: an office noun
     * with no article, followed by "of" within a few words ("secretary of the dairy section of …", "deputy director
     * of the bank"). "…, a spokesman said" may follow a list of names, so it makes no name before it the speaker's.
     */
    private static boolean titleFollows(PatternEventCoder.Context c, int comma) {
        Tokens t = c.t();
        int j = comma + 1;
        boolean article = t.get(j).equals("a") || t.get(j).equals("an") || t.get(j).equals("the");
        if (!SPEAKER_OFFICES.contains(t.get(j)) && (article || !SPEAKER_OFFICES.contains(t.get(j + 1)))) {
            return false;
        }
        for (int k = j + 1; k < Math.min(t.size(), j + 4); k++) {
            if (t.get(k).equals("of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when tokens [from, to) are one piece of a speaker's apposition (see {@link #attributionHead}); a
     * person's name joins only before a title that places him ({@code titled}).
     */
    private static boolean speakerPiece(PatternEventCoder.Context c, int from, int to, boolean titled) {
        Tokens t = c.t();
        if (from >= to || to - from > 11) {
            return false;
        }
        String first = t.get(from);
        if (first.equals("and") || first.equals("or") || first.equals("but")) {
            return false;
        }
        for (int j = from; j < to; j++) {
            String w = t.get(j);
            if (ActorPhrases.REPORTING.contains(w) || PIECE_VERBS.contains(w)) {
                return false;
            }
        }
        String raw = c.body().substring(t.start.get(from), t.end.get(to - 1));
        if (to - from == 1 && raw.length() >= 2 && raw.length() <= 6 && raw.chars().allMatch(Character::isUpperCase)) {
            return true; // an acronym in apposition ("…, IBC, Jorio Dauster said")
        }
        int office = from;
        if (first.equals("the") || first.equals("a") || first.equals("an")) {
            office++;
        }
        Syntax.Analysis tags = c.syntax();
        for (int j = from; j < to && tags != null; j++) {
            String tag = tags.tagAt(t.start.get(j));
            if (tag != null && (tag.equals("VBD") || tag.equals("VBZ") || tag.equals("VBP") || tag.equals("MD"))) {
                return false; // a clause of its own ("President Reagan met Nakasone")
            }
        }
        for (int j = office; j < Math.min(to, office + 3); j++) {
            if (SPEAKER_OFFICES.contains(t.get(j))) {
                for (int k = j + 1; k < Math.min(to, j + 4); k++) {
                    if (t.get(k).equals("of")) {
                        return true; // "secretary of the dairy section of …", "President of the Coffee Institute"
                    }
                }
                return to - from <= 3; // "the chief economist", "a spokesman"
            }
        }
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() <= t.start.get(from) && u.end() >= t.end.get(to - 1)
                    && ActorUnits.type(c.a(), u) == MentionType.PERSON) {
                return titled; // the speaker's own name, before his title
            }
        }
        return false;
    }

    /** Words that make a piece a clause of its own, not part of a speaker's apposition. */
    private static final Set<String> PIECE_VERBS = Set.of("is", "are", "was", "were", "will", "would", "has", "have",
            "had", "can", "could", "may", "might", "should", "must", "did", "does", "who", "which", "that");

    static List<EventActor> placeUnplaced(List<EventActor> actors, String sole) {
        return placeUnplaced(actors, sole, sole);
    }

    /**
     * Places the actors with no country: a group named by a common noun (no entity) in {@code sole}, the sentence's
     * one country; a named person or body (an entity) in {@code soleNamed}, the one country the sentence gives
     * outside the scenes of its acts ({@link #soleCountry(PatternEventCoder.Context, Set, boolean)}).
     */
    static List<EventActor> placeUnplaced(List<EventActor> actors, String sole, String soleNamed) {
        if (sole == null && soleNamed == null) {
            return actors;
        }
        List<EventActor> out = null;
        for (int i = 0; i < actors.size(); i++) {
            EventActor a = actors.get(i);
            String place = a.entityId() == null ? sole : soleNamed;
            if (a.entityId() == null && ActorUnits.lenders(a.name())) {
                place = null; // "Brazil's creditor banks": the debtor's country is not its lenders'
            }
            if (place != null && a.country() == null && !"IGO".equals(a.sector()) && !"NGO".equals(a.sector())) {
                if (out == null) {
                    out = new ArrayList<>(actors);
                }
                // weak context: the sentence's one country, not evidence about this actor
                out.set(i, new EventActor(a.entityId(), a.name(), place, a.sector(),
                        org.attache.api.AffiliationSource.CONTEXT));
            }
        }
        return out == null ? actors : out;
    }

    /** True when the actors are one international organisation ("EC ministers", "OPEC"). */
    static boolean igoOnly(List<EventActor> actors) {
        return actors.size() == 1 && actors.get(0).country() != null && ActorCoding.isIgo(actors.get(0).country());
    }

    /** True when a side names an actor of the other (same name and sector: "the British government" outlawing
     * a group "in Northern Ireland" acts on the country, not on itself). */
    static boolean sameActors(List<EventActor> a, List<EventActor> b) {
        for (EventActor x : a) {
            for (EventActor y : b) {
                if (x.name().equals(y.name()) && java.util.Objects.equals(x.sector(), y.sector())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The actor a definite description stands for (see {@link BackReferences#describedBefore}): for an
     * institution ("the Bank"), the organisation named last before this sentence whose name ends in that noun
     * ("the World Bank", "the Inter-American Development Bank"); for an office ("the minister"), the person named
     * last before it with that office in their phrase ("Egyptian Foreign Minister Amr Moussa"). Null when the
     * article names none: the description then stays unread rather than guessed.
     */
    List<EventActor> described(PatternEventCoder.Context c, String noun) {
        Annotated a = c.a();
        int sentence = c.sentence().index();
        List<Mention> ms = a.mentions();
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mention m = ms.get(i);
            if (m.sentence() >= sentence || !m.type().isEntity()) {
                continue;
            }
            boolean fits;
            if (m.type() == MentionType.ORGANIZATION) {
                String name = m.canonical().toLowerCase(java.util.Locale.ROOT);
                fits = name.endsWith(" " + noun);
            } else {
                fits = false;
            }
            ActorUnits.Unit unit = null;
            if (fits || m.type() == MentionType.PERSON) {
                for (ActorUnits.Unit u : ActorUnits.of(a, m.sentence(), c.body())) {
                    if (u.anchor() == i || u.mentions().contains(i)) {
                        unit = u;
                        break;
                    }
                }
            }
            if (unit != null && m.type() == MentionType.PERSON) {
                fits = java.util.Arrays.asList(unit.words().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+"))
                        .contains(noun);
            }
            if (fits && unit != null) {
                List<EventActor> named = phrases.actors(c, List.of(unit));
                return named.isEmpty() ? null : named;
            }
        }
        return null;
    }

    /**
     * The visitor an attributive "visiting" names ("told a visiting Nicaraguan delegation", "met the visiting
     * Japanese prime minister"): the actor phrase the participle qualifies, right after it, travels; the clause's
     * subject is the host (the facts conventions: the visitor is the source). Null when the trigger is not that
     * participle after an article, or no actor phrase follows it at once.
     */
    static ActorUnits.Unit visitingParticiple(Tokens t, PatternEventCoder.Match m, List<ActorUnits.Unit> units) {
        if (m.noun() || m.head() != m.last() || !t.get(m.head()).equals("visiting")
                || !m.entry().pattern().cameo().startsWith("042")
                || !Set.of("a", "an", "the").contains(t.get(m.head() - 1))) {
            return null;
        }
        int next = t.start.get(Math.min(t.size() - 1, m.head() + 1));
        if (m.head() + 1 >= t.size()) {
            return null;
        }
        for (ActorUnits.Unit u : units) {
            if (u.start() == next) {
                return u;
            }
        }
        return null;
    }
}
