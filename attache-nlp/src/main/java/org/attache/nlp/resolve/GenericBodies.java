package org.attache.nlp.resolve;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryHistory;
import org.attache.nlp.gazetteer.Igos;

/**
 * Names that every state gives one of its bodies ("Congress", "the Senate", "Finance Ministry", "Central Bank",
 * "House of Representatives"): made only of words for branches of a state and their portfolios. Such a name
 * identifies a body only together with its country, so each country's is an entity of its own, and a body
 * named with no country is kept apart from every country's. When nothing stronger gives the country, the
 * text may: the one state the whole article names (weak context: never over stronger evidence, and never the
 * dateline). Stateless.
 */
final class GenericBodies {
    /** Words a state's branches and portfolios are named with; a name made only of them is generic. */
    private static final Set<String> WORDS = Set.of("congress", "senate", "house", "parliament", "assembly",
            "national", "cabinet", "government", "ministry", "ministries", "department", "finance", "foreign",
            "trade", "industry", "economy", "economic", "agriculture", "defence", "defense", "interior", "justice",
            "affairs", "central", "bank", "treasury", "supreme", "court", "council", "state", "representatives",
            "commons", "lords", "upper", "lower", "chamber", "deputies", "senators", "energy", "oil", "petroleum",
            "commerce", "labour", "labor", "health", "education", "transport", "finances", "planning",
            "international", "external", "home", "office", "of", "the", "and", "for");

    private GenericBodies() {
    }

    /** True when an organisation's name is made only of generic words, at least one a body ("Finance Ministry"). */
    static boolean isGeneric(MentionType type, String name) {
        if (type != MentionType.ORGANIZATION) {
            return false;
        }
        List<String> tokens = NameKeys.tokens(name);
        if (tokens.isEmpty() || NameKeys.isAcronym(name)) {
            return false;
        }
        boolean body = false;
        for (String t : tokens) {
            if (!WORDS.contains(t)) {
                return false;
            }
            body |= !Set.of("of", "the", "and", "for", "national", "central", "foreign", "international", "home",
                    "upper", "lower", "supreme", "state", "economic", "external").contains(t);
        }
        return body;
    }

    /**
     * The one state the article's mentions name, as of {@code day}; null when none or several. International
     * organisations and the members themselves do not count. A sentence's one state is not enough: "the Senate
     * voted on arms sales to Iran" is not Iran's Senate.
     */
    static String context(List<Mention> mentions, List<Integer> members, java.time.LocalDate day) {
        return context(mentions, members, day, null);
    }

    /** Like {@link #context(List, List, java.time.LocalDate)}, leaving out the dateline's place ("TOKYO, March 3 -"). */
    static String context(List<Mention> mentions, List<Integer> members, java.time.LocalDate day, String dateline) {
        Set<String> inArticle = states(mentions, members, day, dateline);
        return inArticle.size() == 1 ? inArticle.iterator().next() : null;
    }

    /** The states the article's mentions name by their own country, as of {@code day}, the dateline's left out. */
    static Set<String> states(List<Mention> mentions, List<Integer> members, java.time.LocalDate day, String dateline) {
        Set<String> inArticle = new LinkedHashSet<>();
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            String c = m.country();
            if (members.contains(i) || c == null || c.isBlank() || Igos.standard().isIgo(c)) {
                continue;
            }
            if (dateline != null && m.start() <= dateline.length() + 2 && m.text().equalsIgnoreCase(dateline.strip())) {
                continue; // the dateline alone never places anyone
            }
            inArticle.add(CountryHistory.standard().asOf(c, day));
        }
        return inArticle;
    }
}
