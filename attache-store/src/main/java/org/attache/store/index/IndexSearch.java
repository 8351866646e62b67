package org.attache.store.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.attache.api.relevance.RelevanceLabel;

import java.io.IOException;
import org.attache.api.config.SearchLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the Lucene query of a user's search, runs it and highlights the hits. Thread-safe. */
final class IndexSearch {
    /** Marks around matched words in snippets. */
    static final String MARK_START = "«";
    static final String MARK_END = "»";
    private static final Map<String, Float> BOOSTS = Map.of(ArticleIndex.TITLE, 2f, ArticleIndex.BODY, 1f);
    private static final int SNIPPET_PASSAGES = 2;

    private static final Sort NEWEST_FIRST = newestFirst();

    private final FoldingAnalyzer analyzer;
    private final SearchBudget budget;

    IndexSearch(FoldingAnalyzer analyzer) {
        this(analyzer, SearchLimits.DEFAULTS);
    }

    IndexSearch(FoldingAnalyzer analyzer, SearchLimits limits) {
        this.analyzer = analyzer;
        this.budget = new SearchBudget(limits);
    }

    /** The budget every search of this index runs within. */
    SearchBudget budget() {
        return budget;
    }

    SearchResults run(IndexSearcher shared, String query, int limit) throws IOException {
        SearchQuery parsed = SearchQuery.parse(query);
        Query lucene = toLucene(parsed, query);
        boolean byDate = parsed.text().isEmpty();
        return budget.run(shared, lucene, query, searcher -> results(searcher, query, lucene, byDate, limit));
    }

    private SearchResults results(IndexSearcher searcher, String query, Query lucene, boolean byDate, int limit)
            throws IOException {
        TopDocs top;
        long total;
        try {
            top = byDate ? searcher.search(lucene, limit, NEWEST_FIRST) : searcher.search(lucene, limit);
            total = searcher.count(lucene);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("Search query \"" + query + "\" expands to too many terms", e);
        }
        String[] snippets = highlight(searcher, lucene, top);
        List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
        for (int i = 0; i < top.scoreDocs.length; i++) {
            ScoreDoc sd = top.scoreDocs[i];
            Document doc = searcher.storedFields().document(sd.doc, Set.of(ArticleIndex.ID, ArticleIndex.TITLE,
                    ArticleIndex.OUTLET_DISPLAY, ArticleIndex.PUBLISHED, ArticleIndex.BODY));
            String snippet = snippets[i];
            if (snippet == null) {
                snippet = lead(doc.get(ArticleIndex.BODY));
            }
            hits.add(new SearchHit(doc.get(ArticleIndex.ID), doc.get(ArticleIndex.TITLE),
                    doc.get(ArticleIndex.OUTLET_DISPLAY), doc.get(ArticleIndex.PUBLISHED),
                    byDate || Float.isNaN(sd.score) ? 0f : sd.score,
                    snippet == null ? null : flatten(snippet, Integer.MAX_VALUE)));
        }
        return new SearchResults(query, total, hits);
    }

    Query toLucene(SearchQuery parsed, String original) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder();
        if (parsed.text().isEmpty()) {
            builder.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
        } else {
            builder.add(parseText(parsed.text(), original), BooleanClause.Occur.MUST);
        }
        if (!parsed.outlets().isEmpty()) {
            builder.add(anyOf(ArticleIndex.OUTLET, parsed.outlets().stream().map(analyzer::foldKeyword).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (!parsed.languages().isEmpty()) {
            builder.add(anyOf(ArticleIndex.LANG, parsed.languages().stream()
                    .map(l -> l.strip().toLowerCase(Locale.ROOT)).toList()), BooleanClause.Occur.FILTER);
        }
        if (!parsed.relevances().isEmpty()) {
            builder.add(anyOf(ArticleIndex.F_RELEVANCE, parsed.relevances().stream().map(RelevanceLabel::label).toList()),
                    BooleanClause.Occur.FILTER);
        }
        if (parsed.hasDateRange()) {
            long from = parsed.from() == null ? Long.MIN_VALUE : parsed.from().toEpochDay();
            long to = parsed.to() == null ? Long.MAX_VALUE : parsed.to().toEpochDay();
            builder.add(LongPoint.newRangeQuery(ArticleIndex.PUBLISHED_DAY, from, to), BooleanClause.Occur.FILTER);
        }
        return builder.build();
    }

    private Query parseText(String text, String original) {
        MultiFieldQueryParser parser = new CostlyTermsParser(
                new String[] {ArticleIndex.TITLE, ArticleIndex.BODY}, analyzer, BOOSTS, budget.limits(), original);
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setAllowLeadingWildcard(false);
        try {
            return parser.parse(text);
        } catch (QueryCostException e) {
            throw e;
        } catch (ParseException | IllegalArgumentException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            throw new IllegalArgumentException("Cannot parse search query \"" + original + "\": " + reason
                    + " (quote phrases with \"…\", escape special characters such as ( ) [ ] : with \\)");
        }
    }

    private static Query anyOf(String field, List<String> values) {
        if (values.size() == 1) {
            return new TermQuery(new Term(field, values.getFirst()));
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(new TermQuery(new Term(field, v)), BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private String[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        if (top.scoreDocs.length == 0) {
            return new String[0];
        }
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(MARK_START, MARK_END, " … ", false))
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(SentenceBreaks::new)
                .build();
        return highlighter.highlight(ArticleIndex.BODY, query, top, SNIPPET_PASSAGES);
    }

    private static Sort newestFirst() {
        SortField byDay = new SortField(ArticleIndex.PUBLISHED_DAY, SortField.Type.LONG, true);
        byDay.setMissingValue(Long.MIN_VALUE);
        return new Sort(byDay);
    }

    /** The start of a body, cut at a word boundary near 240 characters. */
    static String lead(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String flat = flatten(body, 241); // enough to tell whether it is longer than 240
        if (flat.length() <= 240) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', 240);
        return flat.substring(0, cut > 120 ? cut : 240) + " …";
    }

    /**
     * {@code text} with each run of spaces, tabs and line breaks as one space, stripped; stops at the first word that
     * reaches {@code limit} characters: a snippet or the lead of a 10,000-character body without a regular
     * expression over it.
     */
    static String flatten(String text, int limit) {
        if (text.length() <= limit && isFlat(text)) {
            return text.strip(); // most snippets
        }
        StringBuilder out = new StringBuilder(Math.min(text.length(), limit));
        int n = text.length();
        int i = 0;
        while (i < n && out.length() < limit) {
            while (i < n && isBlank(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !isBlank(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                if (!out.isEmpty()) {
                    out.append(' ');
                }
                out.append(text, start, i);
            }
        }
        return out.toString().strip();
    }

    /** No blank but single spaces between words. */
    private static boolean isFlat(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isBlank(c) && (c != ' ' || previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' || text.isEmpty();
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B';
    }
}
