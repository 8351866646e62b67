package org.attache.nlp.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Resolved;
import org.attache.api.Sentence;
import org.attache.api.events.EventActor;
import org.attache.api.registry.EntityRegistry;
import org.attache.api.registry.RegisteredEntity;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.events.PatternEventCoder.Context;

/**
 * The actor side of {@link PatternEventCoder}: which name phrases around a trigger are its source and its
 * target (the nearest phrase on the left with those coordinated with it, a list on the right up to a reporting
 * clause, "by" agents, hosts, places stated with "in"), and what each phrase stands for as an actor: a
 * resolved entity with its country and sector, a country, a group placed by where it is, or a person named
 * earlier when a pronoun stands in for them.
 */
final class ActorPhrases {
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she");
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "from", "during", "on", "since",
            "outside", "inside", "across", "around", "of", "into", "throughout", "within", "towards", "toward");
    private static final Set<String> LIST_GLUE = Set.of(",", "and", "or", "as", "well", "the", "both", "its",
            "his", "her", "their");
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "during", "since",
            "outside", "inside", "across", "around", "throughout", "within");
    static final Set<String> REPORTING = Set.of("said", "says", "told", "announced", "reported", "added",
            "according", "stated", "quoted", "confirmed", "claimed", "insisted", "noted", "explained",
            "concluded", "stressed", "argued", "asserted", "declared", "saying", "say");

    private final ActorDictionary dictionary;
    private final CountryGazetteer gazetteer;

    /** @param dictionary an external actor dictionary for actors the article cannot place, or null */
    ActorPhrases(ActorDictionary dictionary, CountryGazetteer gazetteer) {
        this.dictionary = dictionary;
        this.gazetteer = gazetteer;
    }

    /** The nearest actor phrase left of the trigger, with the phrases coordinated with it. */
    List<ActorUnits.Unit> leftSource(Context c, int headStart) {
        List<ActorUnits.Unit> left = new ArrayList<>();
        for (ActorUnits.Unit u : c.units()) {
            if (u.end() <= headStart) {
                String gap = between(c, u.end(), headStart);
                if (gap.contains(";") || absent(c, u)) {
                    continue; // "In the absence of the opposition, LDP members decided at a meeting"
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
    List<ActorUnits.Unit> rightList(Context c, int from, int to, boolean stopAtReport) {
        List<ActorUnits.Unit> out = new ArrayList<>();
        int limit = to;
        if (stopAtReport) {
            limit = Math.min(limit, reportBoundary(c, from, to));
        }
        int placeEnd = -1; // the end of the last name skipped as a place
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() < from || u.start() >= limit) {
                continue;
            }
            if (out.isEmpty()) {
                String before = wordBefore(c, u.start());
                if (PLACE_PREPOSITIONS.contains(before)) {
                    placeEnd = u.end();
                    continue; // "in Hanoi": where, not whom ("blockade on X", "withdrawal from X" are whom)
                }
                if (placeReference(c, from, u.start())
                        || placeEnd >= 0 && u.start() >= placeEnd
                        && ActorUnits.type(c.a(), u) == MentionType.LOCATION
                        && c.body().substring(placeEnd, u.start()).strip().equals(",")) {
                    placeEnd = u.end(); // "120 miles east of Bahrain", "off Kuwait", "in Montevideo, Uruguay" ("at
                    // Volkswagen, VW": a name after a comma is a place of the scene only when it is a place)
                    continue;
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

    /** Words before "of" that make the name after it a point of reference ("east of Bahrain", "the coast of X"). */
    private static final Set<String> BEARINGS = Set.of("north", "south", "east", "west", "northeast", "northwest",
            "southeast", "southwest", "north-east", "north-west", "south-east", "south-west", "coast", "coasts",
            "shores", "outskirts");

    /**
     * True when the name starting at {@code start} is where something happens or lies, not whom the act is aimed
     * at: a bearing from it ("about 120 miles east of Bahrain", "40 km north of Faya", "off the coast of Kuwait"),
     * or "off" after a noun ("a tanker off Kuwait"; "sealed off Beirut", where "off" follows the verb, is whom). A
     * part of a country after a place preposition is left as it was ("shells at an oil camp in northern Kuwait":
     * skipping it handed the target to the next name, the one retaliated against).
     *
     * @param from the end of the trigger's head: "off" right after it is the verb's particle
     */
    boolean placeReference(Context c, int from, int start) {
        Tokens t = c.t();
        int i = t.endingBy(start);
        if (i < 0) {
            return false;
        }
        if (t.get(i).equals("of")) {
            int j = i - 1;
            while (j >= 0 && t.get(j).equals("the")) {
                j--;
            }
            return j >= 0 && BEARINGS.contains(t.get(j));
        }
        int j = t.get(i).equals("the") ? i - 1 : i;
        return j > 0 && t.get(j).equals("off") && t.end.get(j - 1) > from; // an object word between verb and "off"
    }

    private static final Set<String> SUBORDINATORS = Set.of("while", "because", "although", "though", "whereas",
            "when", "until", "without"); // not "if"/"unless": a threat's condition names its target

    /**
     * A comma followed closely by a reporting verb ends the object side (", the White House announced"); so
     * does a subordinate clause ("resigned as the opposition threatened …", "without returning to …").
     */
    private int reportBoundary(Context c, int from, int to) {
        Tokens t = c.t();
        int first = t.atOrAfter(from);
        for (int i = first; i < t.size() && t.start.get(i) < to; i++) {
            String w = t.get(i);
            if (i > first && gerundAdjunct(c, i)) {
                return t.start.get(i);
            }
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

    private static final Set<String> ADJUNCT_PREPOSITIONS = Set.of("of", "for", "by", "after", "before", "without",
            "while", "in", "on");
    /** Nouns in "-ing" that are no gerund ("the date of the meeting", "in the morning"). */
    private static final Set<String> ING_NOUNS = Set.of("meeting", "meetings", "morning", "evening", "building",
            "funding", "spending", "training", "hearing", "ruling", "shipping", "banking", "housing", "offering",
            "opening", "wedding", "thing", "things", "king", "spring", "string", "ceiling", "landing", "listing",
            "timing", "nothing", "something", "anything", "everything", "during", "including", "following",
            "regarding", "concerning", "according", "pending", "bring", "ring", "sibling", "earnings", "holdings",
            "borrowing", "lending", "financing", "pricing", "trading", "accounting", "sterling", "clothing");

    /**
     * True when token {@code i} is a preposition before a gerund ("accused the government of trying to confuse the
     * issue by putting the EU referendum question …", "criticised Bonn for blocking the Dutch proposal"): the
     * gerund's clause tells what the object did or how; the names in it are not the act's counterpart. A capitalised
     * word after the preposition is a name ("in Beijing"), not a gerund.
     */
    static boolean gerundAdjunct(Context c, int i) {
        Tokens t = c.t();
        if (!ADJUNCT_PREPOSITIONS.contains(t.get(i)) || i + 1 >= t.size()) {
            return false;
        }
        String next = t.get(i + 1);
        return next.length() > 4 && next.endsWith("ing") && !ING_NOUNS.contains(next)
                && Character.isLowerCase(c.body().charAt(t.start.get(i + 1)));
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

    static boolean possessive(Context c, ActorUnits.Unit u) {
        String after = c.body().substring(u.end(), Math.min(c.body().length(), u.end() + 3)).replace('’', '\'');
        return after.startsWith("'s") || after.startsWith("' ");
    }

    /** A place with a country stated as "in X" / "at X" after the trigger, within the clause. */
    ActorUnits.Unit placeAfter(Context c, int from, int to) {
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

    /**
     * The place named right after {@code from} (at most a determiner or a direction word between: "in the
     * southern city of Basra" is too far, "in southern Iraq" is not), or null when the next phrase is no place.
     */
    ActorUnits.Unit placeRightAfter(Context c, int from) {
        Tokens t = c.t();
        for (ActorUnits.Unit u : c.units()) {
            if (u.start() < from) {
                continue;
            }
            int gap = 0;
            for (int i = t.atOrAfter(from); i < t.size() && t.start.get(i) < u.start(); i++) {
                gap++;
            }
            if (gap > 2 || ActorUnits.type(c.a(), u) != MentionType.LOCATION) {
                return null;
            }
            return u;
        }
        return null;
    }

    List<ActorUnits.Unit> byAgent(Context c, int from) {
        Tokens t = c.t();
        int i = t.atOrAfter(from);
        for (int j = i; j < Math.min(t.size(), i + 4); j++) {
            if (t.get(j).equals("by")) {
                return rightList(c, t.end.get(j), c.sentence().end(), true);
            }
        }
        return List.of();
    }

    List<ActorUnits.Unit> hostAfter(Context c, int from) {
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

    /**
     * True when the phrase is named as absent from what the clause reports: "in the absence of the opposition",
     * "talks without the United States": such a party takes no part in the act.
     */
    boolean absent(Context c, ActorUnits.Unit u) {
        Tokens t = c.t();
        int i = t.endingBy(u.start());
        if (t.get(i).equals("the")) {
            i--;
        }
        return t.get(i).equals("without") || t.get(i).equals("of") && t.get(i - 1).equals("absence");
    }

    String wordBefore(Context c, int offset) {
        Tokens t = c.t();
        int i = t.endingBy(offset);
        String w = t.get(i);
        if (w.equals("the") || w.equals("a") || w.equals("an")) {
            w = t.get(i - 1);
        }
        return w;
    }

    boolean pronounBefore(Context c, int headStart) {
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

    boolean pronounCloser(Context c, int headStart, List<ActorUnits.Unit> source) {
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

    /** Verbs by which a named person reports his own stance ("has said repeatedly that he opposes"). */
    private static final Set<String> OWN_REPORT = Set.of("said", "says", "say", "told", "tells", "added", "stated",
            "declared", "insisted", "stressed", "argued", "maintained", "indicated", "noted", "reiterated",
            "repeated", "announced", "asserted", "acknowledged", "admitted", "conceded", "made", "clear");
    /** Words that may stand between the speaker, the reporting verb, the pronoun ("has said repeatedly that"). */
    private static final Set<String> OWN_REPORT_GLUE = Set.of("has", "have", "had", "also", "repeatedly", "again",
            "previously", "often", "today", "yesterday", "publicly", "earlier", "long", "always", "already",
            "that", "reporters", "journalists", "newsmen", "it");

    /**
     * True when "he"/"she", the subject of the trigger, is the one the sentence's last source phrase says it of:
     * "President Reagan has said repeatedly that he opposes higher taxes" is Reagan's stance, not the stance of the
     * previous sentence's actor. Only the speaker's name, the reporting verb and a few auxiliaries and adverbs (and
     * "that") may stand between them, and the speaker must be a person.
     */
    boolean speakerOfPronoun(Context c, int headStart, List<ActorUnits.Unit> source) {
        if (source.isEmpty() || !pronounCloser(c, headStart, source)) {
            return false;
        }
        ActorUnits.Unit speaker = source.get(source.size() - 1);
        if (ActorUnits.type(c.a(), speaker) != MentionType.PERSON) {
            return false;
        }
        Tokens t = c.t();
        int h = t.atOrAfter(headStart);
        int pronoun = -1;
        for (int i = h - 1; i >= 0; i--) {
            if (SUBJECT_PRONOUNS.contains(t.get(i))) {
                pronoun = i;
                break;
            }
        }
        int from = t.atOrAfter(speaker.end());
        if (pronoun < 0 || from >= pronoun) {
            return false;
        }
        boolean reported = false;
        for (int i = from; i < pronoun; i++) {
            String w = t.get(i);
            if (OWN_REPORT.contains(w)) {
                reported = true;
            } else if (!OWN_REPORT_GLUE.contains(w)) {
                return false;
            }
        }
        return reported;
    }

    private static final Set<String> FIRST_PERSON = Set.of("i", "we");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "\u201c", "\u201d");
    /** Words between a subject and its verb ("we will also not support"). */
    private static final Set<String> SUBJECT_GAP = Set.of("will", "would", "shall", "should", "can", "could",
            "may", "might", "must", "do", "did", "does", "have", "has", "had", "am", "are", "was", "were", "also",
            "not", "never", "still", "fully", "strongly", "further", "to", "always", "again", "now", "already");

    /**
     * True when "I" or "we" is the subject of the trigger inside a quotation, after the nearest named phrase of
     * that quotation ('"I assured Minister X that I support his plans," Y said'): the one speaking acts, not the
     * name before the pronoun. A name before the opening quotation mark ('X said: "We support …"') is the speaker
     * and stays.
     */
    boolean firstPersonCloser(Context c, int headStart, List<ActorUnits.Unit> source) {
        if (source.isEmpty()) {
            return false;
        }
        Tokens t = c.t();
        int h = t.atOrAfter(headStart);
        int pronoun = -1;
        for (int i = h - 1; i >= Math.max(0, h - 5); i--) {
            if (FIRST_PERSON.contains(t.get(i))) {
                pronoun = i;
                break;
            }
            if (!SUBJECT_GAP.contains(t.get(i)) && !t.get(i).endsWith("ly")) {
                return false;
            }
        }
        if (pronoun < 0 || t.start.get(pronoun) < source.get(source.size() - 1).end()) {
            return false;
        }
        int quotes = 0;
        int open = -1;
        for (int i = 0; i < pronoun; i++) {
            if (QUOTE_MARKS.contains(t.get(i))) {
                quotes++;
                open = i;
            }
        }
        // inside a quotation that opened before the nearest name (or in an earlier sentence: no mark yet, but the
        // sentence closes one after the pronoun)
        boolean inside = quotes % 2 == 1 && t.end.get(open) <= source.get(source.size() - 1).start();
        if (quotes == 0) {
            for (int i = pronoun + 1; i < t.size(); i++) {
                inside |= QUOTE_MARKS.contains(t.get(i));
            }
        }
        return inside;
    }

    List<EventActor> actors(Context c, List<ActorUnits.Unit> units) {
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
            if (sector == null && anchor.type() != MentionType.PERSON && anchor.type() != MentionType.ORGANIZATION) {
                sector = sharedHeadSector(c, u); // "U.S. and British companies": the companies of both
            }
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
            if (country != null && demonym(anchor) && !ethnic(c, u)) {
                // "Japanese officials", "Soviet troops", "the Iranians": the adjective names no one; the actor is
                // the country, or its sector the following noun names. No entity stands behind it.
                String countryName = CountryGazetteer.englishName(country);
                entityId = null;
                name = countryName != null ? countryName : anchor.text();
            }
            out.add(new EventActor(entityId, name, country, sector));
        }
        return out;
    }

    /**
     * The sector of the head noun a bare country word shares with the next member of its list: in "U.S. and British
     * companies", "Japanese and Soviet officials" the first adjective qualifies the noun after the second, so its
     * actor is that sector of its country (the companies, not the state). Null when the unit is followed by anything
     * but "and", "or" or a comma and the next unit, or when that unit names no sector.
     */
    static String sharedHeadSector(Context c, ActorUnits.Unit u) {
        ActorUnits.Unit next = null;
        for (ActorUnits.Unit o : c.units()) {
            if (o.start() >= u.end() && (next == null || o.start() < next.start())) {
                next = o;
            }
        }
        if (next == null) {
            return null;
        }
        String gap = c.body().substring(u.end(), next.start()).strip().toLowerCase(java.util.Locale.ROOT);
        if (!gap.equals("and") && !gap.equals("or") && !gap.equals(",")) {
            return null;
        }
        String body = c.body();
        int q = next.end();
        while (q < c.sentence().end() && body.charAt(q) == ' ') {
            q++;
        }
        int r = q;
        while (r < c.sentence().end() && Character.isLetter(body.charAt(r))) {
            r++;
        }
        if (r == q || !Character.isLowerCase(body.charAt(q))) {
            return null; // the next member is a bare name too ("U.S. and Britain"): no shared noun
        }
        return ActorCoding.sectorOfNoun(body.substring(q, r));
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

    /** True when the mention is a demonym or country adjective ("Japanese", "Soviet", "Iranians"). */
    private boolean demonym(Mention m) {
        if (m.type() == MentionType.PERSON || m.type() == MentionType.ORGANIZATION) {
            return false;
        }
        String text = m.text();
        if (gazetteer.countryOfDemonym(text) != null) {
            return true;
        }
        return text.endsWith("s") && gazetteer.countryOfDemonym(text.substring(0, text.length() - 1)) != null;
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

    List<EventActor> firstPerson(Resolved r, EntityRegistry registry, String body, Sentence s,
                                         List<ActorUnits.Unit> units) {
        for (ActorUnits.Unit u : units) {
            if (ActorUnits.type(r.annotated(), u) == MentionType.PERSON) {
                Context c = new Context(r, registry, body, s, new Tokens(body, s.start(), s.end()), units, null,
                        List.of(), new HashMap<>(), null);
                return actors(c, List.of(u));
            }
        }
        return null;
    }
}
