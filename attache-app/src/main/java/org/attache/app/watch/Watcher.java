package org.attache.app.watch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.attache.api.SourceItem;
import org.attache.api.config.AttacheConfig;
import org.attache.api.config.WatchConfig;
import org.attache.api.config.WatchSource;
import org.attache.pipeline.Analysis;
import org.attache.app.ingest.IngestPipeline;
import org.attache.app.ingest.IngestReport;
import org.attache.app.ingest.ItemListener;
import org.attache.extract.DefaultArticleExtractor;
import org.attache.extract.feed.FoundLink;
import org.attache.extract.feed.LinkDiscovery;
import org.attache.extract.fetch.FetchResult;
import org.attache.extract.fetch.PoliteFetcher;
import org.attache.store.Store;
import org.attache.store.watch.WatchState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the sources of a {@link WatchConfig}: each round polls the sources that are due (all of them for
 * {@code --once}), records the pages they list, then fetches the pages still pending and ingests them through the
 * same pipeline as {@code attache ingest}. Everything it learns is kept in the store ({@link WatchState}): schedules
 * with jitter and back-off, the validators of each document for conditional GETs, each page with its state. A page
 * is marked done in the transaction that stores its article, so after a crash (even {@code kill -9}) the next round
 * fetches exactly the pages whose articles were lost. Used by {@code attache watch} and {@code attache serve --watch}.
 * One round at a time; not thread-safe.
 */
public final class Watcher {
    private static final Logger LOG = LoggerFactory.getLogger(Watcher.class);
    /** How soon another round comes while pages are still pending (a crawl-delay left some for later). */
    static final Duration PENDING_RETRY = Duration.ofMinutes(1);

    /** Set by {@link #stop()}; read by the round's fetchers too. */
    private volatile boolean stopping;
    private final Object wake = new Object();
    private final WatchConfig config;
    private final AttacheConfig ingestConfig;
    private final Store store;
    private final Supplier<Analysis> stages;
    private final PoliteFetcher fetcher;
    private final Clock clock;
    private final RandomGenerator random;
    private final DefaultArticleExtractor extractor = new DefaultArticleExtractor();
    private Analysis analysis;
    private long rounds;

    /**
     * @param stages the language stages, built on the first page to ingest; null to store articles without
     *               entities and events
     */
    public Watcher(WatchConfig config, AttacheConfig ingestConfig, Store store, Supplier<Analysis> stages,
                   PoliteFetcher fetcher, Clock clock, RandomGenerator random) {
        this.config = Objects.requireNonNull(config, "config");
        this.ingestConfig = Objects.requireNonNull(ingestConfig, "ingestConfig");
        this.store = Objects.requireNonNull(store, "store");
        this.stages = stages;
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * Runs rounds until {@link #stop()} (or an interrupt): a round whenever a source is due (or, while pages are
     * pending, every {@link #PENDING_RETRY}), waiting in between.
     *
     * @param reports told after each round
     */
    public void run(Consumer<RoundReport> reports, Consumer<IngestReport> progress) {
        while (!stopping && !Thread.currentThread().isInterrupted()) {
            try {
                RoundReport report = round(false, progress);
                reports.accept(report);
                Duration wait = Duration.between(clock.instant(), nextRound(report.pending() > 0
                        && report.deferred() > 0));
                if (!wait.isNegative() && !wait.isZero()) {
                    LOG.info("watch next_round_in_s={}", wait.toSeconds());
                    pause(wait);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (Thread.currentThread().isInterrupted()) {
                    break; // a stage stopped because we were interrupted
                }
                if (stopping) {
                    break;
                }
                LOG.error("watch round failed; trying again in a minute", e);
                sleepQuietly(Duration.ofMinutes(1));
            }
        }
        LOG.info("watch stopped");
    }

    /** When the next round is due: the earliest source, or sooner while pages wait for a host's slot. */
    Instant nextRound(boolean pagesWaiting) {
        Instant next = null;
        for (WatchSource s : config.sources()) {
            Instant due = store.watch().source(s.name()).map(WatchState.SourceState::nextPoll).orElse(clock.instant());
            next = next == null || due.isBefore(next) ? due : next;
        }
        Instant soon = clock.instant().plus(PENDING_RETRY);
        return pagesWaiting && soon.isBefore(next) ? soon : next;
    }

    /**
     * One round: polls the sources that are due ({@code everySource}: all of them), records what they list, fetches
     * and ingests the pending pages, commits.
     *
     * @param progress told a few times a second while pages are ingested
     */
    public RoundReport round(boolean everySource, Consumer<IngestReport> progress) throws InterruptedException {
        long started = System.nanoTime();
        long round = ++rounds;
        long startBy = started + config.roundTimeLimit().toNanos();
        Instant now = clock.instant();
        WatchState state = store.watch();
        List<WatchSource> due = everySource ? config.sources() : config.sources().stream()
                .filter(s -> state.source(s.name()).map(st -> !st.nextPoll().isAfter(now)).orElse(true)).toList();
        Map<WatchSource, LinkDiscovery.Discovery> polled = poll(due, startBy);

        int unchanged = 0;
        int listed = 0;
        int newPages = 0;
        Map<String, String> sourceFailures = new LinkedHashMap<>();
        for (WatchSource source : due) {
            LinkDiscovery.Discovery d = polled.get(source);
            WatchState.SourceState before = state.source(source.name()).orElse(null);
            int failures = before == null ? 0 : before.failures();
            long polls = before == null ? 0 : before.polls();
            String outcome;
            Duration retryAfter = null;
            if (d.ok()) {
                failures = 0;
                Instant found = clock.instant();
                List<WatchState.Item> items = new ArrayList<>();
                for (FoundLink l : d.links()) {
                    items.add(new WatchState.Item(l.url(), source.name(), source.outlet(), l.title(), l.published(), 0));
                }
                int added = state.addFound(items, found);
                for (LinkDiscovery.DocumentState doc : d.documents()) {
                    state.saveValidators(doc.url(), new WatchState.Validators(doc.validators().etag(),
                            doc.validators().lastModified()), found);
                }
                listed += items.size();
                newPages += added;
                boolean allUnchanged = d.documents().isEmpty() && d.unchanged() > 0;
                unchanged += allUnchanged ? 1 : 0;
                outcome = allUnchanged ? "unchanged" : "read";
                d.problems().forEach(p -> LOG.warn("watch source={} problem={}", source.name(), p));
                LOG.info("watch source={} outcome={} listed={} new={} unchanged_documents={}", source.name(), outcome,
                        items.size(), added, d.unchanged());
            } else if (d.failure().kind() == FetchResult.Kind.DEFERRED) {
                outcome = "deferred";
                LOG.info("watch source={} outcome=deferred", source.name());
            } else {
                failures++;
                outcome = d.failure().reason();
                retryAfter = d.failure().retryAfter();
                sourceFailures.put(source.name(), outcome);
                if (d.failure().host() != null) {
                    state.hostError(d.failure().host(), outcome, clock.instant());
                }
                LOG.warn("watch source={} failed={} consecutive_failures={}", source.name(), outcome, failures);
            }
            Instant next = outcome.equals("deferred") ? clock.instant().plus(PENDING_RETRY)
                    : Schedule.next(clock.instant(), source.every(), failures, config.jitter(), config.maxBackoff(),
                    retryAfter, random);
            state.saveSource(new WatchState.SourceState(source.name(), next, failures, polls + 1, now, outcome));
        }
        state.commit();

        List<WatchState.Item> pending = state.pending(config.maxPagesPerRound());
        IngestReport ingest = new IngestReport(0, 0, 0, 0, 0, Map.of(), List.of(), Duration.ZERO);
        int fetched = 0;
        int deferred = 0;
        if (!pending.isEmpty()) {
            FetchingSource pages = new FetchingSource(pending, fetcher, config.fetch().connections(), startBy,
                    () -> stopping);
            Map<String, WatchState.Item> byUrl = new LinkedHashMap<>();
            pending.forEach(i -> byUrl.put(i.url(), i));
            IngestPipeline pipeline = new IngestPipeline(ingestConfig, extractor, analysis(), store, progress);
            ingest = pipeline.run(pages, new Outcomes(state, pages, byUrl));
            for (FetchResult.Failed f : pages.failures()) {
                if (f.host() != null) {
                    state.hostError(f.host(), f.reason(), clock.instant());
                }
            }
            pages.hostsOk().forEach(state::hostOk);
            state.commit();
            store.updateRelated(1, n -> { });
            fetched = pages.fetched();
            deferred = pages.deferred();
        }
        long left = state.stats().pending();
        RoundReport report = new RoundReport(round, due.size(), unchanged, sourceFailures, listed, newPages, fetched,
                deferred, ingest, left, Duration.ofNanos(System.nanoTime() - started));
        LOG.info("watch round={} polled={} unchanged={} failed={} new={} fetched={} stored={} present={} skipped={}"
                        + " deferred={} pending={} ms={}", round, due.size(), unchanged, sourceFailures.size(), newPages,
                fetched, ingest.stored(), ingest.alreadyPresent(), ingest.skippedTotal(), deferred, left,
                report.elapsed().toMillis());
        return report;
    }

    private Analysis analysis() {
        if (stages == null) {
            return null;
        }
        if (analysis == null) {
            analysis = stages.get();
        }
        return analysis;
    }

    /** Polls the sources in parallel (their hosts' limits still apply). */
    private Map<WatchSource, LinkDiscovery.Discovery> poll(List<WatchSource> sources, long startBy)
            throws InterruptedException {
        Map<WatchSource, LinkDiscovery.Discovery> results = new LinkedHashMap<>();
        if (sources.isEmpty()) {
            return results;
        }
        LinkDiscovery discovery = new LinkDiscovery(fetcher);
        WatchState state = store.watch();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(sources.size(), config.fetch().connections()),
                Thread.ofPlatform().name("attache-poll-", 1).daemon().factory());
        try {
            Map<WatchSource, Future<LinkDiscovery.Discovery>> futures = new LinkedHashMap<>();
            for (WatchSource s : sources) {
                futures.put(s, pool.submit(() -> discovery.discover(s, url -> {
                    WatchState.Validators v = state.validators(url);
                    return new FetchResult.Validators(v.etag(), v.lastModified());
                }, startBy)));
            }
            for (Map.Entry<WatchSource, Future<LinkDiscovery.Discovery>> e : futures.entrySet()) {
                try {
                    results.put(e.getKey(), e.getValue().get());
                } catch (ExecutionException failure) {
                    throw new IllegalStateException("polling " + e.getKey().name() + " failed unexpectedly",
                            failure.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    /** Marks each page by what the ingest did with it, in the transaction of its article. */
    private final class Outcomes implements ItemListener {
        private final WatchState state;
        private final FetchingSource pages;
        private final Map<String, WatchState.Item> byUrl;

        Outcomes(WatchState state, FetchingSource pages, Map<String, WatchState.Item> byUrl) {
            this.state = state;
            this.pages = pages;
            this.byUrl = byUrl;
        }

        @Override
        public void written(String source, String articleId) {
            state.done(source, articleId, clock.instant());
        }

        @Override
        public void skipped(SourceItem.Skipped skipped) {
            WatchState.Item item = byUrl.get(skipped.source());
            if (item == null) {
                return;
            }
            boolean passing = pages.failure(item.url()).map(f -> f.kind() == FetchResult.Kind.TRANSIENT).orElse(false);
            boolean giveUp = !passing || item.attempts() + 1 >= config.maxAttempts();
            state.failed(item.url(), skipped.reason(), IngestPipeline.reasonKey(skipped.reason()), giveUp,
                    clock.instant());
            LOG.info("watch page={} skipped={} attempt={} given_up={}", item.url(), skipped.reason(),
                    item.attempts() + 1, giveUp);
        }
    }

    private void sleepQuietly(Duration d) {
        try {
            pause(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Asks {@link #run} to end: a wait ends at once, a round in progress fetches nothing more (its pages not yet
     * fetched stay pending) and ends after storing what it has. Unlike an interrupt, this never lands inside a store
     * write, where it would close the index's files under the writer.
     */
    public void stop() {
        stopping = true;
        synchronized (wake) {
            wake.notifyAll();
        }
    }

    /** Waits {@code d}, or until {@link #stop()}. */
    private void pause(Duration d) throws InterruptedException {
        long until = System.nanoTime() + d.toNanos();
        synchronized (wake) {
            long left;
            while (!stopping && (left = until - System.nanoTime()) > 0) {
                TimeUnit.NANOSECONDS.timedWait(wake, left);
            }
        }
    }
}
