package org.attache.store;

import org.attache.store.index.ArticleIndex;
import org.attache.store.read.ArticleRef;
import org.attache.store.read.RelatedLists;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.LongConsumer;

/**
 * One run of {@link ArticleStore#updateRelated}: the pending articles' Related News lists computed on a few
 * threads from the index, in batches that the store writes and commits one at a time, then once more the lists
 * of the articles the new ones found related (no further spreading). Holds no lock itself.
 */
final class RelatedNewsUpdate {
    private static final Logger LOG = LoggerFactory.getLogger(RelatedNewsUpdate.class);
    /** Lists computed between two writes. */
    private static final int BATCH = 256;

    private final ArticleIndex index;
    private final Path dataDir;
    private final Consumer<Map<String, List<String>>> write;

    /**
     * @param write keeps one batch (article id → related ids, best first) and commits it: all of it or none
     */
    RelatedNewsUpdate(ArticleIndex index, Path dataDir, Consumer<Map<String, List<String>>> write) {
        this.index = index;
        this.dataDir = dataDir;
        this.write = write;
    }

    /** Computes the lists of {@code pending} and of the articles they relate to; returns how many. */
    long run(List<String> pending, int threads, LongConsumer progress) {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(threads,
                Thread.ofPlatform().name("attache-related-", 1).daemon().factory());
        try {
            Set<String> touched = new LinkedHashSet<>();
            long done = compute(pending, pool, touched, 0, progress);
            pending.forEach(touched::remove);
            done = compute(List.copyOf(touched), pool, null, done, progress);
            progress.accept(done);
            LOG.info("Related News of {}: {} lists computed ({} new articles, {} refreshed) in {} ms", dataDir,
                    done, pending.size(), touched.size(), (System.nanoTime() - started) / 1_000_000);
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Computes and writes the lists of {@code ids}, adding the ids they list to {@code touched} (unless null). */
    private long compute(List<String> ids, ExecutorService pool, Set<String> touched, long done,
                         LongConsumer progress) {
        for (int from = 0; from < ids.size(); from += BATCH) {
            List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
            List<Future<List<ArticleRef>>> lists;
            try {
                lists = pool.invokeAll(batch.stream()
                        .<Callable<List<ArticleRef>>>map(id -> () -> index.related(id, RelatedLists.KEPT))
                        .toList());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StoreException(dataDir, "compute related articles (interrupted)", e);
            }
            Map<String, List<String>> byArticle = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                try {
                    List<String> refs = lists.get(i).get().stream().map(ArticleRef::id).toList();
                    byArticle.put(batch.get(i), refs);
                    if (touched != null) {
                        touched.addAll(refs);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StoreException(dataDir, "compute related articles (interrupted)", e);
                } catch (ExecutionException e) {
                    throw new StoreException(dataDir, "compute the related articles of " + batch.get(i), e.getCause());
                }
            }
            write.accept(byArticle);
            done += batch.size();
            progress.accept(done);
        }
        return done;
    }
}
