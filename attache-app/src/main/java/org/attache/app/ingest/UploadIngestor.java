package org.attache.app.ingest;

import org.attache.app.ScratchFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import org.attache.api.Page;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.source.Sources;
import org.attache.store.Store;
import org.attache.web.PageIngestor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingest for {@code POST /api/ingest}: writes the upload to a scratch folder inside the data folder (so
 * the source names it as the user named it), runs the same pipeline as {@code attache ingest} on it into
 * the served store, and removes the scratch copy. One upload at a time; the store's own transactions
 * keep readers consistent meanwhile.
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
        Path name0 = Path.of(name).getFileName();
        if (name0 == null || !name0.toString().equals(name)) {
            throw new IllegalArgumentException("the name must be a plain file name, not a path");
        }
        Path scratch = null;
        try {
            Path uploads = Files.createDirectories(config.store().dataDir().resolve("uploads"));
            scratch = Files.createTempDirectory(uploads, "upload-");
            Path file = scratch.resolve(name0);
            Files.write(file, content);
            if (analysis == null) {
                analysis = stages.get();
            }
            PageSource opened = Sources.open(file, config.source());
            String scratchName = file.toString();
            // items and skips are named by the upload's own name, never by the server's scratch path
            PageSource named = sink -> opened.read(item -> sink.accept(renamed(item, scratchName, name)));
            IngestReport report = new IngestPipeline(config, new DefaultArticleExtractor(config.limits()), analysis, store,
                    null)
                    .run(named, ItemListener.NONE);
            store.commit();
            store.updateRelated(1, n -> { }); // the new articles' lists, and those of the articles they relate to
            LOG.info("Ingested upload {} ({} bytes): {} stored, {} skipped", name, content.length, report.stored(),
                    report.skippedTotal());
            return new Summary(report.items(), report.stored(), report.exactDuplicates(), report.nearDuplicates(),
                    report.alreadyPresent(), report.skippedTotal(), report.skipExamples());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the upload " + name + " to the data folder", e);
        } finally {
            if (scratch != null) {
                ScratchFolder.delete(scratch);
            }
        }
    }

    /** {@code item} with the scratch file's path in its source replaced by the upload's name. */
    static SourceItem renamed(SourceItem item, String scratchName, String name) {
        return switch (item) {
            case SourceItem.Loaded loaded -> {
                Page p = loaded.page();
                yield new SourceItem.Loaded(new Page(p.source().replace(scratchName, name), p.recordId(), p.url(),
                        p.content(), p.kind(), p.declaredCharset(), p.fetchedAt(), p.hints()));
            }
            case SourceItem.Skipped skip -> new SourceItem.Skipped(skip.source().replace(scratchName, name), skip.line(),
                    skip.reason().replace(scratchName, name), skip.fault());
        };
    }
}
