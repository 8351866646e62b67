package org.attache.nlp;

import org.attache.api.config.CodingConfig;
import org.attache.nlp.dictionaries.PetrarchVerbs;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.events.VerbLexicon;
import org.attache.nlp.knowledge.ActorKnowledge;

/**
 * Builds the Code stage for a configuration: the bundled lexicon plus any user verb dictionary, and the actor
 * knowledge (the user's actor dictionaries first, then the shipped Phoenix ones, read on first use).
 */
public final class Coders {
    private Coders() {
    }

    /** The bundled lexicon with the shipped actor knowledge. Thread-safe; share it. */
    public static PatternEventCoder standard() {
        return new PatternEventCoder(VerbLexicon.bundled(), ActorKnowledge.shipped());
    }

    /**
     * The coder for {@code config}. Loading user dictionaries takes about a second; the result is
     * thread-safe, so share it.
     *
     * @throws org.attache.nlp.dictionaries.DictionaryFormatException naming the file and line of a bad entry
     */
    public static PatternEventCoder forConfig(CodingConfig config) {
        return forConfig(config, knowledge(config));
    }

    /** The coder for {@code config} with an already built knowledge layer (shared with the resolver). */
    public static PatternEventCoder forConfig(CodingConfig config, ActorKnowledge knowledge) {
        VerbLexicon lexicon = config.verbDictionary() == null ? VerbLexicon.bundled()
                : VerbLexicon.bundled().plus(PetrarchVerbs.load(config.verbDictionary()).patterns());
        return new PatternEventCoder(lexicon, knowledge.isEmpty() ? null : knowledge,
                config.syntax());
    }

    /**
     * The actor knowledge of {@code config}: its actor dictionaries, then the shipped ones.
     *
     * @throws org.attache.nlp.dictionaries.DictionaryFormatException naming the file and line of a bad entry
     */
    public static ActorKnowledge knowledge(CodingConfig config) {
        return ActorKnowledge.of(config.actorDictionaries(), config.shippedKnowledge());
    }
}
