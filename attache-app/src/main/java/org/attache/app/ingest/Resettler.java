package org.attache.app.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.api.Article;
import org.attache.api.registry.EntityRegistry;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.ArticleAnalyser;
import org.attache.pipeline.Outcome;
import org.attache.pipeline.RegistryStep;
import org.attache.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The settling pass of an ingest: resolves and codes again, at the end of the run, the articles whose entities a later
 * article changed ({@link EntityRegistry#takeMovedArticles}: it gave one of them its country or a fuller name, or
 * joined it to another entity). An article is resolved and coded against the registry as it is when the article
 * arrives, so an article read before the one that gave "Phil Gramm" his country coded him with none, and the relevance
 * gate dropped its events; read after it, the events are kept. Coding such articles again once the registry knows
 * what the whole input says makes the entities, events and stories depend far less on the order the articles came in
 * (issue 16 item 2). So are the articles naming a person by one word ("Tian" read before "Tian Jiyun" was
 * established). The articles are taken in id order (not arrival order), in rounds while coding one moves the
 * entities of others, at most {@value #ROUNDS} rounds.
 *
 * <p>Each article is annotated again from its stored text (as {@code reprocess} does), on worker threads; resolving
 * and coding run on the calling thread, each article in its own savepoint ({@link Store#storeEvents}).
 */
final class Resettler {
    private static final Logger LOG = LoggerFactory.getLogger(Resettler.class);
    /** Most rounds of the pass: a round codes again the articles the round before moved. */
    static final int ROUNDS = 3;
    private static final int BATCH = 64;

    private final ArticleAnalyser analyser;
    private final RegistryStep registryStep;
    private final Store store;
    private final SortedSet<String> pending = new TreeSet<>();
    /** The articles this run resolved, to which the one-word persons' pass is limited. */
    private final java.util.Set<String> resolved = new java.util.HashSet<>();

    Resettler(ArticleAnalyser analyser, RegistryStep registryStep, Store store) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.registryStep = Objects.requireNonNull(registryStep, "registryStep");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** Notes the articles whose entities resolving {@code articleId} just moved (that article itself excepted). */
    void note(String articleId, EntityRegistry registry) {
        resolved.add(articleId);
        for (String id : registry.takeMovedArticles()) {
            if (!id.equals(articleId)) {
                pending.add(id);
            }
        }
    }

    /** Articles waiting to be coded again. */
    int pending() {
        return pending.size();
    }

    /**
     * Adds the articles that name a person by one word only ({@link EntityRegistry#articlesOfOneWordPersons}): a
     * surname read before its full name was established joins it when read again.
     */
    void addOneWordPersons() {
        for (String id : store.withRegistry(EntityRegistry::articlesOfOneWordPersons)) {
            if (resolved.contains(id)) {
                pending.add(id); // of this run only: a store's older articles are not read again on every run
            }
        }
    }

    /** Codes the pending articles again, round by round; returns how many codings it ran. */
    int run(int workers) {
        long started = System.nanoTime();
        int done = 0;
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, workers), runnable -> {
            Thread t = new Thread(runnable, "attache-resettle");
            t.setDaemon(true);
            return t;
        });
        try {
            for (int round = 0; round < ROUNDS && !pending.isEmpty(); round++) {
                List<String> ids = List.copyOf(pending);
                pending.clear();
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<Article> batch = new ArrayList<>();
                    for (String id : ids.subList(from, Math.min(ids.size(), from + BATCH))) {
                        store.get(id).ifPresent(batch::add);
                    }
                    List<Future<Outcome<Analysed>>> work = new ArrayList<>();
                    for (Article article : batch) {
                        work.add(pool.submit(() -> analyser.analyse(article)));
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        if (recode(batch.get(i), work.get(i))) {
                            done++;
                        }
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("settling interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        if (!pending.isEmpty()) {
            LOG.info("settling: {} articles still moved after {} rounds, left as coded", pending.size(), ROUNDS);
            pending.clear();
        }
        LOG.info("settling: {} articles resolved and coded again in {} ms", done,
                (System.nanoTime() - started) / 1_000_000);
        return done;
    }

    private boolean recode(Article article, Future<Outcome<Analysed>> work) throws InterruptedException {
        String id = article.id();
        Analysed analysed;
        try {
            if (!(work.get() instanceof Outcome.Done<Analysed> ok) || !ok.value().isAnnotated()) {
                return false;
            }
            analysed = ok.value();
        } catch (ExecutionException e) {
            LOG.warn("settling: annotating {} again failed; it stays as coded", id, e.getCause());
            return false;
        }
        try {
            store.storeEvents(article, analysed.relevance().article(), registry -> {
                var events = registryStep.events(analysed, registry);
                note(id, registry);
                return events;
            }, registryStep.matcher());
            return true;
        } catch (RuntimeException e) {
            // the store undid this article's writes: it keeps what it had
            LOG.warn("settling: coding {} again failed; it stays as coded", id, e);
            return false;
        }
    }
}
