package org.attache.nlp.relevance;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.api.Mention;
import org.attache.api.MentionType;
import org.attache.api.Sentence;
import org.attache.nlp.gazetteer.CountryGazetteer;
import org.attache.nlp.gazetteer.Igos;

/**
 * Which sentences name two or more states: countries or former states by name ("Switzerland", "the Soviet Union") or
 * demonym ("Russian diplomats"), and intergovernmental bodies by name ("the IMF"). A sentence that names two states
 * may report an act between them however businesslike its words: "Switzerland expelled two Russian diplomats" reads
 * to a word model much like a company story. The {@link RelevanceGate} codes such sentences and keeps the events in
 * which a state acts on each side. Capitals and towns do not count ("talks in Geneva"): a place is not a state acting.
 * Stateless and thread-safe.
 */
final class StatesNamed {
    /** A capitalised word, or one of the dotted abbreviations the gazetteer knows ("U.S.", "U.K."). */
    private static final Pattern WORD = Pattern.compile("\\p{Lu}(?:\\.\\p{Lu})+\\.?|\\p{Lu}[\\p{L}'’-]*");

    private final CountryGazetteer gazetteer;
    private final Igos igos;

    StatesNamed(CountryGazetteer gazetteer, Igos igos) {
        this.gazetteer = gazetteer;
        this.igos = igos;
    }

    static StatesNamed standard() {
        return new StatesNamed(CountryGazetteer.standard(), Igos.standard());
    }

    /**
     * For each sentence, in order: whether it names two or more distinct states.
     *
     * @param body      the text the sentences and mentions index
     * @param sentences the body's sentences
     * @param mentions  the body's mentions (multi-word names such as "the United States" come from them)
     */
    boolean[] of(String body, List<Sentence> sentences, List<Mention> mentions) {
        boolean[] named = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            Set<String> states = new HashSet<>();
            for (Mention m : mentions) {
                if (m.sentence() == s.index() && m.type() != MentionType.PERSON && m.type() != MentionType.DATE) {
                    add(states, m.text());
                }
            }
            int from = Math.min(s.start(), body.length());
            int to = Math.min(s.end(), body.length());
            Matcher w = WORD.matcher(body).region(from, to);
            while (w.find() && states.size() < 2) {
                add(states, w.group());
            }
            named[i] = states.size() >= 2;
        }
        return named;
    }

    /** Whether a text names two or more distinct states (a whole text read as one sentence, with no mentions). */
    boolean in(String text) {
        return of(text, List.of(new Sentence(0, 0, text.length())), List.of())[0];
    }

    private void add(Set<String> states, String name) {
        String country = gazetteer.countryOfName(name);
        if (country == null) {
            country = gazetteer.countryOfDemonym(name);
        }
        if (country == null) {
            country = igos.codeOfName(name);
        }
        if (country != null) {
            states.add(country);
        }
    }
}
