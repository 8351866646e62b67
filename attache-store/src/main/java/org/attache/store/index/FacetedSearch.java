package org.attache.store.index;

import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.util.BytesRef;
import org.attache.store.read.Cursors;
import org.attache.store.read.FacetCount;
import org.attache.store.read.SearchItem;
import org.attache.store.read.SearchPage;
import org.attache.store.read.SearchRequest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * A {@link SearchRequest} run on a searcher: the query of {@link IndexSearch} plus the request's filters, a page
 * of hits at an offset, HTML snippets, and facet counts over every match from sorted-set doc values. Stateless.
 */
final class FacetedSearch {
    /** Facet keys of {@link SearchPage#facets()} and their fields, in display order. */
    static final Map<String, String> FACETS = facets();
    /** The facet fields, in the order of {@link #FACETS}: field {@code i} of a {@link FacetOrdinals.Segment}. */
    private static final String[] FIELDS = FACETS.values().toArray(String[]::new);
    private static final int TOP_VALUES = 20;
    private static final int TOP_MONTHS = 36;
    private static final int MAX_OFFSET = 10_000;
    private static final int SNIPPET_PASSAGES = 2;
    private static final String CURSOR_KIND = "search";

    private final FoldingAnalyzer analyzer;
    private final IndexSearch search;
    private final FacetOrdinals ordinals;

    FacetedSearch(FoldingAnalyzer analyzer, IndexSearch search, FacetOrdinals ordinals) {
        this.analyzer = analyzer;
        this.search = search;
        this.ordinals = ordinals;
    }

    /** The facet values kept in memory for {@link #run}: one per index. */
    static FacetOrdinals ordinals() {
        return new FacetOrdinals(FIELDS);
    }

    private static Map<String, String> facets() {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("outlet", ArticleIndex.F_OUTLET);
        f.put("country", ArticleIndex.F_COUNTRY);
        f.put("entity", ArticleIndex.F_ENTITY);
        f.put("event_type", ArticleIndex.F_TYPE);
        f.put("status", ArticleIndex.F_STATUS);
        f.put("relevance", ArticleIndex.F_RELEVANCE);
        f.put("month", ArticleIndex.F_MONTH);
        return java.util.Collections.unmodifiableMap(f);
    }

    SearchPage run(IndexSearcher shared, SearchRequest r, Function<Set<String>, Map<String, String>> entityNames)
            throws IOException {
        String text = r.query() == null ? "" : r.query();
        int offset = r.cursor() == null ? 0 : offset(r.cursor());
        SearchQuery parsed = SearchQuery.parse(text);
        Query words = search.toLucene(parsed, text);
        Query query = withFilters(words, r);
        boolean byDate = parsed.text().isEmpty();
        return search.budget().run(shared, query, text,
                searcher -> page(searcher, r, text, offset, words, query, byDate, entityNames));
    }

    /** The page of a parsed request, on a searcher that keeps to the search budget. */
    private SearchPage page(IndexSearcher searcher, SearchRequest r, String text, int offset, Query words, Query query,
                            boolean byDate, Function<Set<String>, Map<String, String>> entityNames) throws IOException {
        TopDocs top;
        Counts counts;
        try {
            int n = offset + r.limit();
            // one pass over the matches ranks them and counts the facets (two passes, counting without scores and
            // ranking with Lucene's skipping of matches that cannot reach the page, measured slower: the skipping
            // scorer's buffers cost more than scoring every match)
            Object[] both = searcher.search(query, new org.apache.lucene.search.MultiCollectorManager(byDate
                    ? new org.apache.lucene.search.TopFieldCollectorManager(newestFirst(), n, null, Integer.MAX_VALUE)
                    : new org.apache.lucene.search.TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE),
                    new CountsManager()));
            top = (TopDocs) both[0];
            counts = (Counts) both[1];
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("Search query \"" + text + "\" expands to too many terms", e);
        }
        ScoreDoc[] page = top.scoreDocs.length <= offset ? new ScoreDoc[0]
                : Arrays.copyOfRange(top.scoreDocs, offset, top.scoreDocs.length);
        // what each hit shows, from doc values (stored fields cost a block decompression per hit); the
        // highlighter takes the bodies from here too
        Map<Integer, HitFields> docs = HitFields.read(searcher, Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
        String[] snippets = snippets(searcher, words, new TopDocs(top.totalHits, page), docs);
        List<SearchItem> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            HitFields doc = docs.get(page[i].doc);
            String snippet = snippets.length > i ? snippets[i] : null;
            if (snippet == null) {
                String lead = IndexSearch.lead(doc.body());
                snippet = lead == null ? null : escape(lead);
            }
            hits.add(new SearchItem(doc.ref(), byDate || Float.isNaN(page[i].score) ? 0f : page[i].score,
                    snippet == null ? null : IndexSearch.flatten(snippet, Integer.MAX_VALUE)));
        }
        int next = offset + page.length;
        String nextCursor = page.length == r.limit() && next < counts.hits ? Cursors.encode(CURSOR_KIND,
                Integer.toString(next)) : null;
        return new SearchPage(text, counts.hits, hits, facetCounts(counts, entityNames), nextCursor);
    }

    private static int offset(String cursor) {
        long offset = Cursors.number(cursor, Cursors.decode(cursor, CURSOR_KIND, 2).get(1));
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("Bad cursor '" + cursor + "': searches page through at most "
                    + MAX_OFFSET + " hits");
        }
        return (int) offset;
    }

    private Query withFilters(Query base, SearchRequest r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(base, BooleanClause.Occur.MUST);
        if (r.outlet() != null && !r.outlet().isBlank()) {
            b.add(new TermQuery(new Term(ArticleIndex.OUTLET, analyzer.foldKeyword(r.outlet()))), BooleanClause.Occur.FILTER);
        }
        term(b, ArticleIndex.F_COUNTRY, r.country());
        term(b, ArticleIndex.F_ENTITY, r.entityId());
        term(b, ArticleIndex.F_TYPE, r.eventType() == null ? null : r.eventType().name());
        term(b, ArticleIndex.F_STATUS, r.status() == null ? null : r.status().name());
        term(b, ArticleIndex.F_RELEVANCE, r.relevance() == null ? null : r.relevance().label());
        if (r.from() != null || r.to() != null) {
            long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
            long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
            b.add(LongPoint.newRangeQuery(ArticleIndex.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return b.build();
    }

    private static void term(BooleanQuery.Builder b, String field, String value) {
        if (value != null && !value.isBlank()) {
            b.add(new TermQuery(new Term(field, value.strip())), BooleanClause.Occur.FILTER);
        }
    }

    private static Sort newestFirst() {
        SortField byDay = new SortField(ArticleIndex.PUBLISHED_DAY, SortField.Type.LONG, true);
        byDay.setMissingValue(Long.MIN_VALUE);
        return new Sort(byDay);
    }

    /**
     * Escaped passages with {@code <mark>} around matches of the query's words (its filters match no body text):
     * the formatter escapes the text, then adds the tags.
     */
    private String[] snippets(IndexSearcher searcher, Query query, TopDocs page, Map<Integer, HitFields> docs)
            throws IOException {
        if (page.scoreDocs.length == 0) {
            return new String[0];
        }
        return highlighter(searcher, analyzer, docs, true).highlight(ArticleIndex.BODY, query, page, SNIPPET_PASSAGES);
    }

    /**
     * The snippet highlighter: bodies from the hits' doc values, our sentence breaks and passage scorer, and with
     * {@code sequentialPostings} the query's terms read by {@link SequentialPostingsOffsets} when it applies.
     */
    static UnifiedHighlighter highlighter(IndexSearcher searcher, FoldingAnalyzer analyzer, Map<Integer, HitFields> docs,
                                          boolean sequentialPostings) {
        UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxNoHighlightPassages(0)
                .withScorer(new SnippetScorer())
                .withBreakIterator(SentenceBreaks::new)
                // the query's terms and phrases read from the postings' offsets, rather than matching the whole
                // query again in every document shown (which cost most of a search under load)
                .withWeightMatches(false);
        return new UnifiedHighlighter(builder) {
            @Override
            protected List<CharSequence[]> loadFieldValues(String[] fields, org.apache.lucene.search.DocIdSetIterator it,
                                                           int cacheCharsThreshold) throws IOException {
                List<CharSequence[]> values = new ArrayList<>();
                for (int d = it.nextDoc(); d != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                    HitFields doc = docs.get(d);
                    String body = doc == null ? "" : doc.body();
                    CharSequence[] perField = new CharSequence[fields.length];
                    Arrays.fill(perField, body.length() > getMaxLength() ? body.substring(0, getMaxLength()) : body);
                    values.add(perField);
                }
                return values;
            }

            @Override
            protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
                return sequentialPostings && SequentialPostingsOffsets.appliesTo(source, components)
                        ? new SequentialPostingsOffsets(components) : super.getOffsetStrategy(source, components);
            }
        };
    }

    /**
     * Lucene's default passage scoring (BM25 over the passage, favouring early passages), computed without the
     * {@code BytesRefHash} it builds for every passage: that hash's 32 KB block was most of the memory a search
     * allocated, and so most of its garbage collections under load. Same scores: the distinct terms are summed
     * in the order of their first match, as the hash numbers them.
     */
    static final class SnippetScorer extends PassageScorer {
        @Override
        public float score(Passage passage, int contentLength) {
            int matches = passage.getNumMatches();
            BytesRef[] terms = passage.getMatchTerms();
            int[] inDoc = passage.getMatchTermFreqsInDoc();
            int[] first = new int[matches]; // index of the first match of each distinct term, in order
            int[] inPassage = new int[matches];
            int distinct = 0;
            for (int i = 0; i < matches; i++) {
                int k = 0;
                while (k < distinct && !terms[first[k]].equals(terms[i])) {
                    k++;
                }
                if (k == distinct) {
                    first[distinct++] = i;
                }
                inPassage[k]++;
            }
            double score = 0d;
            for (int k = 0; k < distinct; k++) {
                score += tf(inPassage[k], passage.getLength()) * weight(contentLength, inDoc[first[k]]);
            }
            score *= norm(passage.getStartOffset());
            return (float) score;
        }
    }

    /** HTML-escapes text for element content and attribute values. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static Map<String, List<FacetCount>> facetCounts(Counts counts,
                                                             Function<Set<String>, Map<String, String>> entityNames) {
        Map<String, List<FacetCount>> facets = new LinkedHashMap<>();
        for (Map.Entry<String, String> f : FACETS.entrySet()) {
            Map<String, Long> values = counts.values.getOrDefault(f.getValue(), Map.of());
            List<Map.Entry<String, Long>> top = new ArrayList<>(values.entrySet());
            if (f.getKey().equals("month")) {
                top.sort(Map.Entry.<String, Long>comparingByKey().reversed());
                top = top.subList(0, Math.min(TOP_MONTHS, top.size()));
            } else {
                top.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
                top = top.subList(0, Math.min(TOP_VALUES, top.size()));
            }
            Map<String, String> labels = Map.of();
            if (f.getKey().equals("entity") && !top.isEmpty()) {
                Set<String> ids = new TreeSet<>();
                top.forEach(e -> ids.add(e.getKey()));
                labels = entityNames.apply(ids);
            }
            List<FacetCount> list = new ArrayList<>(top.size());
            for (Map.Entry<String, Long> e : top) {
                list.add(new FacetCount(e.getKey(), labels.getOrDefault(e.getKey(), e.getKey()), e.getValue()));
            }
            facets.put(f.getKey(), List.copyOf(list));
        }
        return facets;
    }

    /**
     * The ordinals with a non-zero count that {@link #facetCounts} keeps: for {@code k > 0} the {@code k} largest
     * counts (ties: smaller ordinal, that is smaller value, first); for {@code k < 0} the {@code -k} largest
     * ordinals (months, newest first). Selecting here spares naming and sorting every value counted.
     */
    static int[] topOrds(int[] counts, int k) {
        return topOrds(counts, IntStream.range(0, counts.length).filter(o -> counts[o] > 0).toArray(), k);
    }

    /** As {@link #topOrds(int[], int)}, given the ordinals with a non-zero count in any order. */
    static int[] topOrds(int[] counts, int[] counted, int k) {
        boolean byOrd = k < 0;
        int size = Math.abs(k);
        if (size == 0) {
            return new int[0];
        }
        int[] top = new int[size];
        int n = 0;
        for (int ord : counted) {
            if (n == size && !before(counts, byOrd, ord, top[n - 1])) {
                continue;
            }
            int at = n == size ? n - 1 : n++;
            while (at > 0 && before(counts, byOrd, ord, top[at - 1])) {
                top[at] = top[at - 1];
                at--;
            }
            top[at] = ord;
        }
        return Arrays.copyOf(top, n);
    }

    /** Whether ordinal {@code a} ranks before {@code b}: larger count, then smaller ordinal; or larger ordinal. */
    private static boolean before(int[] counts, boolean byOrd, int a, int b) {
        if (byOrd) {
            return a > b;
        }
        return counts[a] > counts[b] || (counts[a] == counts[b] && a < b);
    }

    /**
     * Count arrays kept between searches: one per value of a facet field (tens of thousands for entities), they
     * were the largest allocation of a search and so a good part of its garbage collections. An array comes back
     * zeroed (only the ordinals counted are reset); at most a few are kept per length, and lengths change only
     * when the index does.
     */
    static final class CountArrays {
        private static final int KEPT_PER_LENGTH = 8;
        private static final int LENGTHS = 32;
        private static final ConcurrentHashMap<Integer, ConcurrentLinkedDeque<int[]>>
                FREE = new ConcurrentHashMap<>();

        private CountArrays() {
        }

        static int[] borrow(int length) {
            ConcurrentLinkedDeque<int[]> free = FREE.get(length);
            int[] a = free == null ? null : free.pollFirst();
            return a != null ? a : new int[length];
        }

        /** Returns {@code counts} after zeroing the {@code n} ordinals listed in {@code touched}. */
        static void giveBack(int[] counts, int[] touched, int n) {
            for (int k = 0; k < n; k++) {
                counts[touched[k]] = 0;
            }
            if (FREE.size() >= LENGTHS && !FREE.containsKey(counts.length)) {
                FREE.clear(); // lengths of an index long replaced
            }
            ConcurrentLinkedDeque<int[]> free =
                    FREE.computeIfAbsent(counts.length, k -> new ConcurrentLinkedDeque<>());
            if (free.size() < KEPT_PER_LENGTH) {
                free.offerFirst(counts);
            }
        }
    }

    /** Matches and per-field value counts. */
    private static final class Counts {
        long hits;
        final Map<String, Map<String, Long>> values = new HashMap<>();

        void add(Counts other) {
            hits += other.hits;
            other.values.forEach((field, counts) -> {
                Map<String, Long> mine = values.computeIfAbsent(field, k -> new HashMap<>());
                counts.forEach((v, n) -> mine.merge(v, n, Long::sum));
            });
        }
    }

    private final class CountsManager implements CollectorManager<CountingCollector, Counts> {
        @Override
        public CountingCollector newCollector() {
            return new CountingCollector();
        }

        @Override
        public Counts reduce(Collection<CountingCollector> collectors) {
            Counts all = new Counts();
            collectors.forEach(c -> all.add(c.counts));
            return all;
        }
    }

    /**
     * Counts the facet values of each match per segment from {@link FacetOrdinals}, then names the values shown
     * (one segment) or every value counted (several, merged by name).
     */
    private final class CountingCollector implements Collector {
        final Counts counts = new Counts();

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            FacetOrdinals.Segment segment = ordinals.of(context.reader());
            int[] ords = segment.ords();
            int[] perOrd = CountArrays.borrow(segment.ordinals());
            return new LeafCollector() {
                // the ordinals counted, in the order first seen: naming and ranking then cost what the matches
                // hold, not what the fields hold (tens of thousands of entities)
                int[] counted = new int[64];
                int size;

                @Override
                public void setScorer(Scorable scorer) {
                }

                @Override
                public void collect(int doc) {
                    counts.hits++;
                    for (int k = segment.start(doc), end = segment.end(doc); k < end; k++) {
                        int ord = ords[k];
                        if (perOrd[ord]++ == 0) {
                            if (size == counted.length) {
                                counted = Arrays.copyOf(counted, size * 2);
                            }
                            counted[size++] = ord;
                        }
                    }
                }

                @Override
                public void finish() {
                    // one segment (the usual case once the index is merged): its counts are final, so only the
                    // values shown are named; several: every value counted, merged by name
                    boolean only = context.parent == null || context.parent.leaves().size() == 1;
                    int[] field = new int[size];
                    for (int i = 0; i < FIELDS.length; i++) {
                        int base = segment.base(i);
                        int next = segment.base(i + 1);
                        int n = 0;
                        for (int k = 0; k < size; k++) {
                            if (counted[k] >= base && counted[k] < next) {
                                field[n++] = counted[k];
                            }
                        }
                        Map<String, Long> values = counts.values.computeIfAbsent(FIELDS[i], f -> new HashMap<>());
                        int[] mine = Arrays.copyOf(field, n);
                        int k = FIELDS[i].equals(ArticleIndex.F_MONTH) ? -TOP_MONTHS : TOP_VALUES;
                        for (int ord : only ? topOrds(perOrd, mine, k) : mine) {
                            values.merge(segment.name(ord), (long) perOrd[ord], Long::sum);
                        }
                    }
                    CountArrays.giveBack(perOrd, counted, size);
                }
            };
        }
    }
}
