package org.attache.nlp.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.OfficeClaim;
import org.attache.nlp.gazetteer.CountriesAsOfLayer;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.CountryHistory;
import org.attache.nlp.gazetteer.Igos;

/**
 * Country and sector of an actor phrase, from its words and the offices the article gives it. Sector cues are
 * general English words for each CAMEO/PLOVER sector ("Minister" → GOV, "army" → MIL, "party" → PTY). A bare
 * country ("Singapore") gets no sector: the text names the state, not one of its sectors. International
 * organisations are those of the bundled table ({@link Igos}); a country is given as of the article's day.
 */
final class ActorCoding {
    /** Non-governmental organisations: name → code. */
    static final Map<String, String> NGOS = Map.ofEntries(
            Map.entry("red cross", "NGO"), Map.entry("international committee of the red cross", "NGO"),
            Map.entry("icrc", "NGO"), Map.entry("amnesty international", "NGO"), Map.entry("amnesty", "NGO"),
            Map.entry("human rights watch", "NGO"), Map.entry("doctors without borders", "NGO"),
            Map.entry("medecins sans frontieres", "NGO"), Map.entry("msf", "NGO"), Map.entry("oxfam", "NGO"),
            Map.entry("red crescent", "NGO"), Map.entry("care international", "NGO"),
            Map.entry("reporters without borders", "NGO"), Map.entry("greenpeace", "NGO"));

    private static final String[][] SECTOR_CUES = {
            // order matters: the first sector whose cue occurs wins
            {"PTY", "party", "central committee", "politburo", "secretary-general of the party", "commission for external relations",
                    "party general secretary", "general secretary"},
            {"MIL", "army", "military", "defence forces", "defense forces", "armed forces", "troops", "soldier",
                    "navy", "air force", "general ", "commander", "marines", "forces", "militia", "brigade", "defence minister",
                    "defense minister", "tanks", "warplanes", "gunboats"},
            {"REB", "rebel", "guerrilla", "guerilla", "insurgent", "separatist", "militant", "fighters"},
            {"COP", "police", "policemen", "gendarm", "security forces"},
            {"LEG", "parliament", "national assembly", "senator", "senate", "congress", "lawmaker", "legislat",
                    "deputies", "speaker", "mp ", "duma", "knesset"},
            {"JUD", "court", "judge", "prosecutor", "tribunal", "justice"},
            {"EDU", "university", "school", "dean", "institute", "professor", "academy", "student", "college"},
            {"MED", "newspaper", "journalist", "reporter", "television", "radio", "news agency", "editor"},
            {"BUS", "company", "holdings", "ceo", "chief executive", "bank", "corporation", "firm", "group",
                    "chairman of", "businessm", "investor", "foundation", "shareholder", "plc", "inc", "ltd", "corp",
                    "consortium", "manufacturer", "airline", "airlines", "shipping", "exporter", "importer", "companies",
                    "stockholder"},
            {"REF", "refugee"},
            {"OPP", "opposition", "dissident"},
            {"CVL", "protester", "demonstrator", "civilian", "villager", "resident", "settler", "worker", "farmer",
                    "people", "citizen", "students", "crowd", "mob"},
            {"GOV", "minister", "president", "prime minister", "government", "ministry", "cabinet", "official",
                    "king", "emir", "sheikh", "premier", "ambassador", "envoy", "diplomat", "chancellor", "authorities",
                    "spokesman", "spokeswoman", "governor", "mayor", "administration", "leader", "foreign",
                    "secretary of state", "state department", "white house", "kremlin", "embassy", "regime",
                    "junta", "head of state", "negotiator", "delegation"}};
    private static final Set<String> GENERIC_COUNTRY_WORDS = Set.of("white house", "kremlin", "pentagon",
            "state department", "downing street", "elysee", "élysée");

    private ActorCoding() {
    }

    private static final String[] STRONG_GOV = {"minister", "prime minister", "ministry", "government", "premier",
            "ambassador", "chancellor", "cabinet"};
    private static final java.util.Set<String> PREFIX_CUES = java.util.Set.of("legislat", "businessm", "gendarm",
            "rebel", "guerrilla", "guerilla", "insurgent", "separatist", "militant", "protester", "demonstrator",
            "refugee", "civilian", "villager", "resident", "settler", "worker", "farmer", "student", "soldier",
            "lawmaker", "journalist", "reporter", "official", "dissident", "senator", "judge", "prosecutor",
            "shareholder", "manufacturer", "exporter", "importer", "stockholder");

    /** True when {@code cue} occurs in the padded text as a whole word (or a plural, or as a prefix cue). */
    private static boolean word(String padded, String cue) {
        return padded.contains(" " + cue + " ") || padded.contains(" " + cue + "s ")
                || padded.contains(" " + cue + "es ") || (PREFIX_CUES.contains(cue) && padded.contains(" " + cue));
    }

    /**
     * The IGO code of a name ({@link Igos}: "International Monetary Fund" → IMF, "EEC" → EU, and "United
     * Nations …"/"U.N. …" bodies the table does not list → UN), or "NGO" for a known non-governmental
     * organisation, or null.
     */
    static String organisationCode(String name) {
        String igo = Igos.standard().codeOfName(name);
        if (igo != null) {
            return igo;
        }
        String k = name.toLowerCase(Locale.ROOT).replace("the ", "").trim();
        if (k.startsWith("united nations ") || k.startsWith("u.n. ") || k.startsWith("un ")) {
            return "UN";
        }
        return NGOS.get(k);
    }

    /** True when the code is an IGO code of the bundled table ({@link Igos}). */
    static boolean isIgo(String code) {
        return Igos.standard().isIgo(code);
    }

    /** The sector the phrase's words and offices cue, or null. */
    static String sector(String words, Annotated a, ActorUnits.Unit u) {
        StringBuilder text = new StringBuilder(" ").append(words).append(' ');
        for (OfficeClaim c : a.offices()) {
            if (u.mentions().contains(c.holder())) {
                text.append(' ').append(c.title().toLowerCase(Locale.ROOT));
                if (c.organization() != null) {
                    text.append(' ').append(c.organization().toLowerCase(Locale.ROOT));
                }
            }
        }
        String t = " " + text.toString().replaceAll("[^\\p{L}\\p{N}'-]+", " ") + " ";
        for (String cue : STRONG_GOV) {
            if (word(t, cue)) {
                return "GOV"; // "Minister of Foreign Affairs", even when the holder is also a party member
            }
        }
        for (String[] cue : SECTOR_CUES) {
            for (int i = 1; i < cue.length; i++) {
                if (word(t, cue[i].strip())) {
                    return cue[0];
                }
            }
        }
        return null;
    }

    /** The sector a single common noun cues ("judge" → JUD, "troops" → MIL), or null. */
    static String sectorOfNoun(String noun) {
        String t = " " + noun.toLowerCase(Locale.ROOT) + " ";
        for (String cue : STRONG_GOV) {
            if (word(t, cue)) {
                return "GOV";
            }
        }
        for (String[] cue : SECTOR_CUES) {
            for (int i = 1; i < cue.length; i++) {
                if (word(t, cue[i].strip())) {
                    return cue[0];
                }
            }
        }
        return null;
    }

    /**
     * The country (as of the article's day: "Moscow" in 1987 → SUN) or IGO a phrase is tied to by its mentions
     * and offices, or null.
     */
    static String country(Annotated a, ActorUnits.Unit u, CountryGazetteer gazetteer) {
        String c = countryNow(a, u, gazetteer);
        return CountryHistory.standard().asOf(c, CountriesAsOfLayer.dayOf(a.article()));
    }

    private static String countryNow(Annotated a, ActorUnits.Unit u, CountryGazetteer gazetteer) {
        if (u.anchor() < 0) {
            return null;
        }
        Mention anchor = a.mentions().get(u.anchor());
        for (OfficeClaim c : a.offices()) {
            if (c.holder() == u.anchor() && c.country() != null) {
                return c.country();
            }
        }
        if (anchor.country() != null) {
            return anchor.country();
        }
        for (int i : u.mentions()) {
            Mention m = a.mentions().get(i);
            if (m.country() != null && m.type() != MentionType.TITLE) {
                return m.country();
            }
        }
        for (int i : u.mentions()) {
            Mention m = a.mentions().get(i);
            if (m.country() != null) {
                return m.country();
            }
        }
        if (anchor.type() == MentionType.LOCATION) {
            String c = gazetteer.countryOfPlace(anchor.canonical());
            if (c == null) {
                c = Places.countryOf(anchor.canonical());
            }
            if (c == null) {
                c = Places.countryOf(anchor.text());
            }
            if (c != null) {
                return c;
            }
        }
        String org = organisationCode(anchor.canonical());
        if (org == null) {
            org = organisationCode(anchor.text());
        }
        if (org != null) {
            return org;
        }
        for (int i : u.mentions()) {
            Mention m = a.mentions().get(i);
            if (m.type() == MentionType.ORGANIZATION || m.type() == MentionType.MISC) {
                String c = Places.countryOfOrganisation(m.canonical());
                c = c != null ? c : Places.countryOfOrganisation(m.text());
                if (c != null) {
                    return c;
                }
            }
        }
        String name = anchor.canonical().toLowerCase(Locale.ROOT);
        if (GENERIC_COUNTRY_WORDS.contains(name)) {
            return switch (name) {
                case "kremlin" -> "RUS";
                case "downing street" -> "GBR";
                case "elysee", "élysée" -> "FRA";
                default -> "USA";
            };
        }
        return null;
    }
}
