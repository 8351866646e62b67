package org.attache.app.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.api.Article;
import org.attache.api.registry.EntityRegistry;
import org.attache.nlp.events.PatternEventCoder;
import org.attache.pipeline.Analysed;
import org.attache.pipeline.Analysis;
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
 * <p>What the worker threads found in this run's articles ({@link Analysed}: the annotation, the relevance judgement
 * and the Code stage's tagging and parsing, {@link Analysed#syntax()}) is kept for the pass, within a memory budget
 * ({@link org.attache.api.config.AttacheConfig#settleMemoryBytes()}, an estimate of the bytes held), so that the pass
 * only resolves and codes again: annotating a stored text again gives the same {@code Analysed}, at the price of the
 * run's most costly steps. An article beyond the budget, or one of an earlier run, is annotated again from its stored
 * text on worker threads (counted in the log). Resolving and coding run on the calling thread, each article in its own
 * savepoint ({@link Store#storeEvents}).
 */
final class Resettler {
    private static final Logger LOG = LoggerFactory.getLogger(Resettler.class);
    /** Most rounds of the pass: a round codes again the articles the round before moved. */
    static final int ROUNDS = 3;
    private static final int BATCH = 64;

    private final ArticleAnalyser analyser;
    private final Analysis stages;
    private final RegistryStep registryStep;
    private final Store store;
    private final long budget;
    private final SortedSet<String> pending = new TreeSet<>();
    /** The articles this run resolved, to which the one-word persons' pass is limited. */
    private final Set<String> resolved = new HashSet<>();
    /** What annotation found in this run's articles, by article id, within {@link #budget} bytes (estimated). */
    private final Map<String, Analysed> kept = new HashMap<>();
    private long keptBytes;
    /** Articles not kept for lack of budget. */
    private int overBudget;
    /** Time spent waiting for annotations, resolving and coding, and in the store's savepoints (which include it). */
    private long waitNanos;
    private long codeNanos;
    private long storeNanos;
    /** Codings {@link #run} ran. */
    private int recoded;
    /** Of the codings {@link #run} ran, those whose article was annotated again (not kept). */
    private int annotatedAgain;

    /**
     * @param analyser annotates a stored article again, for one whose annotation is not kept
     * @param budget   the bytes (estimated, {@link #footprint}) the annotations kept for the pass may take
     */
    Resettler(ArticleAnalyser analyser, RegistryStep registryStep, Store store, long budget) {
        this.analyser = Objects.requireNonNull(analyser, "analyser");
        this.stages = Objects.requireNonNull(analyser.stages(), "stages");
        this.registryStep = Objects.requireNonNull(registryStep, "registryStep");
        this.store = Objects.requireNonNull(store, "store");
        if (budget < 0) {
            throw new IllegalArgumentException("budget < 0: " + budget);
        }
        this.budget = budget;
    }

    /**
     * Notes that {@code analysed} was just resolved and coded, and the articles whose entities that moved (the article
     * itself excepted); keeps {@code analysed} for the pass while the budget allows.
     */
    void note(Analysed analysed, EntityRegistry registry) {
        note(analysed.article().id(), registry);
        keep(analysed);
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

    private void keep(Analysed analysed) {
        String id = analysed.article().id();
        if (!analysed.isAnnotated() || kept.containsKey(id)) {
            return;
        }
        long bytes = footprint(analysed);
        if (keptBytes + bytes > budget) {
            overBudget++;
            return;
        }
        kept.put(id, analysed);
        keptBytes += bytes;
    }

    /** Annotations kept for the pass (for tests). */
    int kept() {
        return kept.size();
    }

    /**
     * An estimate of the heap bytes {@code analysed} holds (its text, sentences, mentions, offices and prepared
     * syntax), rounded up: what the budget counts. Two bytes a character, as for a text that is not Latin-1.
     */
    static long footprint(Analysed analysed) {
        long bytes = 256;
        for (String paragraph : analysed.article().body()) {
            bytes += 56 + 2L * paragraph.length();
        }
        for (String caption : analysed.article().captions()) {
            bytes += 56 + 2L * caption.length();
        }
        if (analysed.article().title() != null) {
            bytes += 56 + 2L * analysed.article().title().length();
        }
        if (analysed.annotated() != null) {
            bytes += 32L * analysed.annotated().sentences().size();
            for (var m : analysed.annotated().mentions()) {
                bytes += 160 + 4L * m.text().length();
            }
            bytes += 160L * analysed.annotated().offices().size();
        }
        if (analysed.relevance() != null) {
            bytes += 32L * analysed.relevance().sentenceIndexes().length;
        }
        if (analysed.syntax() != null) {
            for (var s : analysed.syntax().sentences()) {
                bytes += 128;
                for (String word : s.words()) {
                    bytes += 48 + 2L * word.length() + 4 + 4 + 8 + (s.heads() == null ? 0 : 4 + 8);
                }
            }
        }
        return bytes;
    }

    /** Articles waiting to be coded again. */
    int pending() {
        return pending.size();
    }

    /**
     * Adds the articles that name a person by one word only ({@link EntityRegistry#articlesOfOneWordPersons}): a
     * surname read before its full name was established joins it when read again. So are the articles with a mention
     * that joined an entity of another type while one of its own type now answers to its spelling
     * ({@link org.attache.store.EntityReader#articlesJoinedAcrossTypes}).
     */
    void addOneWordPersons() {
        for (String id : store.entities().articlesOfOneWordPersons()) {
            if (resolved.contains(id)) {
                pending.add(id); // of this run only: a store's older articles are not read again on every run
            }
        }
        // a mention joined an entity of another type only for want of one of its own type when it was read
        for (String id : store.entities().articlesJoinedAcrossTypes()) {
            if (resolved.contains(id)) {
                pending.add(id);
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
                        Analysed known = kept.get(article.id());
                        if (known == null) {
                            annotatedAgain++;
                            work.add(pool.submit(() -> analyser.analyse(article)));
                        } else if (known.syntax() == null && stages.coder() instanceof PatternEventCoder) {
                            // kept without its tagging and parsing (not carried): those are done again, not annotation
                            work.add(pool.submit(() -> Outcome.done(withSyntax(known))));
                        } else {
                            work.add(CompletableFuture.completedFuture(Outcome.done(known)));
                        }
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
        LOG.info("settling: {} articles resolved and coded again in {} ms (waiting for annotation {} ms, resolving"
                        + " and coding {} ms, in the store {} ms); {} of them annotated again ({} of this run over the"
                        + " budget of {} MB, {} kept, ~{} MB)", done, (System.nanoTime() - started) / 1_000_000,
                waitNanos / 1_000_000, codeNanos / 1_000_000, storeNanos / 1_000_000, annotatedAgain, overBudget,
                budget >> 20, kept.size(), keptBytes >> 20);
        recoded += done;
        return done;
    }

    /** How many codings the pass ran (for tests). */
    int recoded() {
        return recoded;
    }

    /** How many articles the pass annotated again, for want of a kept annotation (for tests and the log). */
    int annotatedAgain() {
        return annotatedAgain;
    }

    /** Forgets the annotations kept: the pass is over. */
    void release() {
        kept.clear();
        keptBytes = 0;
    }

    /** {@code analysed} with the Code stage's tagging and parsing, as a carrying analyser would have made it. */
    private Analysed withSyntax(Analysed analysed) {
        return new Analysed(analysed.article(), analysed.annotated(), analysed.relevance(), analysed.partial(),
                stages.prepared(analysed.annotated(), analysed.relevance()));
    }

    private boolean recode(Article article, Future<Outcome<Analysed>> work) throws InterruptedException {
        String id = article.id();
        Analysed analysed;
        long waiting = System.nanoTime();
        try {
            Outcome<Analysed> outcome = work.get();
            waitNanos += System.nanoTime() - waiting;
            if (!(outcome instanceof Outcome.Done<Analysed> ok) || !ok.value().isAnnotated()) {
                return false;
            }
            analysed = ok.value();
        } catch (ExecutionException e) {
            LOG.warn("settling: annotating {} again failed; it stays as coded", id, e.getCause());
            return false;
        }
        try {
            long storing = System.nanoTime();
            store.storeEvents(article, analysed.relevance().article(), registry -> {
                long coding = System.nanoTime();
                var events = registryStep.events(analysed, registry);
                note(analysed, registry); // one annotated again is kept for the next round, budget allowing
                codeNanos += System.nanoTime() - coding;
                return events;
            }, registryStep.matcher());
            storeNanos += System.nanoTime() - storing;
            return true;
        } catch (RuntimeException e) {
            // the store undid this article's writes: it keeps what it had
            LOG.warn("settling: coding {} again failed; it stays as coded", id, e);
            return false;
        }
    }
}
