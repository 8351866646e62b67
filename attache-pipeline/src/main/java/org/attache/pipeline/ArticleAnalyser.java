package org.attache.pipeline;

import java.util.Objects;
import org.attache.api.Article;
import org.attache.api.ArticleExtractor;
import org.attache.api.ExtractionException;
import org.attache.api.Page;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.PageLimits;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.nlp.relevance.ArticleRelevance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The per-article function of the analysis core, {@code Page → Outcome<Analysed>}: Extract, then Annotate (the
 * leading {@code maxAnnotatedChars} of the body, {@link AnnotationScope}), the relevance judgement and the Code
 * stage's registry-free preparation (tagging and parsing the sentences whose events the gate keeps). It reads no
 * store and no other article, so it runs on any thread, any machine, in any order; what needs other articles is the
 * {@link RegistryStep}. A page that cannot be analysed is a {@link Outcome.Skipped} with its reason, never an
 * exception (even out of memory in its own work).
 *
 * <p>The preparation's tags and parses are held by the coder, keyed by article and sentence, until the registry step
 * codes that article; a registry step run by another coder instance computes them again, with the same result. An
 * analyser made {@link #carrying()} puts them in the outcome instead, for a registry step in another process.
 *
 * <p>Thread-safe when its stages are (the standard ones are).
 */
public final class ArticleAnalyser {
    private static final Logger LOG = LoggerFactory.getLogger(ArticleAnalyser.class);

    private final ArticleExtractor extractor;
    private final Analysis stages;
    private final int maxAnnotatedChars;
    private final boolean carrying;

    /**
     * @param stages the language stages, or null to extract only (articles stored without entities and events)
     * @param limits the page limits; of them this reads {@code maxAnnotatedChars} (the extractor has its own)
     */
    public ArticleAnalyser(ArticleExtractor extractor, Analysis stages, PageLimits limits) {
        this(Objects.requireNonNull(extractor, "extractor"), stages, limits.maxAnnotatedChars(), false);
    }

    private ArticleAnalyser(ArticleExtractor extractor, Analysis stages, int maxAnnotatedChars, boolean carrying) {
        this.extractor = extractor;
        this.stages = stages;
        this.maxAnnotatedChars = maxAnnotatedChars;
        this.carrying = carrying;
    }

    /**
     * This analyser, but its outcomes carry the Code stage's tagging and parsing ({@link Analysed#syntax()}) instead
     * of leaving it with this process's coder: for a registry step run in another process (Spark's driver), which
     * then neither tags nor parses again, and for a run whose analysed articles outnumber what a coder holds.
     */
    public ArticleAnalyser carrying() {
        return new ArticleAnalyser(extractor, stages, maxAnnotatedChars, true);
    }

    /**
     * An analyser of articles already extracted ({@link #analyse(Article)}), such as stored ones to reprocess; it has
     * no extractor, so {@link #analyse(Page)} is refused.
     */
    public static ArticleAnalyser ofArticles(Analysis stages, PageLimits limits) {
        return new ArticleAnalyser(null, Objects.requireNonNull(stages, "stages"), limits.maxAnnotatedChars(), false);
    }

    /** The standard extractor and stages for {@code config}, built without the CLI (as a cluster job builds them). */
    public static ArticleAnalyser forConfig(AttacheConfig config) {
        return new ArticleAnalyser(new DefaultArticleExtractor(config.limits()), Analysis.forConfig(config),
                config.limits());
    }

    /** The language stages, or null when this analyser extracts only. */
    public Analysis stages() {
        return stages;
    }

    /**
     * Extracts and analyses one page.
     *
     * @throws IllegalStateException when this analyser reads extracted articles only ({@link #ofArticles})
     */
    public Outcome<Analysed> analyse(Page page) {
        if (extractor == null) {
            throw new IllegalStateException("this analyser has no extractor: it reads extracted articles only");
        }
        Article article;
        try {
            article = extractor.extract(page);
        } catch (ExtractionException e) {
            LOG.warn("Skipped {}: {}", e.source(), e.reason());
            return Outcome.skipped(e.source(), e.reason());
        } catch (OutOfMemoryError e) {
            // the page's own allocation failed and is garbage now; the caller goes on without it
            LOG.warn("Skipped {}: out of memory in extraction", page.source());
            return Outcome.skipped(page.source(), "out of memory in extraction");
        }
        return analyse(article);
    }

    /** Analyses an article already extracted (a stored one, for reprocessing). */
    public Outcome<Analysed> analyse(Article article) {
        if (stages == null) {
            return Outcome.done(Analysed.extractedOnly(article));
        }
        try {
            AnnotationScope.Result result = AnnotationScope.annotate(stages.annotator(), article, maxAnnotatedChars);
            // judging, tagging and parsing here, beside annotation
            if (carrying) {
                ArticleRelevance judged = stages.judge(result.annotated());
                return Outcome.done(new Analysed(article, result.annotated(), judged, result.partial(),
                        stages.prepared(result.annotated(), judged)));
            }
            return Outcome.done(new Analysed(article, result.annotated(), stages.judgeAndPrepare(result.annotated()),
                    result.partial()));
        } catch (RuntimeException e) {
            LOG.warn("Skipped {}: annotation failed", article.source(), e);
            return Outcome.skipped(article.source(), "annotation failed: " + e);
        } catch (OutOfMemoryError e) {
            LOG.warn("Skipped {}: out of memory in annotation", article.source());
            return Outcome.skipped(article.source(), "out of memory in annotation");
        }
    }
}
