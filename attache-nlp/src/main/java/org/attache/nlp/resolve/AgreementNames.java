package org.attache.nlp.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Annotated;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.nlp.gazetteer.CountryGazetteer;

/**
 * One name for an agreement named after a place, whatever head noun the writer gives it: "the Louvre accord", "the
 * Louvre accords", "the Louvre pact", "the Louvre agreement" and "the Louvre Accord" are one agreement, so a MISC
 * mention made of one capitalised word and such a head noun takes the canonical name "Louvre Accord" (the group key
 * the resolver joins mentions and articles by); one lower-case word may qualify the head ("the Louvre currency
 * accord"). The word must not be a country's name or demonym ("the Japan
 * accord", "a Soviet pact" are a state's dealings, not a named agreement), and longer names ("Anglo-Irish
 * Agreement" aside, "Free Trade Agreement") keep their own words. Stateless.
 */
final class AgreementNames {
    private static final Set<String> HEADS = Set.of("accord", "accords", "agreement", "agreements", "pact", "pacts");
    /** One capitalised word, white space, an optional lower-case word, a head noun. */
    private static final Pattern NAME = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*)\\s+(?:\\p{Ll}+\\s+)?(\\p{L}+)");
    private static final CountryGazetteer GAZETTEER = CountryGazetteer.standard();

    private AgreementNames() {
    }

    /** The canonical name of an agreement mention, or null when {@code text} is no place-named agreement. */
    static String canonical(String text) {
        Matcher m = NAME.matcher(text.strip());
        if (!m.matches() || !HEADS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String opening = m.group(1);
        if (text.matches(".*\\s(?:summit|meeting|meetings|conference|talks|session|forum|round)\\s.*")) {
            return null; // "Venice summit accord": a gathering's accord, named by where it met
        }
        if (GAZETTEER.countryOf(opening) != null || GAZETTEER.igoOfName(opening) != null) {
            return null;
        }
        return opening + " Accord";
    }

    /** The annotation with its agreement mentions given one canonical name each; the same object when none. */
    static Annotated apply(Annotated annotated) {
        List<Mention> ms = null;
        for (int i = 0; i < annotated.mentions().size(); i++) {
            Mention m = annotated.mentions().get(i);
            String name = m.type() == MentionType.MISC ? canonical(m.text()) : null;
            if (name == null || name.equals(m.canonical())) {
                continue;
            }
            if (ms == null) {
                ms = new ArrayList<>(annotated.mentions());
            }
            ms.set(i, new Mention(m.type(), m.text(), m.start(), m.end(), m.sentence(), name, m.country()));
        }
        return ms == null ? annotated
                : new Annotated(annotated.article(), annotated.sentences(), ms, annotated.offices(),
                annotated.pipelineVersion());
    }
}
