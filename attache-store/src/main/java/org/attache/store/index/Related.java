package org.attache.store.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.attache.store.read.ArticleRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Related News": articles sharing an article's entities and words. Entity ids are keyword terms, so BM25's
 * inverse document frequency makes a rarely named entity weigh more than one named everywhere; the words come
 * from {@link MoreLikeThis} over title and body, which keeps the article's most distinctive terms.
 */
final class Related {
    private static final float ENTITY_BOOST = 2f;
    /** Entities of the article used at most: the rarest ones, which weigh most (and cost least to search). */
    private static final int MAX_ENTITIES = 12;
    /** Distinctive words used at most (MoreLikeThis picks the best by tf-idf). */
    private static final int MAX_WORDS = 25;
    /**
     * Words and entities found in more than this share of the articles are left out: their weight (idf) is low,
     * yet their long posting lists made most of the cost of the query under load.
     */
    private static final int MAX_DOC_FREQ_PCT = 10;
    /** ... but only in a collection large enough for that share to mean "common" (at least this many articles). */
    private static final int MIN_COMMON_DOC_FREQ = 100;

    private Related() {
    }

    static List<ArticleRef> find(IndexSearcher searcher, FoldingAnalyzer analyzer, String articleId, int limit)
            throws IOException {
        if (limit < 1) {
            return List.of();
        }
        TopDocs self = searcher.search(new TermQuery(new Term(ArticleIndex.ID, articleId)), 1);
        if (self.scoreDocs.length == 0) {
            return List.of();
        }
        int docId = self.scoreDocs[0].doc;
        String group = HitFields.read(searcher, docId).get(docId).dupGroup();

        BooleanQuery.Builder similar = new BooleanQuery.Builder();
        MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
        mlt.setAnalyzer(analyzer);
        mlt.setFieldNames(new String[] {ArticleIndex.TITLE, ArticleIndex.BODY});
        mlt.setMinTermFreq(1);
        mlt.setMinDocFreq(1);
        mlt.setMinWordLen(3);
        mlt.setMaxQueryTerms(MAX_WORDS);
        mlt.setMaxDocFreq(maxDocFreq(searcher));
        similar.add(mlt.like(docId), BooleanClause.Occur.SHOULD);
        BooleanQuery.Builder entities = new BooleanQuery.Builder();
        List<String> ids = entityIds(searcher, docId);
        for (String id : ids) {
            entities.add(new TermQuery(new Term(ArticleIndex.F_ENTITY, id)), BooleanClause.Occur.SHOULD);
        }
        if (!ids.isEmpty()) {
            similar.add(new BoostQuery(entities.build(), ENTITY_BOOST), BooleanClause.Occur.SHOULD);
        }
        Query query = new BooleanQuery.Builder()
                .add(similar.build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(ArticleIndex.ID, articleId)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(ArticleIndex.ID, group)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(ArticleIndex.DUP_GROUP, group)), BooleanClause.Occur.MUST_NOT)
                .add(new TermQuery(new Term(ArticleIndex.DUP_GROUP, articleId)), BooleanClause.Occur.MUST_NOT)
                .build();
        TopDocs top = searcher.search(query, limit * 3);
        List<ArticleRef> related = new ArrayList<>(limit);
        Set<String> groups = new HashSet<>();
        Map<Integer, HitFields> hits = HitFields.read(searcher,
                Arrays.stream(top.scoreDocs).mapToInt(sd -> sd.doc).toArray());
        for (ScoreDoc sd : top.scoreDocs) {
            HitFields hit = hits.get(sd.doc);
            if (!groups.add(hit.dupGroup())) {
                continue; // a copy of an article already listed
            }
            related.add(hit.ref());
            if (related.size() == limit) {
                break;
            }
        }
        return related;
    }

    /** Document frequency above which a word or entity is too common to pick related articles by. */
    private static int maxDocFreq(IndexSearcher searcher) {
        return Math.max(MIN_COMMON_DOC_FREQ, (int) ((long) searcher.getIndexReader().numDocs() * MAX_DOC_FREQ_PCT / 100));
    }

    /** The article's entity ids, rarest first, without the very common ones, at most {@link #MAX_ENTITIES}. */
    private static List<String> entityIds(IndexSearcher searcher, int docId) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docId, leaves));
        SortedSetDocValues dv = DocValues.getSortedSet(leaf.reader(), ArticleIndex.F_ENTITY);
        List<String> all = new ArrayList<>();
        if (dv.advanceExact(docId - leaf.docBase)) {
            for (int k = 0, n = dv.docValueCount(); k < n; k++) {
                all.add(dv.lookupOrd(dv.nextOrd()).utf8ToString());
            }
        }
        int maxDocFreq = maxDocFreq(searcher);
        java.util.Map<String, Integer> freq = new java.util.HashMap<>();
        for (String id : all) {
            int df = searcher.getIndexReader().docFreq(new Term(ArticleIndex.F_ENTITY, id));
            if (df <= maxDocFreq) {
                freq.put(id, df);
            }
        }
        List<String> ids = new ArrayList<>(freq.keySet());
        ids.sort(java.util.Comparator.<String>comparingInt(freq::get).thenComparing(java.util.Comparator.naturalOrder()));
        return ids.size() > MAX_ENTITIES ? List.copyOf(ids.subList(0, MAX_ENTITIES)) : ids;
    }
}
