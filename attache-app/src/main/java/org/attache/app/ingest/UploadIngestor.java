package org.attache.app.ingest;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.attache.api.PageSource;
import org.attache.api.config.AttacheConfig;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.source.Sources;
import org.attache.pipeline.Analysis;
import org.attache.store.Store;
import org.attache.web.PageIngestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest for {@code POST /api/ingest}: reads the upload from its bytes as a file of its name would be read
 * ({@link Sources#of}), runs the same pipeline as {@code attache ingest} on it into the served store (the analysis
 * core per article, its registry step in the store's transactions), and updates Related News. Nothing is written
 * outside the store. One upload at a time; the store's own transactions keep readers consistent meanwhile.
 */
public final class UploadIngestor implements PageIngestor {
    private static final Logger LOG = LoggerFactory.getLogger(UploadIngestor.class);

    private final AttacheConfig config;
    private final Supplier<Analysis> stages;
    private final Store store;
    private Analysis analysis;

    /**
     * @param stages the language stages, built on the first upload (loading the models takes seconds and
     *               memory a server that only reads does not need)
     */
    public UploadIngestor(AttacheConfig config, Supplier<Analysis> stages, Store store) {
        this.config = Objects.requireNonNull(config, "config");
        this.stages = Objects.requireNonNull(stages, "stages");
        this.store = Objects.requireNonNull(store, "store");
    }

    @Override
    public synchronized Summary ingest(String name, byte[] content) {
        Path fileName = Path.of(name).getFileName();
        if (fileName == null || !fileName.toString().equals(name)) {
            throw new IllegalArgumentException("the name must be a plain file name, not a path");
        }
        if (analysis == null) {
            analysis = stages.get();
        }
        // items and skips are named by the upload's own name
        PageSource upload = Sources.of(name, content, config.source());
        IngestReport report = new IngestPipeline(config, new DefaultArticleExtractor(config.limits()), analysis, store,
                null)
                .run(upload, ItemListener.NONE);
        store.commit();
        store.updateRelated(1, n -> { }); // the new articles' lists, and those of the articles they relate to
        LOG.info("Ingested upload {} ({} bytes): {} stored, {} skipped", name, content.length, report.stored(),
                report.skippedTotal());
        return new Summary(report.items(), report.stored(), report.exactDuplicates(), report.nearDuplicates(),
                report.alreadyPresent(), report.skippedTotal(), report.skipExamples());
    }
}
