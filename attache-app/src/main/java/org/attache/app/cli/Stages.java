package org.attache.app.cli;

import java.nio.file.Path;
import org.attache.api.ArticleAnnotator;
import org.attache.api.config.CodingConfig;
import org.attache.pipeline.Analysis;
import org.attache.nlp.Coders;
import org.attache.nlp.resolve.EntityResolver;

/** The heavy stages for the commands that need them, built by the analysis core ({@link Analysis#forDataDir}). */
final class Stages {
    private Stages() {
    }

    /** The standard annotator chain; loading its models takes a few seconds, so it is shared. */
    static ArticleAnnotator annotator() {
        return Analysis.standardAnnotator();
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
        return Analysis.forDataDir(dataDir, coding);
    }

    /** The resolver evaluations use: no alias file, the knowledge of {@code coding}. */
    static EntityResolver evaluationResolver(CodingConfig coding) {
        return new EntityResolver(org.attache.nlp.resolve.AliasList.empty(), Coders.knowledge(coding));
    }
}
