package org.attache.app.cli;

import java.nio.file.Path;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.CodingConfig;
import org.attache.api.events.EventCoder;
import org.attache.app.ingest.Analysis;
import org.attache.nlp.cluster.SimilarStoryMatcher;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.nlp.Annotators;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;

/** Builds the heavy stages once per process, for the commands that need them. */
final class Stages {
    private Stages() {
    }

    /** The standard annotator chain; loading its models takes a few seconds, so it is shared. */
    static synchronized ArticleAnnotator annotator() {
        return Holder.ANNOTATOR;
    }

    /** The resolver with the user's alias file of {@code dataDir}, when there is one. */
    static EntityResolver resolver(Path dataDir) {
        return EntityResolver.forDataDir(dataDir);
    }

    /** Annotate, Resolve, Code (bundled lexicon) and Cluster for a data folder. */
    static Analysis analysis(Path dataDir) {
        return analysis(dataDir, CodingConfig.BUNDLED);
    }

    /** Annotate, Resolve, Code (with the user's dictionaries, if any) and Cluster for a data folder. */
    static Analysis analysis(Path dataDir, CodingConfig coding) {
        EventCoder coder = coding.bundledOnly() ? Holder.CODER : Coders.forConfig(coding);
        if (coder instanceof PatternEventCoder pattern) {
            pattern.prepare(); // the tagger and parser load now, not inside the first article's clock
        }
        return new Analysis(annotator(), resolver(dataDir), coder, new SimilarStoryMatcher());
    }

    private static final class Holder {
        static final ArticleAnnotator ANNOTATOR = Annotators.standard();
        static final EventCoder CODER = PatternEventCoder.standard();
    }
}
