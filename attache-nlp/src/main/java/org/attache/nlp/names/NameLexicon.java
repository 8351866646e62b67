package org.attache.nlp.names;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.attache.nlp.resolve.NameKeys;

/**
 * Closed word lists the name layers consult: office words (never part of a person's name), heads that end an
 * organisation's name, and function words. Matching is case-insensitive on the diacritic-folded word.
 */
public final class NameLexicon {
    private static final Set<String> OFFICE = Set.of(
            "minister", "ministers", "president", "vice", "chairman", "chairwoman", "chairperson", "chair",
            "secretary", "general", "prime", "premier", "senior", "deputy", "chief", "executive", "officer",
            "director", "ambassador", "envoy", "consul", "governor", "mayor", "king", "queen", "prince",
            "princess", "emperor", "empress", "chancellor", "senator", "sen", "sen.", "rep", "rep.",
            "representative", "congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson",
            "head", "leader", "commander", "admiral", "colonel", "col.", "captain", "capt.", "lieutenant",
            "lt.", "sergeant", "sgt.", "judge", "justice", "sir", "lord", "lady", "dame", "baroness", "baron", "ceo", "cfo", "coo", "mr", "mr.", "mrs", "mrs.",
            "ms", "ms.", "dr", "dr.", "prof", "prof.", "professor", "pope", "bishop", "cardinal",
            "archbishop", "rev", "rev.", "reverend", "sheikh", "sultan", "emir", "crown", "assistant",
            "foreign", "defence", "defense", "finance", "interior", "trade", "state", "party", "former",
            "ex", "acting", "incumbent", "chargé", "attaché", "advisor", "adviser", "councillor", "councilor",
            "member", "delegate", "lawmaker", "legislator", "gen.", "gen", "lt", "maj.", "major", "marshal",
            "field", "excellency", "h.e.", "president-elect", "vice-president", "vice-chairman",
            "secretary-general", "director-general", "commissioner", "coach", "manager", "striker",
            "midfielder", "defender", "goalkeeper", "economist", "analyst");

    private static final Set<String> ORG_HEAD = Set.of(
            "commission", "committee", "relations", "affairs", "party", "ministry", "department", "council",
            "assembly", "office", "bureau", "agency", "institute", "foundation", "holdings", "bank", "group",
            "association", "union", "organization", "organisation", "secretariat", "government", "court",
            "army", "forces", "corporation", "company", "corp", "corp.", "inc", "inc.", "ltd", "ltd.", "plc",
            "university", "school", "college", "policy", "studies", "academy", "federation", "league", "board",
            "authority", "administration", "parliament", "congress", "senate", "front", "movement", "fund",
            "embassy", "consulate", "mission", "centre", "center", "police", "guard", "navy", "command",
            "delegation", "cabinet", "presidium", "politburo", "alliance", "coalition");

    private static final Set<String> FUNCTION = Set.of(
            "of", "for", "and", "the", "to", "in", "on", "at", "by", "with", "a", "an", "or", "from", "as",
            "is", "was", "said", "says", "his", "her", "its", "their", "who", "that", "this", "but", "not");

    /**
     * English closed-class words (prepositions, conjunctions, subordinators, determiners, pronouns, sentence
     * adverbs) that are capitalised only because they open a sentence or a clause: "Unlike", "If",
     * "Although", "Meanwhile". None of them starts a personal name. First names that are also common
     * words ("Will", "May", "Bill", "Mark") are deliberately absent.
     */
    private static final Set<String> CLOSED_CLASS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "some", "any", "each", "every", "all", "both",
            "either", "neither", "no", "such", "another", "other", "many", "most", "several", "few",
            "his", "her", "its", "their", "our", "my", "your", "he", "she", "it", "they", "we", "i", "you",
            "him", "them", "us", "who", "whom", "whose", "which", "what", "where", "when", "why", "how",
            "whether", "if", "unless", "although", "though", "while", "whilst", "whereas", "because", "since",
            "after", "before", "until", "till", "once", "as", "like", "unlike", "than", "so", "and", "but",
            "or", "nor", "yet", "also", "however", "meanwhile", "moreover", "furthermore", "nevertheless",
            "nonetheless", "therefore", "thus", "hence", "instead", "still", "already", "even", "only",
            "just", "then", "now", "today", "yesterday", "tomorrow", "tonight", "earlier", "later", "last",
            "next", "there", "here", "not", "of", "for", "to", "in", "on", "at", "by", "with", "without",
            "within", "from", "into", "onto", "upon", "about", "above", "below", "against", "among",
            "amongst", "amid", "amidst", "around", "between", "beyond", "despite", "during", "except",
            "following", "including", "inside", "outside", "over", "per", "regarding", "through",
            "throughout", "toward", "towards", "under", "underneath", "via", "versus", "according",
            "asked", "told", "said", "says", "say", "do", "does", "did", "is", "are", "was", "were", "be",
            "been", "has", "have", "had", "should", "would", "could", "must", "might", "shall", "whatever",
            "whoever", "wherever", "whenever", "indeed", "perhaps", "maybe", "again", "too", "very",
            "dear", "thanks", "please", "yes");

    private static final Set<String> PORTFOLIO = Set.of(
            "education", "health", "defence", "defense", "finance", "justice", "labour", "labor", "trade",
            "industry", "agriculture", "transport", "culture", "information", "interior", "planning",
            "investment", "science", "technology", "environment", "energy", "tourism", "sport", "sports",
            "security", "economy", "commerce", "communications", "home", "foreign", "affairs", "state",
            "treasury", "development", "fisheries", "resources", "welfare", "housing", "immigration",
            "sustainability", "water", "youth", "construction", "infrastructure", "forestry", "exchequer",
            "transportation");

    private NameLexicon() {
    }

    private static String key(String word) {
        return AsciiFolder.fold(word).toLowerCase(Locale.ROOT);
    }

    /** Office and honorific words: "Minister", "Chairman", "Mr.". */
    public static boolean isOfficeWord(String word) {
        return OFFICE.contains(key(word));
    }

    /** Words that typically end an organisation's name: "Commission", "Relations", "Party". */
    public static boolean isOrgHead(String word) {
        return ORG_HEAD.contains(key(word));
    }

    /**
     * A capitalised organisation head of eight letters or more ("Administration", "Committee"), its plural
     * ("Administrations", "Ministries") or a one-letter slip in it ("Administrtation"): no person's name ends in one,
     * so a name that does names a body. Shorter heads are left out, since surnames end in some ("Margaret Court").
     */
    public static boolean isLongOrgHead(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
            return false;
        }
        String k = key(word);
        if (k.length() < 8) {
            return false;
        }
        if (k.endsWith("ies") && LONG_ORG_HEADS.contains(k.substring(0, k.length() - 3) + "y")) {
            return true; // "Ministries"
        }
        for (String head : LONG_ORG_HEADS) {
            if (NameKeys.oneEditApart(k, head)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The long organisation head ({@link #isLongOrgHead}) that {@code word} is a plural of or slips one letter from,
     * capitalised ("Administrations", "Administrtation" → "Administration"; "Ministries" → "Ministry"), or null when
     * the word is a head as written or none. "Holdings" and "Holding" are both firms' own names and are left alone.
     */
    public static String longOrgHeadOf(String word) {
        if (!isLongOrgHead(word)) {
            return null;
        }
        String k = key(word);
        if (LONG_ORG_HEADS.contains(k) || k.startsWith("holding")) {
            return null;
        }
        String head = null;
        if (k.endsWith("ies") && LONG_ORG_HEADS.contains(k.substring(0, k.length() - 3) + "y")) {
            head = k.substring(0, k.length() - 3) + "y";
        }
        for (int i = 0; head == null && i < LONG_ORG_HEADS.size(); i++) {
            if (NameKeys.oneEditApart(k, LONG_ORG_HEADS.get(i))) {
                head = LONG_ORG_HEADS.get(i);
            }
        }
        return head == null ? null : Character.toUpperCase(head.charAt(0)) + head.substring(1);
    }

    /** The organisation heads long enough for a one-letter difference to be a plural or a slip, not another word. */
    private static final List<String> LONG_ORG_HEADS = ORG_HEAD.stream().filter(h -> h.length() >= 8).sorted()
            .toList();

    /** Words naming a minister's portfolio ("Education" of "Minister of Education"). */
    public static boolean isPortfolioWord(String word) {
        return PORTFOLIO.contains(key(word));
    }

    /** English function words ("of", "the", "said"): never a name syllable. */
    public static boolean isFunctionWord(String word) {
        return !AsciiFolder.hasNonAsciiLetter(word) && FUNCTION.contains(key(word)); // "Tô" is not "to"
    }

    /**
     * True for an English closed-class word ("Unlike", "If", "Although", "The"): capitalised only at the
     * start of a sentence or clause, never the first word of a personal name.
     */
    public static boolean isClosedClassWord(String word) {
        return !AsciiFolder.hasNonAsciiLetter(word) && CLOSED_CLASS.contains(key(word));
    }

    /** True for a word that starts with a capital and goes on in small letters ("Trung", "Lâm", "McCain"). */
    public static boolean isTitleCase(String word) {
        if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        boolean lower = false;
        for (int i = 1; i < word.length(); i++) {
            char c = word.charAt(i);
            if (!Character.isLetter(c) && c != '\'' && c != '’' && c != '-' && c != '.') {
                return false;
            }
            lower |= Character.isLowerCase(c);
        }
        return lower || word.length() == 1;
    }

    /** True when the word holds at least one letter and nothing but letters, marks, hyphens and apostrophes. */
    public static boolean isWordLike(String word) {
        boolean letter = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != '\'' && c != '’' && c != '-') {
                return false;
            }
        }
        return letter;
    }
}
