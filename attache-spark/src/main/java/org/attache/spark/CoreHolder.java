package org.attache.spark;

import org.attache.extract.DefaultArticleExtractor;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.ArticleAnalyser;

/**
 * The analysis core of this JVM, built on first use and then shared by every task that runs here: CoreNLP's models
 * load once per executor, not once per partition. Its outcomes carry the Code stage's tagging and parsing
 * ({@link org.attache.pipeline.Analysed#syntax()}), which the driver's registry step adopts: on a cluster as in
 * {@code local[N]}, the driver does not tag and parse again.
 */
final class CoreHolder {
    private static JobSettings built;
    private static ArticleAnalyser analyser;

    private CoreHolder() {
    }

    /** The analyser for {@code settings}; built again only when a job with other settings runs in this JVM. */
    static synchronized ArticleAnalyser analyser(JobSettings settings) {
        if (analyser == null || !settings.equals(built)) {
            var config = settings.config();
            Analysis stages = settings.entities() ? Analysis.forConfig(config) : null;
            // the executors' tagging and parsing travels in the analysed records, so the driver does not redo it
            analyser = new ArticleAnalyser(new DefaultArticleExtractor(config.limits()), stages, config.limits())
                    .carrying();
            built = settings;
        }
        return analyser;
    }
}
