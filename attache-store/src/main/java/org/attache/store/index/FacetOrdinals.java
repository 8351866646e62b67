package org.attache.store.index;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The facet values of every document of a segment, read once from the facet fields' sorted-set doc values into two
 * int arrays and kept while the segment lives. Counting facets over a search's matches then reads the heap instead
 * of decoding every facet field of every match from the index (15 % of a search under load; Solr's un-inverted
 * fields do the same for the same reason); the values' names are kept too (naming them cost another 6 %). Costs
 * 4 bytes per document, 4 per facet value a document holds and a string per distinct value. A segment is read
 * again only when it is replaced (merges). Thread-safe.
 */
final class FacetOrdinals {
    private final String[] fields;
    private final Map<Object, Segment> segments = new ConcurrentHashMap<>();

    /** For the facet fields; field {@code i} of a {@link Segment} is {@code fields[i]}. */
    FacetOrdinals(String... fields) {
        this.fields = fields.clone();
    }

    /** The facet values of {@code reader}'s documents, read on first use. */
    Segment of(LeafReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) {
            return Segment.read(reader, fields);
        }
        Object key = helper.getKey();
        Segment known = segments.get(key);
        if (known != null) {
            return known;
        }
        // read outside the map's lock: two searches may both read a new segment, the first one kept
        Segment read = Segment.read(reader, fields);
        Segment prior = segments.putIfAbsent(key, read);
        if (prior != null) {
            return prior;
        }
        helper.addClosedListener(segments::remove);
        return read;
    }

    /**
     * One segment's facet values: document {@code d} holds the global ordinals {@code ords[starts[d]] ..
     * ords[starts[d + 1] - 1]}; field {@code i}'s ordinal {@code o} is global ordinal {@code bases[i] + o}.
     */
    static final class Segment {
        private final int[] bases;
        private final int[] starts;
        private final int[] ords;
        private final String[] names;

        private Segment(int[] bases, int[] starts, int[] ords, String[] names) {
            this.bases = bases;
            this.names = names;
            this.starts = starts;
            this.ords = ords;
        }

        static Segment read(LeafReader reader, String[] fields) throws IOException {
            SortedSetDocValues[] dv = new SortedSetDocValues[fields.length];
            int[] bases = new int[fields.length + 1];
            for (int i = 0; i < fields.length; i++) {
                dv[i] = DocValues.getSortedSet(reader, fields[i]);
                long next = bases[i] + dv[i].getValueCount();
                if (next > Integer.MAX_VALUE - 8) {
                    throw new IOException("Facet fields hold more than " + Integer.MAX_VALUE + " values in one segment");
                }
                bases[i + 1] = (int) next;
            }
            int maxDoc = reader.maxDoc();
            int[] starts = new int[maxDoc + 1];
            int[] ords = new int[Math.max(16, maxDoc * 4)];
            int n = 0;
            for (int doc = 0; doc < maxDoc; doc++) {
                starts[doc] = n;
                for (int i = 0; i < fields.length; i++) {
                    if (!dv[i].advanceExact(doc)) {
                        continue;
                    }
                    for (int k = 0, count = dv[i].docValueCount(); k < count; k++) {
                        if (n == ords.length) {
                            ords = Arrays.copyOf(ords, (int) Math.min(Integer.MAX_VALUE - 8, ords.length * 2L));
                        }
                        ords[n++] = bases[i] + (int) dv[i].nextOrd();
                    }
                }
            }
            starts[maxDoc] = n;
            // the values' names, read in order (one pass over each field's terms dictionary): naming the values
            // shown by seeking each one decompressed a block of the dictionary per value
            String[] names = new String[bases[fields.length]];
            for (int i = 0; i < fields.length; i++) {
                TermsEnum terms = DocValues.getSortedSet(reader, fields[i]).termsEnum();
                int g = bases[i];
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    names[g++] = term.utf8ToString();
                }
            }
            return new Segment(bases, starts, Arrays.copyOf(ords, n), names);
        }

        /** Number of global ordinals: the length a count array needs. */
        int ordinals() {
            return bases[bases.length - 1];
        }

        /** First position of {@code doc}'s ordinals in {@link #ords()}. */
        int start(int doc) {
            return starts[doc];
        }

        /** Position after {@code doc}'s last ordinal in {@link #ords()}. */
        int end(int doc) {
            return starts[doc + 1];
        }

        /** Global ordinals of all documents, by document; read only. */
        int[] ords() {
            return ords;
        }

        /** The value of a global ordinal. */
        String name(int global) {
            return names[global];
        }

        /** First global ordinal of field {@code i}; the base after the last field is {@link #ordinals()}. */
        int base(int i) {
            return bases[i];
        }
    }
}
