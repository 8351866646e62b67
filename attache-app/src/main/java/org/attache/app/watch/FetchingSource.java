package org.attache.app.watch;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.attache.api.Page;
import org.attache.api.PageHints;
import org.attache.api.PageSource;
import org.attache.api.SourceItem;
import org.attache.extract.fetch.FetchResult;
import org.attache.extract.fetch.PoliteFetcher;
import org.attache.extract.fetch.WebPages;
import org.attache.store.watch.WatchState;

/**
 * The pending pages of a round as a {@link PageSource} for the ingest pipeline: fetched in parallel, one queue per
 * host (so a host that asks for a long crawl-delay holds up only its own pages), handed on as they arrive. A page
 * that cannot be fetched becomes a skip with its reason; a page whose host has no request slot before the round's
 * deadline is left out (deferred), and so are the rest of that host's pages. Each page is named by its URL as listed,
 * so the ingest's outcomes can be matched back to it. Read once.
 */
final class FetchingSource implements PageSource {
    /** One fetch's outcome, for the reading thread. */
    private record Done(WatchState.Item item, FetchResult result) {
    }

    private final List<WatchState.Item> items;
    private final PoliteFetcher fetcher;
    private final int threads;
    private final long startBy;
    private final BooleanSupplier stopping;
    private final Map<String, FetchResult.Failed> failures = new ConcurrentHashMap<>();
    private final Map<String, Boolean> hostOk = new ConcurrentHashMap<>();
    private final AtomicInteger fetched = new AtomicInteger();
    private final AtomicInteger deferred = new AtomicInteger();

    /**
     * @param threads hosts fetched from at once
     * @param startBy {@link System#nanoTime()} after which no request starts
     * @param stopping true once the watcher is stopping: no request starts either
     */
    FetchingSource(List<WatchState.Item> items, PoliteFetcher fetcher, int threads, long startBy,
                   BooleanSupplier stopping) {
        this.items = List.copyOf(items);
        this.stopping = Objects.requireNonNull(stopping, "stopping");
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
        this.threads = threads;
        this.startBy = startBy;
    }

    @Override
    public void read(Consumer<? super SourceItem> sink) {
        Map<String, Deque<WatchState.Item>> byHost = new LinkedHashMap<>();
        for (WatchState.Item item : items) {
            byHost.computeIfAbsent(host(item.url()), h -> new ArrayDeque<>()).add(item);
        }
        // bounded: fetchers wait while the pipeline is behind, so fetched bodies do not pile up in memory
        BlockingQueue<Done> done = new LinkedBlockingQueue<>(Math.max(4, threads * 2));
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, byHost.size())),
                Thread.ofPlatform().name("attache-fetch-", 1).daemon().factory());
        try {
            for (Deque<WatchState.Item> queue : byHost.values()) {
                pool.execute(() -> fetchAll(queue, done));
            }
            for (int i = 0; i < items.size(); i++) {
                Done d = done.take();
                emit(d, sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            pool.shutdownNow();
        }
    }

    /** Fetches one host's pages in turn; after the first deferral the rest of them are deferred unasked. */
    private void fetchAll(Deque<WatchState.Item> queue, BlockingQueue<Done> done) {
        try {
            fetchEach(queue, done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader stopped: nobody takes what is left
        }
    }

    private void fetchEach(Deque<WatchState.Item> queue, BlockingQueue<Done> done) throws InterruptedException {
        boolean deferring = false;
        for (WatchState.Item item : queue) {
            FetchResult result;
            if (deferring || Thread.currentThread().isInterrupted() || stopping.getAsBoolean()) {
                result = new FetchResult.Failed(item.url(), FetchResult.Kind.DEFERRED, "deferred", null, null);
            } else {
                try {
                    result = fetcher.fetch(item.url(), FetchResult.Validators.NONE, startBy);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    result = new FetchResult.Failed(item.url(), FetchResult.Kind.DEFERRED, "deferred", null, null);
                }
                deferring = result instanceof FetchResult.Failed f && f.kind() == FetchResult.Kind.DEFERRED;
            }
            done.put(new Done(item, result));
        }
    }

    private void emit(Done d, Consumer<? super SourceItem> sink) {
        String url = d.item().url();
        switch (d.result()) {
            case FetchResult.Fetched f -> {
                fetched.incrementAndGet();
                hostOk.putIfAbsent(host(f.finalUrl()), Boolean.TRUE);
                PageHints hints = PageHints.fromFeed(d.item().outlet(), d.item().title(), d.item().published());
                Optional<Page> page = WebPages.toPage(f, url, hints);
                if (page.isPresent()) {
                    sink.accept(new SourceItem.Loaded(page.get()));
                } else {
                    sink.accept(new SourceItem.Skipped(url, 0, "not a page: "
                            + (f.contentType() == null ? "no media type" : f.contentType())));
                }
            }
            case FetchResult.NotModified n ->
                    sink.accept(new SourceItem.Skipped(url, 0, "not modified: no body for a page never fetched"));
            case FetchResult.Failed f -> {
                if (f.kind() == FetchResult.Kind.DEFERRED) {
                    deferred.incrementAndGet();
                    return;
                }
                failures.put(url, f);
                if (f.host() != null) {
                    hostOk.put(f.host(), Boolean.FALSE);
                }
                sink.accept(new SourceItem.Skipped(url, 0, f.reason()));
            }
        }
    }

    /** The fetch failure of page {@code url}, if fetching it failed (rather than extracting it). */
    Optional<FetchResult.Failed> failure(String url) {
        return Optional.ofNullable(failures.get(url));
    }

    /** Every failed fetch of this round. */
    List<FetchResult.Failed> failures() {
        return new ArrayList<>(failures.values());
    }

    /** Hosts that answered at least once without failing this round. */
    List<String> hostsOk() {
        return hostOk.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
    }

    int fetched() {
        return fetched.get();
    }

    int deferred() {
        return deferred.get();
    }

    private static String host(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getHost() == null ? url : PoliteFetcher.hostKey(uri);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
