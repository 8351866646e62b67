package org.attache.extract.feed;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.api.config.WatchSource;
import org.attache.extract.fetch.FetchResult;
import org.attache.extract.fetch.PoliteFetcher;

/**
 * Polls one source's document and lists the pages it points at: a feed's items, a sitemap's URLs (an index's child
 * sitemaps fetched in turn, {@value #MAX_CHILD_SITEMAPS} at most, one level deep), or a URL list's lines. Every
 * document is fetched with a conditional GET when its validators are known; an unchanged one lists nothing. A
 * sitemap index is always fetched whole (its children may change while it does not), and its children
 * conditionally. Thread-safe as its fetcher is.
 */
public final class LinkDiscovery {
    /** Child sitemaps read at most from one index. */
    public static final int MAX_CHILD_SITEMAPS = 50;

    /** The validators kept from the last fetch of a document. */
    @FunctionalInterface
    public interface KnownValidators {
        FetchResult.Validators of(String documentUrl);
    }

    /**
     * A fetched document and what to send next time for a conditional GET ({@link FetchResult.Validators#NONE} for
     * a sitemap index, which is always fetched whole).
     */
    public record DocumentState(String url, FetchResult.Validators validators) {
    }

    /**
     * What polling a source gave.
     *
     * @param links     pages found, each once, in document order
     * @param documents documents fetched with a body, with their new validators
     * @param unchanged documents that answered 304 Not Modified
     * @param failure   why the source's own document could not be read, or null; its kind says whether it may pass
     * @param problems  reasons child sitemaps could not be read (the source itself counts as read)
     */
    public record Discovery(List<FoundLink> links, List<DocumentState> documents, int unchanged,
                            FetchResult.Failed failure, List<String> problems) {
        public Discovery {
            links = List.copyOf(links);
            documents = List.copyOf(documents);
            problems = List.copyOf(problems);
        }

        /** True when the source's document was read, or was unchanged. */
        public boolean ok() {
            return failure == null;
        }
    }

    private final PoliteFetcher fetcher;

    public LinkDiscovery(PoliteFetcher fetcher) {
        this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    }

    /**
     * Polls {@code source}.
     *
     * @param startBy {@link System#nanoTime()} after which no request may start
     */
    public Discovery discover(WatchSource source, KnownValidators known, long startBy) throws InterruptedException {
        Map<String, FoundLink> links = new LinkedHashMap<>();
        List<DocumentState> documents = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int[] unchanged = {0};
        FetchResult first = fetcher.fetch(source.url(), known.of(source.url()), startBy);
        switch (first) {
            case FetchResult.NotModified n -> {
                return new Discovery(List.of(), List.of(), 1, null, List.of());
            }
            case FetchResult.Failed f -> {
                return new Discovery(List.of(), List.of(), 0, f, List.of());
            }
            case FetchResult.Fetched fetched -> {
                try {
                    switch (source.kind()) {
                        case FEED -> {
                            FeedDocument.parse(fetched.body(), contentType(fetched), fetched.finalUrl())
                                    .forEach(l -> links.putIfAbsent(l.url(), l));
                            documents.add(new DocumentState(source.url(), fetched.validators()));
                        }
                        case URLS -> {
                            UrlListDocument.parse(fetched.body(), fetched.charset(), fetched.finalUrl())
                                    .forEach(l -> links.putIfAbsent(l.url(), l));
                            documents.add(new DocumentState(source.url(), fetched.validators()));
                        }
                        case SITEMAP -> sitemap(source.url(), fetched, known, startBy, links, documents, problems,
                                unchanged);
                    }
                } catch (DocumentFormatException e) {
                    return new Discovery(List.of(), List.of(), 0, new FetchResult.Failed(source.url(),
                            FetchResult.Kind.PERMANENT, e.getMessage(), null, null), List.of());
                }
            }
        }
        return new Discovery(new ArrayList<>(links.values()), documents, unchanged[0], null, problems);
    }

    private void sitemap(String url, FetchResult.Fetched fetched, KnownValidators known, long startBy,
                         Map<String, FoundLink> links, List<DocumentState> documents, List<String> problems,
                         int[] unchanged) throws DocumentFormatException, InterruptedException {
        SitemapDocument.Contents contents = SitemapDocument.parse(fetched.body(), fetched.contentType(),
                fetched.finalUrl());
        if (contents.children().isEmpty()) {
            contents.links().forEach(l -> links.putIfAbsent(l.url(), l));
            documents.add(new DocumentState(url, fetched.validators()));
            return;
        }
        documents.add(new DocumentState(url, FetchResult.Validators.NONE));
        List<String> children = contents.children();
        if (children.size() > MAX_CHILD_SITEMAPS) {
            problems.add("sitemap index lists " + children.size() + " sitemaps: read the first " + MAX_CHILD_SITEMAPS
                    + ": " + url);
            children = children.subList(0, MAX_CHILD_SITEMAPS);
        }
        for (String child : children) {
            FetchResult r = fetcher.fetch(child, known.of(child), startBy);
            switch (r) {
                case FetchResult.NotModified n -> unchanged[0]++;
                case FetchResult.Failed f -> problems.add(f.reason() + ": " + child);
                case FetchResult.Fetched f -> {
                    try {
                        SitemapDocument.Contents c = SitemapDocument.parse(f.body(), f.contentType(), f.finalUrl());
                        if (!c.children().isEmpty()) {
                            problems.add("nested sitemap index not followed: " + child);
                        }
                        c.links().forEach(l -> links.putIfAbsent(l.url(), l));
                        documents.add(new DocumentState(child, f.validators()));
                    } catch (DocumentFormatException e) {
                        problems.add(e.getMessage() + ": " + child);
                    }
                }
            }
        }
    }

    private static String contentType(FetchResult.Fetched f) {
        if (f.contentType() == null) {
            return null;
        }
        return f.charset() == null ? f.contentType() : f.contentType() + "; charset=" + f.charset();
    }
}
