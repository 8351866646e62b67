package org.attache.nlp;

import org.attache.api.config.CodingConfig;
import org.attache.nlp.dictionaries.PetrarchActors;
import org.attache.nlp.dictionaries.PetrarchVerbs;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.events.VerbLexicon;

/** Builds the Code stage for a configuration: the bundled lexicon plus any user dictionaries. */
public final class Coders {
    private Coders() {
    }

    /**
     * The coder for {@code config}. Loading user dictionaries takes about a second; the result is
     * thread-safe, so share it.
     *
     * @throws org.attache.nlp.dictionaries.DictionaryFormatException naming the file and line of a bad entry
     */
    public static PatternEventCoder forConfig(CodingConfig config) {
        if (config.bundledOnly()) {
            return PatternEventCoder.standard();
        }
        VerbLexicon lexicon = config.verbDictionary() == null ? VerbLexicon.bundled()
                : VerbLexicon.bundled().plus(PetrarchVerbs.load(config.verbDictionary()).patterns());
        PetrarchActors actors = config.actorDictionaries().isEmpty() ? null
                : PetrarchActors.load(config.actorDictionaries());
        return new PatternEventCoder(lexicon, actors, config.syntax());
    }
}
