package org.attache.nlp.events;

import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trigger words that report no act between parties, though their words are those of an act (issue 14, item 8):
 * <ul>
 *   <li>what is said to the reporter: "declined to comment / elaborate / give figures / be identified", "refused to
 *       say", "asked not to be named" is no rejection; "asked about …", "when asked if …", "asked by reporters
 *       whether …" is the reporter's question, no request, and an act named inside that question ("if Indonesia
 *       would support …") is asked about, not reported;</li>
 *   <li>agreeing with an opinion: "X, an analyst, agreed." or "agreed with the traders' outlook" is no AGREE;</li>
 *   <li>an act that did not and will not happen: wished in a counterfactual ("would have preferred to offer"), or
 *       forecast not to happen ("is not expected to change its policy");</li>
 *   <li>commerce and market administration: offering services or products, accepting or rejecting bids in a
 *       tender;</li>
 *   <li>another sense of the word: fighting a campaign or inflation, demonstrating unwillingness, "provided" as a
 *       conjunction;</li>
 *   <li>a participle that describes the noun before it in a comma-set phrase ("the government, committed to a
 *       multi-party system", "its ban on shipments, imposed in support of …"): a description, not an act.</li>
 * </ul>
 * Lexical tests on the sentence's tokens around the trigger (with the tagger's reading where it has one), so they
 * hold whether or not the sentence was parsed. A real refusal ("declined to meet", "refused the offer"), a real
 * request ("asked Japan to open its market", "asked for aid") and a real agreement ("agreed with Japan on …") stay.
 */
final class UnstatedActs {
    private UnstatedActs() {
    }

    /**
     * True when any of this class's readings finds that the trigger reports no act between parties: a refusal to
     * tell, a question, an act asked about or not told about, a thing that allows or helps ("subsidies which have allowed Italy to"), an agreement with a view, a counterfactual wish, a forecast that the act
     * will not happen, commerce, or a describing participle.
     */
    static boolean noAct(Tokens t, String body, List<ActorUnits.Unit> units, PatternEventCoder.Match m,
                         Syntax.Analysis tags) {
        return ENABLING.contains(m.entry().pattern().words().get(0))
                && TriggerReadings.relativeThingSubject(t, body, units, m, tags) || refusedToTell(t, m) || question(t, m) || askedAbout(t, m) || insideRefusedTelling(t, m) || agreedWithView(t, units, m)
                || counterfactualWish(t, m) || forecastNotToHappen(t, m) || commerce(t, m)
                || describingParticiple(t, m, tags) || otherSense(t, m) || referencedAccord(t, m);
    }

    /** Nouns of an accord between parties. */
    private static final Set<String> ACCORD_NOUNS = Set.of("agreement", "agreements", "accord", "accords", "pact",
            "pacts", "treaty", "treaties", "deal", "deals", "arrangement", "arrangements");
    /** Modifiers that place an accord before the report: it stands, it is not being made. */
    private static final Set<String> STANDING_MODIFIERS = Set.of("existing", "current", "previous", "earlier", "old",
            "original", "present", "prior", "standing", "former", "last", "expiring", "expired", "outstanding");
    /** Month names, which date an accord before the report ("the December agreement"); not "may", the modal. */
    private static final Set<String> MONTH_NAMES = Arrays.stream(Month.values()).filter(month -> month != Month.MAY)
            .map(month -> month.name().toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    /** Prepositions that refer to an accord as a frame or a measure ("under", "compliance with", "renewal of"). */
    private static final Set<String> REFERRING_PREPOSITIONS = Set.of("under", "from", "of", "to", "than", "in",
            "with", "by", "within", "beyond", "since", "outside");
    /** Determiners that point back to an accord already known to the reader. */
    private static final Set<String> DEFINITE = Set.of("the", "its", "their", "his", "her", "our", "this", "that",
            "these", "those", "'s");
    /** Determiners that introduce an accord as news. */
    private static final Set<String> INDEFINITE = Set.of("a", "an", "any", "another", "some", "no");
    /** Nouns of making an accord: "the signing of the agreement" reports the accord being made. */
    private static final Set<String> MAKING_NOUNS = Set.of("signing", "conclusion", "ratification", "approval",
            "initialling", "initialing", "adoption", "announcement", "completion");
    /** Participles that report the accord being made now ("the agreement reached on Monday"). */
    private static final Set<String> MADE = Set.of("reached", "signed", "concluded", "struck", "agreed",
            "initialled", "initialed", "announced", "hammered", "worked", "negotiated", "sealed", "clinched",
            "approved", "ratified");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "has", "have", "had", "been");

    /**
     * True when a noun of an accord refers to one that already stands instead of reporting one being made: dated
     * before the report or called existing ("its 1985 debt agreement", "the December OPEC agreement", "the
     * existing grain agreement"), or named, with a definite determiner, as the frame or the measure of something
     * else ("renewal of the five-year grains agreement", "complied with the U.S.-Japan agreement", "referring to
     * the trade agreement", "under the agreement, Japan will …"). Agreeing now stays: an accord introduced as news
     * ("signed an agreement", "talks ended in an agreement"), one said to be made ("the agreement reached on
     * Monday", "the accord was signed today"), and its making ("the signing of the agreement").
     */
    static boolean referencedAccord(Tokens t, PatternEventCoder.Match m) {
        if (!m.noun() || !ACCORD_NOUNS.contains(t.get(m.head()))) {
            return false;
        }
        int after = m.last() + 1;
        if (MADE.contains(t.get(after)) || t.get(after).equals(",") && MADE.contains(t.get(after + 1))
                || BE_FORMS.contains(t.get(after)) && (MADE.contains(t.get(after + 1))
                || t.get(after + 1).equals("been") && MADE.contains(t.get(after + 2)))) {
            return false; // "the agreement reached on Monday", "the accord was signed today"
        }
        boolean standing = false;
        int words = 0;
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 9); i--) {
            String w = t.get(i);
            if ((w.equals("-") || w.equals("--")) && t.get(i - 1).matches("\\d{1,2}")) {
                return standing; // "TOKYO, June 29 - OPEC's agreement": the dateline is no part of the phrase
            }
            if (w.equals("(") || w.equals(")") || w.equals("-") || w.equals("/")) {
                continue;
            }
            if (STANDING_MODIFIERS.contains(w) || MONTH_NAMES.contains(w) || w.matches("(19|20)\\d\\d")) {
                standing = true; // "its 1985 agreement", "the December agreement", "the existing accord"
                words++;
                continue;
            }
            if (INDEFINITE.contains(w)) {
                return standing; // "an agreement": news, unless dated ("a 1985 agreement")
            }
            if (DEFINITE.contains(w)) {
                if (w.equals("'s")) {
                    words++;
                    continue; // "OPEC's agreement": the owner's name is part of the phrase
                }
                return standing || governedAsReference(t, i - 1);
            }
            if (REFERRING_PREPOSITIONS.contains(w)) {
                return standing || words > 0 && governedAsReference(t, i); // "of U.S.-Japan agreement", not "in agreement"
            }
            if (Tokens.isPunct(w) || BE_FORMS.contains(w) || AUX_OR_VERB.contains(w)) {
                return standing;
            }
            words++;
        }
        return standing;
    }

    private static final Set<String> AUX_OR_VERB = Set.of("will", "would", "said", "says", "say", "and", "or",
            "but", "that", "which", "who", "as", "while", "because", "if");

    /** True when the word at {@code p} is a preposition that frames an accord rather than reports its making. */
    private static boolean governedAsReference(Tokens t, int p) {
        String w = t.get(p);
        if (!REFERRING_PREPOSITIONS.contains(w)) {
            return false;
        }
        return !(w.equals("of") && MAKING_NOUNS.contains(t.get(p - 1))); // "the signing of the agreement"
    }

    /** What one fights without force: a campaign, a case, a policy, a social ill. */
    private static final Set<String> CONTESTS = Set.of("campaign", "campaigns", "election", "elections", "case",
            "cases", "lawsuit", "suit", "bill", "bills", "proposal", "proposals", "plan", "plans", "measure",
            "measures", "legislation", "tax", "taxes", "inflation", "recession", "unemployment", "poverty",
            "corruption", "protectionism", "charges", "seat", "takeover", "bid", "battle", "decision", "ruling");
    private static final Set<String> NOUN_GLUE = Set.of("a", "an", "the", "this", "that", "its", "their", "his",
            "her", "our", "very", "active", "hard", "tough", "strong", "long", "bitter", "legal", "court", "election",
            "political", "public", "any", "such", "new", "proposed", "rising");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her", "our",
            "that", "how", "what", "general", "no", "some", "considerable", "great", "little", "strong", "renewed");
    private static final Set<String> SUBJECTS = Set.of("the", "it", "they", "there", "we", "he", "she", "that", "all",
            "prices", "rates", "you", "i");

    /**
     * True when the trigger word is in a sense that is no act between parties: "fighting a very active campaign",
     * "fight inflation" (a contest or an ill, no force); "demonstrating general unwillingness", "demonstrated its
     * commitment" (showing something, no demonstration); "…, provided the yen does not rise" (a conjunction, no
     * aid). "Fighting rebels", "demonstrated against the government", "provided arms to the rebels" stay.
     */
    static boolean otherSense(Tokens t, PatternEventCoder.Match m) {
        String head = m.entry().pattern().words().get(0);
        if (m.entry().pattern().words().size() > 1 || m.noun()) {
            return false;
        }
        int after = m.last() + 1;
        if (head.equals("fight")) {
            for (int i = after; i <= Math.min(t.size() - 1, after + 4); i++) {
                String w = t.get(i);
                if (CONTESTS.contains(w)) {
                    return true;
                }
                if (!NOUN_GLUE.contains(w) && !w.endsWith("'s")) {
                    return false;
                }
            }
            return false;
        }
        if (head.equals("demonstrate")) {
            return DETERMINERS.contains(t.get(after)); // a protest is intransitive: "demonstrated in/against/outside"
        }
        if (head.equals("provide") && (t.get(m.head()).equals("provided") || t.get(m.head()).equals("providing"))) {
            if (t.get(after).equals("that")) {
                return true;
            }
            if (!t.get(m.head() - 1).equals(",") || !SUBJECTS.contains(t.get(after))) {
                return false;
            }
            for (int i = after; i <= Math.min(t.size() - 1, after + 8); i++) {
                if (t.get(i).equals("with") || t.get(i).equals("to") || t.get(i).equals("for")) {
                    return false; // ", provided the rebels with arms"
                }
            }
            return true;
        }
        return false;
    }

    /** Verbs whose subject may be a thing that makes something possible rather than an actor who acts. */
    private static final Set<String> ENABLING = Set.of("allow", "help", "enable", "permit", "support", "provide",
            "give", "offer", "guarantee", "ensure");

    /** Heads of a refusal that, before a verb of telling, refuse only to tell. */
    private static final Set<String> REFUSING = Set.of("decline", "refuse");
    /** Verbs after "declined to" that tell or answer: what is refused is information, to the reporter. */
    private static final Set<String> TELLING = Set.of("comment", "elaborate", "say", "specify", "disclose",
            "confirm", "reveal", "detail", "speculate", "answer", "predict", "estimate", "identify", "name", "quote",
            "explain", "divulge", "respond", "reply", "be", "give", "provide", "put", "make");
    /** Words that may stand between such a verb and its information noun ("give any further details"). */
    private static final Set<String> INFORMATION = Set.of("figures", "figure", "details", "detail", "names", "name",
            "numbers", "number", "a", "any", "further", "more", "specific", "specifics", "precise", "exact", "date",
            "dates", "timetable", "estimate", "estimates", "comment", "comments", "reasons", "reason", "breakdown",
            "information", "forecast", "forecasts", "value", "amount", "amounts", "price", "prices", "his", "her",
            "their", "its", "the", "an", "public");
    private static final Set<String> NAMED = Set.of("identified", "named", "quoted");
    /** Verbs of telling that refuse information only with an object that is information ("give figures"). */
    private static final Set<String> GIVING = Set.of("give", "provide", "put", "make");
    /** Nouns that make such an object information rather than a thing given ("refused to give aid"). */
    private static final Set<String> INFORMATION_NOUNS = Set.of("figures", "figure", "details", "names", "numbers",
            "date", "dates", "timetable", "estimate", "estimates", "comment", "comments", "reasons", "breakdown",
            "information", "forecast", "forecasts", "specifics", "amount", "value");

    /**
     * True when a refusal only refuses to tell: "declined to comment", "refused to say how …", "declined to give
     * figures", "declined to be identified"; and "asked not to be identified". "Declined to meet", "refused the
     * offer", "refused to give aid" stay.
     */
    static boolean refusedToTell(Tokens t, PatternEventCoder.Match m) {
        String head = m.entry().pattern().words().get(0);
        int after = m.last() + 1;
        if (head.equals("ask") && t.get(after).equals("not") && t.get(after + 1).equals("to")
                && t.get(after + 2).equals("be") && NAMED.contains(t.get(after + 3))) {
            return true; // "who asked not to be identified"
        }
        if (!REFUSING.contains(head) || m.entry().pattern().words().size() > 1) {
            return false;
        }
        if (!t.get(after).equals("to")) {
            return false;
        }
        String verb = t.get(after + 1);
        if (!TELLING.contains(verb)) {
            return false;
        }
        if (verb.equals("be")) {
            return NAMED.contains(t.get(after + 2)); // "declined to be identified"
        }
        if (GIVING.contains(verb)) {
            // "declined to give figures", "refused to put a figure on it"; "refused to give aid" is a refusal
            for (int i = after + 2; i <= Math.min(t.size() - 1, after + 5); i++) {
                String w = t.get(i);
                if (INFORMATION_NOUNS.contains(w)) {
                    return true;
                }
                if (!INFORMATION.contains(w)) {
                    return false;
                }
            }
            return false;
        }
        return true;
    }

    /** Words that open what a question asks ("asked whether", "asked him about"). */
    private static final Set<String> QUESTION_OPENERS = Set.of("whether", "if", "about", "how", "what", "why",
            "when", "who", "which", "where");
    private static final Set<String> ASK_FORMS = Set.of("ask", "asks", "asked", "asking");
    /**
     * Verbs after "asked to" that ask for words, not for an act: the one asked is the reporter's source ("asked to
     * comment", "asked to explain"); "asked Japan to open its market" names the one asked and stays a request.
     */
    private static final Set<String> ASKED_TO_TELL = Set.of("comment", "elaborate", "say", "specify", "confirm",
            "speculate", "explain", "respond", "reply", "answer", "predict", "estimate", "clarify", "describe",
            "assess", "characterize", "characterise", "evaluate");
    /** Nouns after "asked for" that are words asked of the speaker ("asked for comment", "asked for his views"). */
    private static final Set<String> ASKED_FOR_VIEW = Set.of("comment", "comments", "reaction", "reactions",
            "view", "views", "opinion", "opinions", "clarification", "explanation");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "further", "any");
    /** Question words that open an indirect question when they follow the verb of asking. */
    private static final Set<String> WH_OPENERS = Set.of("why", "how", "what", "when", "who", "which", "where");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "me", "us");
    private static final Set<String> CLAUSE_ENDS = Set.of(".", ";", ":", "?", "!", "\"", "\u201c", "\u201d");

    /**
     * True when "ask" is a question rather than a request: it opens a question ("asked whether", "asked him about
     * …", "asked reporters why"), is asked by reporters ("asked by reporters if"), or is a participle that sets a
     * reply's scene ("Asked about his expectations, X said …", "When asked if …"). A request ("asked Japan to open
     * its market", "asked for aid", "asked the court to rule") has an infinitive or "for" instead.
     */
    static boolean question(Tokens t, PatternEventCoder.Match m) {
        if (!m.entry().pattern().words().get(0).equals("ask") || m.noun()) {
            return false;
        }
        int h = m.head();
        int after = m.last() + 1;
        if (t.get(after).equals("to") && ASKED_TO_TELL.contains(t.get(after + 1))
                || t.get(after).equals("for") && (ASKED_FOR_VIEW.contains(t.get(after + 1))
                        || POSSESSIVES.contains(t.get(after + 1)) && ASKED_FOR_VIEW.contains(t.get(after + 2)))) {
            return true; // "the spokesman, asked to comment on …", "when asked for comment": the reporter asks
        }
        if (h == 0 || t.get(h - 1).equals("when") || t.get(h - 1).equals("if") || t.get(h - 1).equals("as")) {
            return !t.get(m.last() + 1).equals("for") && !infinitiveAfter(t, m.last() + 1); // "Asked about …, X said"
        }
        for (int i = m.last() + 1; i <= Math.min(t.size() - 1, m.last() + 6); i++) {
            String w = t.get(i);
            if (QUESTION_OPENERS.contains(w)) {
                return true;
            }
            if (w.equals("to") || w.equals("for") || CLAUSE_ENDS.contains(w) || w.equals(",")) {
                return false;
            }
            if (w.equals("by") && (t.get(i + 1).equals("reporters") || t.get(i + 1).equals("journalists"))) {
                return true;
            }
        }
        return false;
    }

    private static boolean infinitiveAfter(Tokens t, int from) {
        for (int i = from; i <= Math.min(t.size() - 1, from + 5); i++) {
            String w = t.get(i);
            if (w.equals("to")) {
                return !t.get(i + 1).equals("the") && !t.get(i + 1).equals("a");
            }
            if (Tokens.isPunct(w) || QUESTION_OPENERS.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /**
     * True when the trigger stands in what a question asks ("When asked if a subsidy would be offered …", "asked
     * whether Indonesia would support …"): "ask" with a question opener between it and the trigger, in the same
     * clause (a comma ends the question when the reply follows it).
     */
    static boolean askedAbout(Tokens t, PatternEventCoder.Match m) {
        boolean opener = false;
        for (int i = m.head() - 1; i >= Math.max(0, m.head() - 14); i--) {
            String w = t.get(i);
            if (CLAUSE_ENDS.contains(w) || w.equals(",")) {
                return false;
            }
            if (w.equals("whether") || w.equals("if")) {
                opener = true;
            }
            if (ASK_FORMS.contains(w) || w.equals("wondered") || w.equals("inquired")) {
                // "asked whether …" anywhere in the clause; "was asked why the United States had chosen to attack",
                // "asked him how …": a question word right after the verb (or its pronoun object) opens the question
                int q = OBJECT_PRONOUNS.contains(t.get(i + 1)) ? i + 2 : i + 1;
                return opener || q < m.head() && WH_OPENERS.contains(t.get(q));
            }
        }
        return false;
    }

    /** Forms of "decline" and "refuse" that open a refusal to tell. */
    private static final Set<String> REFUSAL_FORMS = Set.of("declined", "declines", "declining", "decline",
            "refused", "refuses", "refusing", "refuse");
    /** Verbs of telling whose refused object is a question ("declined to say what …"). */
    private static final Set<String> TELLING_WHAT = Set.of("say", "comment", "disclose", "specify", "reveal",
            "confirm", "speculate", "predict", "explain", "elaborate", "answer", "detail", "estimate", "indicate");

    /**
     * True when the trigger stands in what someone would not tell ("declined to say what action the United States
     * would take if Japan continues to resist …", "refused to disclose whether talks were held"): a refusal to
     * tell, a question opener between it and the trigger, all in the same clause (a comma ends it, as in
     * {@link #askedAbout}). The story reports the refusal, not the acts named inside it.
     */
    static boolean insideRefusedTelling(Tokens t, PatternEventCoder.Match m) {
        boolean opener = false;
        for (int i = m.head() - 1; i >= Math.max(2, m.head() - 20); i--) {
            String w = t.get(i);
            if (CLAUSE_ENDS.contains(w) || w.equals(",")) {
                return false;
            }
            if (QUESTION_OPENERS.contains(w)) {
                opener = true;
            }
            if (TELLING_WHAT.contains(w) && t.get(i - 1).equals("to") && REFUSAL_FORMS.contains(t.get(i - 2))) {
                return opener;
            }
        }
        return false;
    }

    /** Nouns of a view one may agree with ("agreed with the traders' outlook"). */
    private static final Set<String> VIEWS = Set.of("view", "views", "outlook", "assessment", "assessments",
            "forecast", "forecasts", "analysis", "estimate", "estimates", "prediction", "predictions", "opinion",
            "opinions", "comment", "comments", "remarks", "assumption", "conclusion", "conclusions", "sentiment",
            "expectation", "expectations", "projection", "projections", "reading", "interpretation", "judgment",
            "judgement", "diagnosis", "prognosis", "thesis", "argument", "arguments");
    /** People whose views one agrees with (see {@link ReportedClauses}). */
    private static final Set<String> VIEW_HOLDERS = Set.of("analyst", "analysts", "economist", "economists",
            "trader", "traders", "dealer", "dealers", "broker", "brokers", "observers", "experts", "bankers");

    /**
     * True when "agree" agrees with an opinion, not with a party: nothing follows it but the sentence's end or a
     * report's tail ("Mehdi Varzi, an analyst in London, agreed."), or what follows "with" is a view or those who
     * hold one ("agreed with the traders' outlook", "agreed with other analysts"). "Agreed with Japan on quotas",
     * "agreed to meet", "agreed that troops would leave" stay.
     */
    static boolean agreedWithView(Tokens t, List<ActorUnits.Unit> units, PatternEventCoder.Match m) {
        if (!m.entry().pattern().words().get(0).equals("agree") || m.noun()
                || m.entry().pattern().words().size() > 1) {
            return false;
        }
        int after = m.last() + 1;
        String next = t.get(after);
        if (next.isEmpty() || next.equals(".") || next.equals("\"") || next.equals("\u201d")) {
            return true; // "…, agreed."
        }
        if (next.equals(",") && (t.get(after + 1).equals("saying") || t.get(after + 1).equals("adding"))) {
            return true; // "…, agreed, saying the market …"
        }
        if (!next.equals("with")) {
            return false;
        }
        for (int i = after + 1; i <= Math.min(t.size() - 1, after + 6); i++) {
            int s = t.start.get(i);
            String w = t.get(i);
            if (VIEWS.contains(w) || VIEW_HOLDERS.contains(w)) {
                return true; // "agreed with other analysts", "with the traders' outlook"
            }
            if (Tokens.isPunct(w) && !w.equals("'") && !w.equals("-")) {
                return false;
            }
            for (ActorUnits.Unit u : units) {
                if (u.start() <= s && s < u.end() && !t.get(t.endingBy(u.end()) + 1).equals("'s")
                        && !t.get(t.endingBy(u.end()) + 1).equals("'")) {
                    return false; // "agreed with Japan": a party, not a view (unless its view follows: "Japan's view")
                }
            }
        }
        return false;
    }

    private static final Set<String> WISHES = Set.of("preferred", "liked", "wanted", "wished", "hoped", "loved");
    private static final Set<String> COUNTERFACTUAL_MODALS = Set.of("would", "could", "might", "should", "'d");

    /**
     * True when the act is only wished in a counterfactual ("would have preferred to offer the post", "would have
     * liked to visit"): it did not happen and is not planned.
     */
    static boolean counterfactualWish(Tokens t, PatternEventCoder.Match m) {
        int h = m.head();
        for (int i = h - 1; i >= Math.max(2, h - 5); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (w.equals("to") && WISHES.contains(t.get(i - 1)) && t.get(i - 2).equals("have")
                    && COUNTERFACTUAL_MODALS.contains(t.get(i - 3))) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> FORECAST_WORDS = Set.of("expected", "likely", "seen", "thought", "believed",
            "predicted", "forecast");
    private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "unlikely");

    /**
     * True when the act is forecast not to happen: "is not expected to change its policy", "is unlikely to meet
     * before June". A forecast about an actor states no act by it, neither a refusal nor a plan.
     */
    static boolean forecastNotToHappen(Tokens t, PatternEventCoder.Match m) {
        int h = m.head();
        for (int i = h - 1; i >= Math.max(1, h - 4); i--) {
            String w = t.get(i);
            if (Tokens.isPunct(w)) {
                return false;
            }
            if (w.equals("to")) {
                String before = t.get(i - 1);
                if (before.equals("unlikely")) {
                    return true;
                }
                if (FORECAST_WORDS.contains(before)) {
                    for (int j = i - 2; j >= Math.max(0, i - 4); j--) {
                        if (NEGATORS.contains(t.get(j)) || t.get(j).endsWith("n't")) {
                            return true;
                        }
                    }
                }
                return false;
            }
        }
        return false;
    }

    /** What a firm or a market offers: goods, services and securities. */
    private static final Set<String> GOODS = Set.of("services", "service", "products", "product", "shares",
            "stock", "stocks", "bonds", "notes", "securities", "contract", "contracts", "futures", "options",
            "accounts", "account", "insurance", "discounts", "discount", "coupon", "yield", "yields", "rates",
            "goods", "warrants", "debentures", "certificates", "fares", "flights", "routes", "models", "cars");
    /** What a tender's administrator accepts or rejects. */
    private static final Set<String> TENDER_OFFERS = Set.of("bids", "tenders", "tender");

    /**
     * True when the trigger is commerce or a tender's routine: "offer" whose object is goods, services or
     * securities ("allow banks to offer a broad range of financial services"), "accepted bids totalling …",
     * "rejected all bids for licences". A government's offer of aid or of talks, and "rejected Iran's bid for a
     * seat" (one bid, an attempt), stay.
     */
    static boolean commerce(Tokens t, PatternEventCoder.Match m) {
        String head = m.entry().pattern().words().get(0);
        if (m.noun() || m.entry().pattern().words().size() > 1) {
            return false;
        }
        Set<String> objects = head.equals("offer") ? GOODS
                : head.equals("accept") || head.equals("reject") ? TENDER_OFFERS : null;
        if (objects == null) {
            return false;
        }
        for (int i = m.last() + 1; i <= Math.min(t.size() - 1, m.last() + 8); i++) {
            String w = t.get(i);
            if (objects.contains(w)) {
                return true;
            }
            if (Tokens.isPunct(w) && !w.equals("-") || w.equals("to") || w.equals("for") && objects == GOODS
                    || w.equals("that") || w.equals("which")) {
                return false;
            }
        }
        return false;
    }

    /** Prepositions that open a participle's complement when it describes the noun before it. */
    private static final Set<String> COMPLEMENT_PREPOSITIONS = Set.of("to", "in", "at", "on", "for", "under",
            "since", "after", "during", "as", "with");

    /**
     * True when the trigger is a past participle set off by a comma after a noun phrase, describing it ("Mubarak's
     * government, committed to a multi-party system", "its ban on shipments to Fiji, imposed in support of …"): a
     * reduced relative clause, whose act (if any) is not this sentence's report. Needs the tagger's VBN; a
     * participle with its agent ("…, backed by tanks") and a comma-coordinated verb ("shelled the town, attacked
     * the port") are left to the other readings.
     */
    static boolean describingParticiple(Tokens t, PatternEventCoder.Match m, Syntax.Analysis tags) {
        if (tags == null || m.noun() || m.lightVerb() || m.head() < 2) {
            return false;
        }
        if (!t.get(m.head() - 1).equals(",") || !"VBN".equals(tags.tagAt(t.start.get(m.head())))) {
            return false;
        }
        String before = String.valueOf(tags.tagAt(t.start.get(m.head() - 2)));
        if (!before.startsWith("NN")) {
            return false;
        }
        return COMPLEMENT_PREPOSITIONS.contains(t.get(m.last() + 1));
    }
}
