package org.attache.nlp.offices;

import java.util.Locale;
import java.util.Set;

/** The vocabulary of the title grammar: rank heads, modifiers, portfolio ranks, organisation heads. */
final class TitleWords {
    /** Words that can end a title ("Minister", "Secretary-General", "CEO"). */
    static final Set<String> RANKS = Set.of("minister", "premier", "president", "vice-president", "chairman",
            "chairwoman", "chairperson", "chair", "secretary", "secretary-general", "undersecretary",
            "under-secretary", "director", "director-general", "dean", "ceo", "cfo", "coo", "cto", "officer",
            "ambassador", "envoy", "governor", "mayor", "senator", "speaker", "commissioner", "spokesperson",
            "spokesman", "spokeswoman", "head", "advisor", "adviser", "king", "queen", "prince", "princess",
            "emperor", "sultan", "chancellor", "representative", "congressman", "congresswoman", "leader",
            "chief", "rector", "provost", "president-elect", "commander", "commander-in-chief", "general",
            "admiral", "deputy", "attorney-general", "counsellor", "counselor", "consul", "consul-general",
            "chargé", "executive", "founder", "co-founder", "treasurer", "auditor-general", "justice",
            "lawmaker", "legislator", "delegate", "vice-chairman", "vice-chair", "ombudsman", "emir", "sheikh");

    /** Words that only modify a following rank ("Prime", "Foreign", "Deputy"). */
    static final Set<String> MODIFIERS = Set.of("deputy", "vice", "senior", "acting", "interim", "caretaker",
            "permanent", "assistant",
            "associate", "prime", "first", "second", "crown", "general", "chief", "executive", "managing",
            "foreign", "defence", "defense", "finance", "trade", "home", "interior", "justice", "health",
            "education", "labour", "labor", "industry", "agriculture", "transport", "energy", "environment",
            "culture", "information", "security", "economy", "economic", "planning", "commerce",
            "communications", "tourism", "public", "national", "party", "state", "army", "military", "police",
            "central", "bank", "cabinet", "lord", "grand", "supreme", "special", "under", "majority",
            "minority", "opposition", "high", "standing", "principal", "co", "joint", "regional", "provincial",
            "municipal", "city", "presidential", "government", "technology", "science", "investment",
            "development", "affairs", "relations", "external", "internal", "investigative", "operating",
            "financial", "technical", "political", "legal", "mission", "press", "news", "ministry", "navy",
            "air", "force", "staff", "general's");

    /** Ranks whose "of …" names a portfolio, not an organisation ("Minister of Foreign Affairs"). */
    static final Set<String> PORTFOLIO = Set.of("minister", "secretary", "commissioner", "undersecretary",
            "under-secretary");

    /** Ranks whose complement may be introduced by "to" ("Ambassador to Japan"). */
    static final Set<String> TAKES_TO = Set.of("ambassador", "envoy", "representative", "advisor", "adviser",
            "delegate", "spokesperson", "spokesman", "spokeswoman");

    /** Heads that end organisation names ("Institute", "Holdings"), for repairing swallowed names. */
    static final Set<String> ORG_HEADS = Set.of("institute", "school", "policy", "holdings", "foundation",
            "party", "committee", "council", "university", "ministry", "bank", "company", "group",
            "corporation", "corp", "association", "agency", "commission", "office", "studies", "relations",
            "affairs", "department", "centre", "center", "organization", "organisation", "union", "forum",
            "assembly", "parliament", "government", "embassy", "fund", "authority", "board", "academy",
            "college", "inc", "ltd", "bureau", "service", "services", "federation", "society", "trust",
            "network", "alliance", "congress", "front", "league", "administration", "secretariat",
            "programme", "program", "court", "tribunal", "force", "forces", "army", "navy", "police");

    /** Words that end an "of …" phrase: verbs, clause words and prepositions that start a new constituent. */
    static final Set<String> PHRASE_STOPS = Set.of("in", "at", "to", "on", "with", "by", "from", "as", "who",
            "which", "that", "said", "says", "say", "told", "tells", "met", "meets", "will", "would", "has",
            "have", "had", "is", "are", "was", "were", "also", "during", "after", "before", "when", "while",
            "but", "or", "paid", "led", "leads", "called", "calls", "urged", "urges", "visited", "visits",
            "hailed", "hails", "expressed", "welcomed", "noted", "stressed", "affirmed", "can", "could",
            "should", "may", "might", "did", "does", "do", "not", "being", "been", "be", "under", "about",
            "into", "over", "via", "since", "until", "this", "these", "those", "there", "here", "then", "than",
            "because", "if", "whose", "where", "it", "he", "she", "they", "we", "i", "you");

    /** Determiners allowed at the start of an "of …" phrase. */
    static final Set<String> DETERMINERS = Set.of("the", "its", "their", "his", "her", "a", "an", "our");

    private TitleWords() {
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** A rank, also with "-elect" ("Minister-elect", "Governor-elect"). */
    static boolean rank(String s) {
        return RANKS.contains(withoutElect(lower(s)));
    }

    static boolean titleWord(String s) {
        String l = lower(s);
        return RANKS.contains(withoutElect(l)) || MODIFIERS.contains(l);
    }

    private static String withoutElect(String l) {
        return l.endsWith("-elect") && l.length() > 6 ? l.substring(0, l.length() - 6) : l;
    }
}
