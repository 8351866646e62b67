package org.attache.spark;

import org.attache.extract.DefaultArticleExtractor;
import org.attache.pipeline.Analysis;
import org.attache.pipeline.ArticleAnalyser;

/**
 * The analysis core of this JVM, built on first use and then shared by every task that runs here: CoreNLP's models
 * load once per executor, not once per partition. In {@code local[N]} the driver and the executors are one JVM and
 * share it, so the parses the executors prepare are the ones the driver's registry step takes.
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
            analyser = new ArticleAnalyser(new DefaultArticleExtractor(config.limits()), stages, config.limits());
            built = settings;
        }
        return analyser;
    }
}
