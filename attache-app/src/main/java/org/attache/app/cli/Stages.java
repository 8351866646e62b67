package org.attache.app.cli;

import java.nio.file.Path;
import org.attache.api.ArticleAnnotator;
import org.attache.nlp.Annotators;
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

    private static final class Holder {
        static final ArticleAnnotator ANNOTATOR = Annotators.standard();
    }
}
