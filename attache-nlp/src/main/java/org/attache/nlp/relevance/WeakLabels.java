package org.attache.nlp.relevance;

import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.api.relevance.RelevanceLabel;

/**
 * Labels for training the relevance model, derived from what the labelled corpora say about each story.
 *
 * <p><b>BBC News</b> (Greene and Cunningham 2006): the section is the label: politics → political, business →
 * business, sport, entertainment, tech → technology.
 *
 * <p><b>Reuters-21578</b> has no politics category: its TOPICS are economic (company earnings and acquisitions,
 * currencies, interest rates, commodities, statistics, trade), and 45% of its stories carry none. Its ORGS and
 * PEOPLE tags, though, name the intergovernmental bodies and the office holders a story is about. A story is
 * labelled, by the first rule that applies:
 * <ol>
 *   <li><b>political</b> when it shows a state or international actor at work: an ORGS tag of an
 *       intergovernmental political or economic body (EC, IMF, World Bank, GATT, OECD, UN bodies, regional
 *       development banks, …) on a story without a commodity topic ({@code reuters-igo}); a PEOPLE tag of a head of
 *       state or government or a minister, the tags of central bankers and business people excepted
 *       ({@code reuters-officials}); the {@code trade} topic without a market or statistics topic and without a
 *       figure in the headline, which is trade policy rather than trade figures ({@code reuters-trade-policy}); or,
 *       for a story with no stock ticker and no topic but {@code ship} or {@code crude}, a headline naming a
 *       political or security act (troops, fighting, attack, election, parliament, summit, treaty, sanctions, …)
 *       ({@code reuters-political-headline});</li>
 *   <li><b>none</b> (left out as ambiguous) when it carries the tag of a commodity body or OPEC, of a central
 *       banker, the {@code ship} topic (which mixes the Gulf war's attacks on shipping with freight news), or the
 *       {@code trade} topic of trade figures;</li>
 *   <li><b>business</b> when it carries any other topic (company results, acquisitions, markets, commodities,
 *       economic statistics) ({@code reuters-topics}), or no topic but a stock ticker in its headline ("STANDARD OIL
 *       &lt;SRD&gt; TO FORM …") ({@code reuters-ticker});</li>
 *   <li><b>none</b> otherwise (no topic, no ticker, no political headline).</li>
 * </ol>
 * The labels are weak: a story can be tagged with a minister and still be market news. The rules prefer leaving a
 * story out to labelling it against its likely kind.
 */
public final class WeakLabels {
    /** Intergovernmental political and economic bodies among Reuters' ORGS tags. */
    static final Set<String> POLITICAL_ORGS = Set.of("ec", "imf", "worldbank", "gatt", "oecd", "un", "unctad",
            "adb-asia", "adb-africa", "eib", "ida", "iea", "gcc", "asean", "comecon", "efta", "euratom", "fao", "escap",
            "eca", "imco");
    /** Commodity bodies, cartels and the central banks' bank: their stories are mostly market news, but not all. */
    static final Set<String> AMBIGUOUS_ORGS = Set.of("opec", "oapec", "ico-coffee", "icco", "itc", "inro", "isa",
            "iwc-wheat", "iwcc", "atpc", "bis");
    /** Central bankers among Reuters' PEOPLE tags: their stories are mostly about markets and rates. */
    static final Set<String> CENTRAL_BANKERS = Set.of("volcker", "greenspan", "poehl", "sumita", "leigh-pemberton",
            "corrigan", "de-larosiere", "duisenberg", "languetin", "ciampi", "mancera-aguayo", "de-kock", "sprinkel",
            "johnston", "kullberg", "schlueter", "siregar", "fernandez");
    /** Business people among Reuters' PEOPLE tags. */
    static final Set<String> BUSINESS_PEOPLE = Set.of("boesky", "icahn", "murdoch", "maxwell", "pickens", "kaufman",
            "bond", "russell", "young", "steeg");
    /** Topics that are markets or economic statistics; {@code trade} with one of them is about figures. */
    static final Set<String> MARKET_TOPICS = Set.of("bop", "gnp", "cpi", "ipi", "wpi", "jobs", "retail", "housing",
            "income", "lei", "reserves", "inventories", "instal-debt", "money-supply", "money-fx", "interest", "dlr");
    /** Topics that are no commodity: an intergovernmental body in a story with another topic is at a market. */
    static final Set<String> NON_COMMODITY_TOPICS = union(MARKET_TOPICS, Set.of("trade", "earn", "acq"));
    /**
     * Headline words of a political or security act. "Talks", "president", "vote" and "government" are left out:
     * companies have them too.
     */
    static final Pattern POLITICAL_HEADLINE = Pattern.compile("\\b(TROOPS?|SOLDIERS?|ARMY|ARMED|MILITARY|NAVY|NAVAL"
            + "|GUERRILLAS?|REBELS?|KILL(ED|S)?|OFFENSIVE|FIGHTING|CLASH(ES)?|BOMB(S|ING)?|MISSILES?|NUCLEAR|ARMS"
            + "|CEASEFIRE|TRUCE|ELECTIONS?|PARLIAMENT|SENATE|CONGRESS|CABINET|PREMIER|PRIME MINISTER|OPPOSITION|COUP"
            + "|EMBASSY|AMBASSADOR|DIPLOMATS?|DIPLOMATIC|SUMMIT|TREATY|SANCTIONS?|PROTESTS?|RIOTS?|HOSTAGES?|CONTRAS?"
            + "|TERRORIS[TM]S?|MINISTER|EXPEL(S|LED)?|AIR ?STRIKES?|AIR RAIDS?|RAIDS?|SHELL(S|ED|ING)|GUNBOATS?"
            + "|WARSHIPS?|WARPLANES?|INVASION|INVADES?|ATTACK(S|ED)?|WAR|COALITION|POLICE|ARREST(S|ED)?|DEMONSTRAT\\w*"
            + "|REFUGEES?|FOREIGN AID|VISITS?|VISITING|KREMLIN|WHITE HOUSE|PENTAGON|POLITBURO|PARTY)\\b");
    /** Topics of stories about the Gulf war's attacks on shipping and oil installations, among others. */
    static final Set<String> SHIPPING_TOPICS = Set.of("ship", "crude");
    private static final Pattern TICKER = Pattern.compile("<[^>]+>");
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private WeakLabels() {
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> u = new HashSet<>(a);
        u.addAll(b);
        return Set.copyOf(u);
    }

    /** A label and the rule that gave it. */
    public record Weak(RelevanceLabel label, String rule) {
    }

    /**
     * The label of a BBC story from its section.
     *
     * @throws IllegalArgumentException for a section the collection does not have
     */
    public static Weak bbc(String section) {
        RelevanceLabel label = switch (section == null ? "" : section.strip().toLowerCase(Locale.ROOT)) {
            case "politics" -> RelevanceLabel.POLITICAL;
            case "business" -> RelevanceLabel.BUSINESS;
            case "sport" -> RelevanceLabel.SPORT;
            case "entertainment" -> RelevanceLabel.ENTERTAINMENT;
            case "tech" -> RelevanceLabel.TECHNOLOGY;
            default -> throw new IllegalArgumentException("unknown BBC section '" + section + "'");
        };
        return new Weak(label, "bbc-section");
    }

    /**
     * The label of a Reuters-21578 story from its tags and headline, or empty when the rules leave it out.
     *
     * @param topics its TOPICS tags, lower case
     * @param orgs   its ORGS tags
     * @param people its PEOPLE tags
     * @param title  its headline, as printed (upper case)
     */
    public static Optional<Weak> reuters(Collection<String> topics, Collection<String> orgs, Collection<String> people,
                                         String title) {
        String headline = title == null ? "" : title;
        boolean ticker = TICKER.matcher(headline).find();
        boolean commodity = topics.stream().anyMatch(t -> !NON_COMMODITY_TOPICS.contains(t));
        boolean marketTopic = topics.stream().anyMatch(MARKET_TOPICS::contains);
        if (!commodity && orgs.stream().anyMatch(POLITICAL_ORGS::contains)) {
            return weak(RelevanceLabel.POLITICAL, "reuters-igo");
        }
        if (people.stream().anyMatch(p -> !CENTRAL_BANKERS.contains(p) && !BUSINESS_PEOPLE.contains(p))) {
            return weak(RelevanceLabel.POLITICAL, "reuters-officials");
        }
        if (topics.contains("trade") && !marketTopic && !DIGIT.matcher(headline).find()) {
            return weak(RelevanceLabel.POLITICAL, "reuters-trade-policy");
        }
        if (SHIPPING_TOPICS.containsAll(topics) && !ticker && POLITICAL_HEADLINE.matcher(headline).find()) {
            return weak(RelevanceLabel.POLITICAL, "reuters-political-headline");
        }
        if (orgs.stream().anyMatch(AMBIGUOUS_ORGS::contains) || orgs.stream().anyMatch(POLITICAL_ORGS::contains)
                || people.stream().anyMatch(CENTRAL_BANKERS::contains) || topics.contains("ship")
                || topics.contains("trade")) {
            return Optional.empty();
        }
        if (!topics.isEmpty()) {
            return weak(RelevanceLabel.BUSINESS, "reuters-topics");
        }
        return ticker ? weak(RelevanceLabel.BUSINESS, "reuters-ticker") : Optional.empty();
    }

    private static Optional<Weak> weak(RelevanceLabel label, String rule) {
        return Optional.of(new Weak(label, rule));
    }
}
