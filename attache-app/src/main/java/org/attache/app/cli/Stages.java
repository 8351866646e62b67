package org.attache.app.cli;

import java.nio.file.Path;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.CodingConfig;
import org.attache.app.ingest.Analysis;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.knowledge.ActorKnowledge;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.resolve.EntityResolver;

/** Builds the heavy stages once per process, for the commands that need them. */
final class Stages {
    private Stages() {
    }

    /** The standard annotator chain; loading its models takes a few seconds, so it is shared. */
    static synchronized ArticleAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    /** The resolver with the user's alias file of {@code dataDir}, when there is one, and the shipped knowledge. */
    static EntityResolver resolver(Path dataDir) {
        return EntityResolver.forDataDir(dataDir);
    }

    /** Annotate, Resolve, Code (bundled lexicon) and Cluster for a data folder. */
    static Analysis analysis(Path dataDir) {
        return analysis(dataDir, CodingConfig.BUNDLED);
    }

    /**
     * Annotate, Resolve, Code and Cluster for a data folder, with the actor knowledge of {@code coding} (the
     * user's dictionaries, then the shipped ones unless turned off) shared by Resolve and Code.
     */
    static Analysis analysis(Path dataDir, CodingConfig coding) {
        if (coding.shippedKnowledge()) {
            ActorKnowledge.shipped().preload(); // read while the models load, not at the first article
        }
        if (coding.bundledOnly() && coding.shippedKnowledge()) {
            return new Analysis(annotator(), resolver(dataDir), Holder.CODER, new SimilarStoryMatcher());
        }
        ActorKnowledge knowledge = Coders.knowledge(coding);
        PatternEventCoder coder = Coders.forConfig(coding, knowledge); // tagger and parser load on first need
        return new Analysis(annotator(), EntityResolver.forDataDir(dataDir, knowledge), coder,
                new SimilarStoryMatcher());
    }

    /** The resolver evaluations use: no alias file, the knowledge of {@code coding}. */
    static EntityResolver evaluationResolver(CodingConfig coding) {
        return new EntityResolver(org.attache.nlp.resolve.AliasList.empty(), Coders.knowledge(coding));
    }

    private static final class Holder {
        static final ArticleAnnotator ANNOTATOR = Annotators.standard();
        static final PatternEventCoder CODER = Coders.standard();
    }
}
