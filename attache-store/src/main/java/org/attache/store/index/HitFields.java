package org.attache.store.index;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.ByteArrayDataInput;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.util.BytesRef;
import org.attache.api.Article;
import org.attache.store.read.ArticleRef;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a search hit shows, kept in one binary doc-values field per document: id, title, outlet, date,
 * dateline, duplicate group, and the body text the snippets are cut from (its first {@value #BODY_CHARS}
 * characters, as much as the highlighter reads). Doc values are not compressed, unlike stored fields, whose
 * blocks had to be decompressed for every hit shown (a quarter of a search under load).
 *
 * @param body the body text, cut at {@value #BODY_CHARS} characters
 */
record HitFields(String id, String title, String outlet, String published, String dateline, String dupGroup,
                 String body) {
    static final String FIELD = "hit";
    /** Body characters kept: the unified highlighter's default maximum length. */
    static final int BODY_CHARS = 10_000;

    /** The doc-values field of an article. */
    static BinaryDocValuesField field(Article a) {
        String body = a.bodyText();
        HitFields hit = new HitFields(a.id(), a.title(), a.outlet(), a.published() == null ? null : a.published().value(),
                a.dateline() == null || a.dateline().isBlank() ? null : a.dateline(),
                a.duplicateOf() == null ? a.id() : a.duplicateOf(),
                body.length() > BODY_CHARS ? body.substring(0, BODY_CHARS) : body);
        return new BinaryDocValuesField(FIELD, hit.encode());
    }

    ArticleRef ref() {
        return new ArticleRef(id, title, outlet, ArticleRef.day(published), dateline);
    }

    private BytesRef encode() {
        ByteBuffersDataOutput out = new ByteBuffersDataOutput();
        for (String s : new String[] {id, title, outlet, published, dateline, dupGroup, body}) {
            out.writeByte((byte) (s == null ? 0 : 1));
            if (s != null) {
                out.writeString(s);
            }
        }
        return new BytesRef(out.toArrayCopy());
    }

    private static HitFields decode(BytesRef bytes) throws IOException {
        ByteArrayDataInput in = new ByteArrayDataInput(bytes.bytes, bytes.offset, bytes.length);
        String[] v = new String[7];
        for (int i = 0; i < v.length; i++) {
            v[i] = in.readByte() == 0 ? null : in.readString();
        }
        return new HitFields(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
    }

    /**
     * The hit fields of these documents (searcher doc ids), read in doc id order.
     *
     * @throws IllegalStateException when a document has none (an index written by an older version, which the
     *                               store rebuilds when it opens)
     */
    static Map<Integer, HitFields> read(IndexSearcher searcher, int... docIds) throws IOException {
        int[] sorted = Arrays.stream(docIds).sorted().distinct().toArray();
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Map<Integer, HitFields> hits = new HashMap<>(sorted.length * 2);
        int leafIndex = -1;
        BinaryDocValues values = null;
        LeafReaderContext leaf = null;
        for (int doc : sorted) {
            int li = ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                leaf = leaves.get(li);
                values = DocValues.getBinary(leaf.reader(), FIELD);
            }
            if (!values.advanceExact(doc - leaf.docBase)) {
                throw new IllegalStateException("index document " + doc + " has no " + FIELD + " field");
            }
            hits.put(doc, decode(values.binaryValue()));
        }
        return hits;
    }
}
